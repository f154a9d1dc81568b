import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Channel, CreateTicketBody, CustomFieldValues } from '@tuki/shared';
import { actorUserId, withinTransaction, type CommandContext } from '../../../lib/context.ts';
import { compiledStatement, rowFromJson, type Db } from '../../../db/client.ts';
import { tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { createWriteBatcher, type WriteBatcher } from '../../../lib/write-batcher.ts';
import { emit, EVENTS_CHANNEL, recordWebhookDeliveries, subscribedWebhookEvents } from '../../../events/emit.ts';
import { findOrCreateContact } from '../../contacts/commands/find-or-create-contact.ts';
import { contactLookupSql, normalizeEmail } from '../../contacts/queries.ts';
import { findCustomFields } from '../../fields/queries.ts';
import { validateCustomFieldValues } from '../../fields/validate-custom-field-values.ts';
import { ticketNumberSequence } from '../../workspaces/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { assertAssignable, normalizeTags, searchConfigSql } from '../ticket-rules.ts';
import type { TicketRow } from '../queries.ts';

/** Extra inputs channels pass besides the API body. */
export type CreateTicketOptions = {
  /** Who wrote the first message: the requester (default for channels) or the acting agent. */
  firstMessageAuthor?: 'requester' | 'agent';
  bodyHtml?: string | null;
  messageMetadata?: Record<string, unknown>;
  createdAt?: Date;
  /** The first message's id, when the caller must know it (default: a new random id). */
  messageId?: string;
};

/** One ticket as the create statement takes it (see `writeTickets`). */
type TicketInput = { t: Record<string, unknown>; m: Record<string, unknown>; e: Record<string, unknown>; event: Record<string, unknown> };

/**
 * Writes tickets with their first message, timeline entry and event notification, in one
 * statement for any number of tickets: atomic, one round trip, prepared once per connection.
 * Each ticket's requester is found in the statement (by `requester_id` or `requester_email`);
 * a ticket whose requester is not found is not written and comes back as null.
 */
async function writeTickets(db: Db, inputs: TicketInput[]): Promise<(TicketRow | null)[]> {
  const rows = await createTicketsStatement(db, { inputs: JSON.stringify(inputs) });
  const byId = new Map(rows.map(({ ticket }) => [ticket.id as string, rowFromJson(tickets, ticket)]));
  return inputs.map((input) => byId.get(input.t.id as string) ?? null);
}

/** The statement of `writeTickets`, compiled once (every new ticket runs it). */
const createTicketsStatement = compiledStatement<{ ticket: Record<string, unknown> }>(
  'tuki_create_tickets',
  () =>
    sql`
    with input as (
      select item->'t' as t, item->'m' as m, item->'e' as e, item->'event' as event, position
      from jsonb_array_elements(${sql.placeholder('inputs')}::jsonb) with ordinality as items(item, position)
    ),
    doc as (
      select input.*, requester.id as requester_id, requester.language, config, to_tsvector(config, m->>'body_text') as body_vector
      from input
      cross join lateral (
        select found.id, coalesce(t->>'language', found.language, 'en') as language
        from (${contactLookupSql({ workspaceId: sql`(t->>'workspace_id')::uuid`, contactId: sql`(t->>'requester_id')::uuid`, email: sql`t->>'requester_email'` })}) found
      ) requester
      cross join lateral (select ${searchConfigSql(sql.raw('requester.language'))} as config) language_config
    ),
    inserted as (
      insert into tickets (id, workspace_id, number, subject, status, priority, type, channel, language, requester_id, assignee_id, group_id,
                           tags, custom_fields, due_at, message_count, created_at, updated_at, solved_at, last_customer_message_at, search_vector)
      select (t->>'id')::uuid, (t->>'workspace_id')::uuid, nextval((t->>'number_sequence')::regclass), t->>'subject', t->>'status', t->>'priority', t->>'type',
             t->>'channel', language, requester_id, (t->>'assignee_id')::uuid, (t->>'group_id')::uuid,
             array(select jsonb_array_elements_text(t->'tags')), t->'custom_fields', (t->>'due_at')::timestamptz, 1,
             (t->>'created_at')::timestamptz, (t->>'created_at')::timestamptz, (t->>'solved_at')::timestamptz, (t->>'last_customer_message_at')::timestamptz,
             setweight(to_tsvector(config, t->>'subject'), 'A') || setweight(body_vector, 'B')
      from doc
      order by position
      returning *
    ),
    message as (
      insert into messages (id, workspace_id, ticket_id, kind, channel, author_type, author_user_id, author_contact_id, body_text, body_html, language, metadata, created_at, search_vector)
      select (m->>'id')::uuid, inserted.workspace_id, inserted.id, 'reply', inserted.channel, m->>'author_type', (m->>'author_user_id')::uuid,
             case when m->>'author_type' = 'contact' then inserted.requester_id end,
             m->>'body_text', m->>'body_html', inserted.language, m->'metadata', inserted.created_at, body_vector
      from doc join inserted on inserted.id = (doc.t->>'id')::uuid
    ),
    timeline as (
      insert into ticket_events (workspace_id, ticket_id, actor_user_id, actor_type, action, after, created_at)
      select inserted.workspace_id, inserted.id, (e->>'actor_user_id')::uuid, e->>'actor_type', 'created', e->'after', inserted.created_at
      from input join inserted on inserted.id = (input.t->>'id')::uuid
    )
    select to_jsonb(inserted) - 'search_vector' as ticket,
           pg_notify(${EVENTS_CHANNEL}, jsonb_set(input.event, '{data,number}', to_jsonb(inserted.number))::text)
    from input join inserted on inserted.id = (input.t->>'id')::uuid
    order by input.position`,
);

/** Concurrent plain creations on one database share statements and commits (see lib/write-batcher). */
const batchers = new WeakMap<Db, WriteBatcher<TicketInput, TicketRow | null>>();

function batcherFor(db: Db): WriteBatcher<TicketInput, TicketRow | null> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = createWriteBatcher({ run: (inputs) => writeTickets(db, inputs), maxBatch: 64, maxConcurrent: 4 });
    batchers.set(db, batcher);
  }
  return batcher;
}

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
  const requester = input.requester;
  const requesterEmail = 'email' in requester ? normalizeEmail(requester.email) : null;

  const ticketId = randomUUID();
  const messageId = options.messageId ?? randomUUID();
  const ticketInput: TicketInput = {
    t: {
      id: ticketId,
      workspace_id: workspaceId,
      number_sequence: ticketNumberSequence(workspaceId),
      requester_id: 'id' in requester ? requester.id : null,
      requester_email: requesterEmail,
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
    },
    m: {
      id: messageId,
      author_type: byAgent ? 'agent' : 'contact',
      author_user_id: byAgent && ctx.actor.kind === 'user' ? ctx.actor.id : null,
      body_text: input.body,
      body_html: options.bodyHtml ?? null,
      metadata: options.messageMetadata ?? {},
    },
    e: { actor_user_id: actorUserId(ctx.actor), actor_type: ctx.actor.kind, after: { status, priority: input.priority ?? 'normal', channel } },
    event: { name: 'ticket.created', workspaceId, data: { ticketId, messageId }, at: createdAt.toISOString() },
  };

  // The requester is usually known and the statement finds it. A new e-mail address is
  // created first and the statement runs again; an unknown contact id is the caller's mistake.
  const writeWithRequester = async (db: Db, write: (item: TicketInput) => Promise<TicketRow | null>): Promise<TicketRow> => {
    const ticket = await write(ticketInput);
    if (ticket) return ticket;
    if (!('email' in requester)) throw new AppError('validation_failed', 'requester.id: no such contact in this workspace');
    await findOrCreateContact(db, { workspaceId, ...requester });
    const retried = await write(ticketInput);
    if (!retried) throw new Error(`The requester ${requesterEmail} was created but the ticket could not find it`);
    return retried;
  };

  const solvedAtCreation = status === 'solved' || status === 'closed';
  const hasFollowUps = Boolean(input.assigneeId) || solvedAtCreation || (await subscribedWebhookEvents(ctx.db, workspaceId)).has('ticket.created');
  if (!hasFollowUps && !(ctx.db instanceof PgTransaction)) {
    // Plain creations outside a caller's transaction: coalesced with concurrent ones.
    const batcher = batcherFor(ctx.db);
    return writeWithRequester(ctx.db, (item) => batcher.submit(item));
  }
  return withinTransaction(ctx, async (tx) => {
    const ticket = await writeWithRequester(tx.db, async (item) => (await writeTickets(tx.db, [item]))[0]);
    await recordWebhookDeliveries(tx.db, ctx.queue, { name: 'ticket.created', workspaceId, data: { ticketId, messageId, number: ticket.number }, at: createdAt.toISOString() });
    if (ticket.assigneeId) await notifyUsers(tx, { kind: 'assigned', userIds: [ticket.assigneeId], ticketId: ticket.id });
    // A ticket recorded already solved (a phone call handled on the spot, an imported case) is solved like any other.
    if (solvedAtCreation) await emit(tx.db, ctx.queue, { name: 'ticket.solved', workspaceId, data: { ticketId, number: ticket.number, channel } });
    return ticket;
  });
}
