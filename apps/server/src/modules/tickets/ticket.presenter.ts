import type { Channel, EmailRecipients, Language, MessageSchema, TicketEventSchema, TicketPriority, TicketSchema, TicketStatus, TicketType } from '@tuki/shared';
import type { attachments, messages, ticketEvents } from '../../db/schema/index.ts';
import type { TicketRow } from './queries.ts';
import { iso } from '../../lib/time.ts';

/** Ticket row → API shape. */
export function presentTicket(row: TicketRow, followerIds: string[] = []): TicketSchema {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status as TicketStatus,
    priority: row.priority as TicketPriority,
    type: row.type as TicketType,
    channel: row.channel as Channel,
    language: row.language as Language,
    requesterId: row.requesterId,
    assigneeId: row.assigneeId,
    groupId: row.groupId,
    tags: row.tags,
    customFields: row.customFields,
    dueAt: iso(row.dueAt),
    followerIds,
    mergedIntoId: row.mergedIntoId,
    problemId: row.problemId,
    messageCount: row.messageCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    solvedAt: iso(row.solvedAt),
    firstResponseAt: iso(row.firstResponseAt),
  };
}

/** Attachment row → API shape. */
export function presentAttachment(row: typeof attachments.$inferSelect) {
  return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size, url: `/api/v1/attachments/${row.id}`, inline: row.inline };
}

/** Message row (with author name and attachments) → API shape. */
export function presentMessage(
  row: typeof messages.$inferSelect,
  authorName: string | null,
  files: (typeof attachments.$inferSelect)[] = [],
): MessageSchema {
  return {
    id: row.id,
    ticketId: row.ticketId,
    kind: row.kind as MessageSchema['kind'],
    channel: row.channel as Channel,
    authorType: row.authorType as MessageSchema['authorType'],
    authorId: row.authorUserId ?? row.authorContactId,
    authorName: authorName ?? (row.authorType === 'system' ? 'Tuki' : ''),
    bodyText: row.bodyText,
    bodyHtml: row.bodyHtml,
    mentionIds: row.mentionIds,
    attachments: files.filter((file) => file.messageId === row.id).map(presentAttachment),
    deliveryStatus: row.deliveryStatus,
    deliveryError: row.deliveryError,
    ...recipientsOf(row.metadata),
    createdAt: row.createdAt.toISOString(),
  };
}

/** `metadata.email` → the recipients an agent sees (received mail: To/Cc; sent mail: who got it, blind copies included). */
function recipientsOf(metadata: Record<string, unknown>): { recipients?: EmailRecipients } {
  const email = metadata.email as Record<string, unknown> | undefined;
  if (!email || typeof email !== 'object') return {};
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { recipients: { to: list(email.to), cc: list(email.cc), bcc: list(email.bcc) } };
}

/** Timeline row → API shape. */
export function presentTicketEvent(row: typeof ticketEvents.$inferSelect, actorName: string | null): TicketEventSchema {
  return {
    id: row.id,
    ticketId: row.ticketId,
    actorId: row.actorUserId,
    actorName: actorName ?? 'Tuki',
    action: row.action,
    field: row.field,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  };
}
