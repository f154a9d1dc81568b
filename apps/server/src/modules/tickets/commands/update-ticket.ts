import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { CustomFieldValues, EventName, UpdateTicketBody } from '@tuki/shared';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { ticketFollowers, tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import { findCustomFields } from '../../fields/queries.ts';
import { validateCustomFieldValues } from '../../fields/validate-custom-field-values.ts';
import { findActiveUserIds } from '../../users/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { findFollowerIds, type TicketRow, ticketColumns } from '../queries.ts';
import { diffTicket, recordTimeline, type TimelineEntry } from '../timeline.ts';
import { assertAssignable, normalizeTags, searchConfig } from '../ticket-rules.ts';

const TRACKED = ['subject', 'status', 'priority', 'type', 'assigneeId', 'groupId', 'tags', 'customFields', 'dueAt', 'problemId'] as const;

/** Extra timeline entries and options for callers such as escalate and bulk update. */
export type UpdateTicketOptions = { extraTimeline?: TimelineEntry[]; eventName?: EventName };

/** Changes ticket properties, recording each change on the timeline and notifying a new assignee. */
export async function updateTicket(ctx: CommandContext, ticket: TicketRow, input: UpdateTicketBody, options: UpdateTicketOptions = {}): Promise<{ ticket: TicketRow; followerIds: string[] }> {
  const workspaceId = ticket.workspaceId;
  const assigneeId = input.assigneeId !== undefined ? input.assigneeId : ticket.assigneeId;
  const groupId = input.groupId !== undefined ? input.groupId : ticket.groupId;
  if (input.assigneeId !== undefined || input.groupId !== undefined) {
    await assertAssignable(ctx.db, workspaceId, input.assigneeId !== undefined ? assigneeId : null, groupId);
  }
  let customFields: CustomFieldValues | undefined;
  if (input.customFields) {
    const cleaned = validateCustomFieldValues(await findCustomFields(ctx.db, workspaceId), input.customFields);
    customFields = { ...ticket.customFields, ...cleaned };
  }
  if (input.problemId) {
    if (input.problemId === ticket.id) throw new AppError('validation_failed', 'problemId: a ticket cannot be its own problem');
    const [problem] = await ctx.db.select({ type: tickets.type }).from(tickets).where(and(eq(tickets.id, input.problemId), eq(tickets.workspaceId, workspaceId))).limit(1);
    if (!problem) throw new AppError('validation_failed', 'problemId: no such ticket in this workspace');
    if (problem.type !== 'problem') throw new AppError('validation_failed', 'problemId: the linked ticket must have type "problem"');
  }
  let followerIds: string[] | undefined;
  if (input.followerIds) {
    followerIds = await findActiveUserIds(ctx.db, workspaceId, [...new Set(input.followerIds)]);
    if (followerIds.length !== new Set(input.followerIds).size) throw new AppError('validation_failed', 'followerIds: every follower must be an active user of this workspace');
  }

  const changes: PgUpdateSetSource<typeof tickets> = {};
  if (input.subject !== undefined) changes.subject = input.subject.trim();
  if (input.status !== undefined) changes.status = input.status;
  if (input.priority !== undefined) changes.priority = input.priority;
  if (input.type !== undefined) changes.type = input.type;
  if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
  if (input.groupId !== undefined) changes.groupId = input.groupId;
  if (input.tags !== undefined) changes.tags = normalizeTags(input.tags);
  if (customFields) changes.customFields = customFields;
  if (input.dueAt !== undefined) changes.dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (input.problemId !== undefined) changes.problemId = input.problemId;
  if (input.status && input.status !== ticket.status) {
    const solved = input.status === 'solved' || input.status === 'closed';
    const wasSolved = ticket.status === 'solved' || ticket.status === 'closed';
    if (solved && !wasSolved) changes.solvedAt = new Date();
    if (!solved && wasSolved) changes.solvedAt = null;
    if (input.status === 'closed') changes.closedAt = new Date();
    if (ticket.status === 'closed' && input.status !== 'closed') throw new AppError('conflict', 'A closed ticket cannot be reopened; create a follow-up ticket instead');
  }
  if (changes.subject !== undefined) {
    const config = searchConfig(ticket.language);
    changes.searchVector = sql`setweight(to_tsvector(${config}::regconfig, ${changes.subject}), 'A') || coalesce((select setweight(to_tsvector(${config}::regconfig, string_agg(body_text, ' ' order by created_at)), 'B') from messages where ticket_id = ${ticket.id}), ''::tsvector)`;
  }

  return inTransaction(ctx, async (tx) => {
    const [updated] = Object.keys(changes).length
      ? await tx.db.update(tickets).set({ ...changes, updatedAt: sql`now()` }).where(eq(tickets.id, ticket.id)).returning(ticketColumns)
      : [ticket];
    const previousFollowers = (await findFollowerIds(tx.db, [ticket.id])).get(ticket.id) ?? [];
    const entries: TimelineEntry[] = [...(options.extraTimeline ?? []), ...diffTicket(ticket, updated, [...TRACKED])];
    if (followerIds) {
      const removed = previousFollowers.filter((id) => !followerIds!.includes(id));
      const added = followerIds.filter((id) => !previousFollowers.includes(id));
      if (removed.length) await tx.db.delete(ticketFollowers).where(and(eq(ticketFollowers.ticketId, ticket.id), inArray(ticketFollowers.userId, removed)));
      if (added.length) await tx.db.insert(ticketFollowers).values(added.map((userId) => ({ workspaceId, ticketId: ticket.id, userId }))).onConflictDoNothing();
      if (added.length || removed.length) entries.push({ action: 'changed', field: 'followerIds', before: previousFollowers, after: followerIds });
    }
    if (!entries.length) return { ticket: updated, followerIds: previousFollowers };
    await recordTimeline(tx.db, ctx.actor, ticket, entries);
    const changed = entries.map((entry) => entry.field).filter(Boolean);
    const assigned = updated.assigneeId !== ticket.assigneeId;
    await emit(tx.db, ctx.queue, {
      name: options.eventName ?? (assigned ? 'ticket.assigned' : 'ticket.updated'),
      workspaceId,
      data: { ticketId: ticket.id, number: ticket.number, changed },
    });
    if (updated.solvedAt && !ticket.solvedAt) await emit(tx.db, ctx.queue, { name: 'ticket.solved', workspaceId, data: { ticketId: ticket.id, number: ticket.number, channel: ticket.channel } });
    if (assigned && updated.assigneeId) await notifyUsers(tx, { kind: 'assigned', userIds: [updated.assigneeId], ticketId: ticket.id });
    return { ticket: updated, followerIds: followerIds ?? previousFollowers };
  });
}
