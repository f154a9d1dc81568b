import { and, eq, sql } from 'drizzle-orm';
import type { Channel, CreateTicketBody, CustomFieldValues, Language } from '@tuki/shared';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { messages, tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import { findOrCreateContact } from '../../contacts/commands/find-or-create-contact.ts';
import { getContact } from '../../contacts/queries.ts';
import { findCustomFields } from '../../fields/queries.ts';
import { validateCustomFieldValues } from '../../fields/validate-custom-field-values.ts';
import { ticketNumberSequence } from '../../workspaces/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { recordTimeline } from '../timeline.ts';
import { assertAssignable, normalizeTags, searchConfig } from '../ticket-rules.ts';
import type { TicketRow } from '../queries.ts';

/** Extra inputs channels pass besides the API body. */
export type CreateTicketOptions = {
  /** Who wrote the first message: the requester (default for channels) or the acting agent. */
  firstMessageAuthor?: 'requester' | 'agent';
  bodyHtml?: string | null;
  messageMetadata?: Record<string, unknown>;
  createdAt?: Date;
};

/** Opens a ticket with its first message, numbering it per workspace and recording it on the timeline. */
export async function createTicket(ctx: CommandContext, input: CreateTicketBody, options: CreateTicketOptions = {}): Promise<TicketRow> {
  const workspaceId = ctx.actor.workspaceId;
  const requester =
    'id' in input.requester
      ? await getContact(ctx.db, workspaceId, input.requester.id).catch(() => {
          throw new AppError('validation_failed', 'requester.id: no such contact in this workspace');
        })
      : await findOrCreateContact(ctx.db, { workspaceId, ...input.requester });
  await assertAssignable(ctx.db, workspaceId, input.assigneeId ?? null, input.groupId ?? null);
  let customFields: CustomFieldValues = {};
  if (input.customFields && Object.keys(input.customFields).length) {
    customFields = validateCustomFieldValues(await findCustomFields(ctx.db, workspaceId), input.customFields);
  }
  const language = (input.language ?? requester.language ?? 'en') as Language;
  const channel: Channel = input.channel ?? (ctx.actor.kind === 'user' && ctx.actor.via === 'session' ? 'agent' : 'api');
  const byAgent = options.firstMessageAuthor === 'agent';
  const createdAt = options.createdAt ?? new Date();
  const status = input.status ?? (input.assigneeId ? 'open' : 'new');
  const config = searchConfig(language);

  return inTransaction(ctx, async (tx) => {
    const [ticket] = await tx.db
      .insert(tickets)
      .values({
        workspaceId,
        number: sql`nextval(${ticketNumberSequence(workspaceId)})`,
        subject: input.subject.trim(),
        status,
        priority: input.priority ?? 'normal',
        type: input.type ?? 'question',
        channel,
        language,
        requesterId: requester.id,
        assigneeId: input.assigneeId ?? null,
        groupId: input.groupId ?? null,
        tags: normalizeTags(input.tags ?? []),
        customFields,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        messageCount: 1,
        createdAt,
        updatedAt: createdAt,
        solvedAt: status === 'solved' || status === 'closed' ? createdAt : null,
        lastCustomerMessageAt: byAgent ? null : createdAt,
        searchVector: sql`to_tsvector(${config}::regconfig, ${input.subject})`,
      })
      .returning();
    const [message] = await tx.db
      .insert(messages)
      .values({
        workspaceId,
        ticketId: ticket.id,
        kind: 'reply',
        channel,
        authorType: byAgent ? 'agent' : 'contact',
        authorUserId: byAgent && ctx.actor.kind === 'user' ? ctx.actor.id : null,
        authorContactId: byAgent ? null : requester.id,
        bodyText: input.body,
        bodyHtml: options.bodyHtml ?? null,
        language,
        metadata: options.messageMetadata ?? {},
        createdAt,
        searchVector: sql`to_tsvector(${config}::regconfig, ${input.body})`,
      })
      .returning({ id: messages.id });
    await recordTimeline(tx.db, ctx.actor, ticket, [{ action: 'created', after: { status: ticket.status, priority: ticket.priority, channel } }]);
    await emit(tx.db, ctx.queue, { name: 'ticket.created', workspaceId, data: { ticketId: ticket.id, number: ticket.number, messageId: message.id } });
    if (ticket.assigneeId) await notifyUsers(tx, { kind: 'assigned', userIds: [ticket.assigneeId], ticketId: ticket.id });
    return ticket;
  });
}

/** True when a ticket with this id exists in the workspace (used by channels for idempotency checks). */
export async function ticketExists(ctx: CommandContext, ticketId: string): Promise<boolean> {
  const rows = await ctx.db.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.workspaceId, ctx.actor.workspaceId), eq(tickets.id, ticketId))).limit(1);
  return rows.length > 0;
}
