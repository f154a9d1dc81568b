import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Channel, CreateTicketBody, CustomFieldValues } from '@tuki/shared';
import { actorUserId, inTransaction, type CommandContext } from '../../../lib/context.ts';
import { queryRows, rowFromJson, type Db } from '../../../db/client.ts';
import { tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { EVENTS_CHANNEL, recordWebhookDeliveries, subscribedWebhookEvents } from '../../../events/emit.ts';
import { findOrCreateContact } from '../../contacts/commands/find-or-create-contact.ts';
import { normalizeEmail } from '../../contacts/queries.ts';
import { findCustomFields } from '../../fields/queries.ts';
import { validateCustomFieldValues } from '../../fields/validate-custom-field-values.ts';
import { ticketNumberSequence } from '../../workspaces/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { SEARCH_CONFIG_SQL, assertAssignable, normalizeTags } from '../ticket-rules.ts';
import type { TicketRow } from '../queries.ts';

/** Extra inputs channels pass besides the API body. */
export type CreateTicketOptions = {
  /** Who wrote the first message: the requester (default for channels) or the acting agent. */
  firstMessageAuthor?: 'requester' | 'agent';
  bodyHtml?: string | null;
  messageMetadata?: Record<string, unknown>;
  createdAt?: Date;
};

/** A requester as the create statement finds it: by contact id, or by a normalised e-mail address. */
type RequesterRef = { id: string; email: null } | { id: null; email: string };

/** Opens a ticket with its first message, numbering it per workspace and recording it on the timeline. */
export async function createTicket(ctx: CommandContext, input: CreateTicketBody, options: CreateTicketOptions = {}): Promise<TicketRow> {
  const workspaceId = ctx.actor.workspaceId;
  await assertAssignable(ctx.db, workspaceId, input.assigneeId ?? null, input.groupId ?? null);
  let customFields: CustomFieldValues = {};
  if (input.customFields && Object.keys(input.customFields).length) {
    customFields = validateCustomFieldValues(await findCustomFields(ctx.db, workspaceId), input.customFields);
  }
  const channel: Channel = input.channel ?? (ctx.actor.kind === 'user' && ctx.actor.via === 'session' ? 'agent' : 'api');
  const byAgent = options.firstMessageAuthor === 'agent';
  const createdAt = options.createdAt ?? new Date();
  const status = input.status ?? (input.assigneeId ? 'open' : 'new');

  const ticketId = randomUUID();
  const messageId = randomUUID();
  const row = {
    id: ticketId,
    workspace_id: workspaceId,
    subject: input.subject.trim(),
    status,
    priority: input.priority ?? 'normal',
    type: input.type ?? 'question',
    channel,
    language: input.language ?? null,
    assignee_id: input.assigneeId ?? null,
    group_id: input.groupId ?? null,
    tags: normalizeTags(input.tags ?? []),
    custom_fields: customFields,
    due_at: input.dueAt ?? null,
    created_at: createdAt.toISOString(),
    solved_at: status === 'solved' || status === 'closed' ? createdAt.toISOString() : null,
    last_customer_message_at: byAgent ? null : createdAt.toISOString(),
  };
  const message = {
    id: messageId,
    author_type: byAgent ? 'agent' : 'contact',
    author_user_id: byAgent && ctx.actor.kind === 'user' ? ctx.actor.id : null,
    body_text: input.body,
    body_html: options.bodyHtml ?? null,
    metadata: options.messageMetadata ?? {},
  };
  const timeline = { actor_user_id: actorUserId(ctx.actor), actor_type: ctx.actor.kind, after: { status, priority: row.priority, channel } };
  const event = { name: 'ticket.created', workspaceId, data: { ticketId, messageId }, at: createdAt.toISOString() };

  // One statement finds the requester and writes the ticket, its first message, the timeline
  // entry and the event notification: atomic on its own, one round trip on the hottest path,
  // and prepared once per connection. It writes nothing when the requester is not found.
  const write = async (db: Db, requester: RequesterRef): Promise<TicketRow | null> => {
    const [result] = await queryRows<{ ticket: Record<string, unknown> }>(
      db,
      sql`
      with input as (select ${JSON.stringify(row)}::jsonb as t, ${JSON.stringify(message)}::jsonb as m, ${JSON.stringify(timeline)}::jsonb as e),
      requester as (
        select c.id, coalesce(t->>'language', c.language, 'en') as language
        from input, contacts c
        where c.workspace_id = (t->>'workspace_id')::uuid and c.id = ${requester.id}::uuid
        union all
        select c.id, coalesce(t->>'language', c.language, 'en')
        from input, contact_identities i join contacts c on c.id = i.contact_id
        where i.workspace_id = (t->>'workspace_id')::uuid and i.kind = 'email' and i.value = ${requester.email}::text
        limit 1
      ),
      doc as (
        select input.*, requester.id as requester_id, requester.language, config, to_tsvector(config, m->>'body_text') as body_vector
        from input, requester, lateral (select ${SEARCH_CONFIG_SQL} as config) language_config
      ),
      inserted as (
        insert into tickets (id, workspace_id, number, subject, status, priority, type, channel, language, requester_id, assignee_id, group_id,
                             tags, custom_fields, due_at, message_count, created_at, updated_at, solved_at, last_customer_message_at, search_vector)
        select (t->>'id')::uuid, (t->>'workspace_id')::uuid, nextval(${ticketNumberSequence(workspaceId)}), t->>'subject', t->>'status', t->>'priority', t->>'type',
               t->>'channel', language, requester_id, (t->>'assignee_id')::uuid, (t->>'group_id')::uuid,
               array(select jsonb_array_elements_text(t->'tags')), t->'custom_fields', (t->>'due_at')::timestamptz, 1,
               (t->>'created_at')::timestamptz, (t->>'created_at')::timestamptz, (t->>'solved_at')::timestamptz, (t->>'last_customer_message_at')::timestamptz,
               setweight(to_tsvector(config, t->>'subject'), 'A') || setweight(body_vector, 'B')
        from doc
        returning *
      ),
      message as (
        insert into messages (id, workspace_id, ticket_id, kind, channel, author_type, author_user_id, author_contact_id, body_text, body_html, language, metadata, created_at, search_vector)
        select (m->>'id')::uuid, inserted.workspace_id, inserted.id, 'reply', inserted.channel, m->>'author_type', (m->>'author_user_id')::uuid,
               case when m->>'author_type' = 'contact' then inserted.requester_id end,
               m->>'body_text', m->>'body_html', inserted.language, m->'metadata', inserted.created_at, body_vector
        from doc, inserted
      ),
      timeline as (
        insert into ticket_events (workspace_id, ticket_id, actor_user_id, actor_type, action, after, created_at)
        select inserted.workspace_id, inserted.id, (e->>'actor_user_id')::uuid, e->>'actor_type', 'created', e->'after', inserted.created_at
        from input, inserted
      )
      select row_to_json(inserted) as ticket,
             pg_notify(${EVENTS_CHANNEL}, jsonb_set(${JSON.stringify(event)}::jsonb, '{data,number}', to_jsonb(inserted.number))::text)
      from inserted`,
      { prepare: 'tuki_create_ticket' },
    );
    return result ? rowFromJson(tickets, result.ticket) : null;
  };

  // The requester is usually known: the statement finds it. A new e-mail address is created
  // first and the statement runs again; an unknown contact id is the caller's mistake.
  const writeWithRequester = async (db: Db): Promise<TicketRow> => {
    if ('id' in input.requester) {
      const ticket = await write(db, { id: input.requester.id, email: null });
      if (!ticket) throw new AppError('validation_failed', 'requester.id: no such contact in this workspace');
      return ticket;
    }
    const email = normalizeEmail(input.requester.email);
    const ticket = await write(db, { id: null, email });
    if (ticket) return ticket;
    await findOrCreateContact(db, { workspaceId, ...input.requester });
    const retried = await write(db, { id: null, email });
    if (!retried) throw new Error(`The requester ${email} was created but the ticket could not find it`);
    return retried;
  };

  const hasFollowUps = Boolean(row.assignee_id) || (await subscribedWebhookEvents(ctx.db, workspaceId)).has('ticket.created');
  if (!hasFollowUps) return writeWithRequester(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const ticket = await writeWithRequester(tx.db);
    await recordWebhookDeliveries(tx.db, ctx.queue, { ...event, name: 'ticket.created', data: { ...event.data, number: ticket.number } });
    if (ticket.assigneeId) await notifyUsers(tx, { kind: 'assigned', userIds: [ticket.assigneeId], ticketId: ticket.id });
    return ticket;
  });
}
