import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from './common.ts';
import { CHANNELS, LANGUAGES, MESSAGE_KINDS, TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from '../enums.ts';

/** Custom field values on a ticket, keyed by the field's key. */
export const CustomFieldValues = Type.Record(
  Type.String({ pattern: '^[a-z][a-z0-9_]{0,62}$' }),
  Type.Union([Type.String({ maxLength: 10000 }), Type.Number(), Type.Boolean(), Type.Null()]),
);
export type CustomFieldValues = Static<typeof CustomFieldValues>;

/** A tag: lower-case words, digits, dashes and underscores. */
export const Tag = Type.String({ minLength: 1, maxLength: 60, pattern: '^[\\p{L}\\p{N}_\\-:.]+$' });

/** A ticket as the API presents it. */
export const TicketSchema = Type.Object({
  id: Id,
  number: Type.Integer(),
  subject: Type.String(),
  status: Type.Enum(TICKET_STATUSES),
  priority: Type.Enum(TICKET_PRIORITIES),
  type: Type.Enum(TICKET_TYPES),
  channel: Type.Enum(CHANNELS),
  language: Type.Enum(LANGUAGES),
  requesterId: Id,
  assigneeId: Nullable(Id),
  groupId: Nullable(Id),
  tags: Type.Array(Type.String()),
  customFields: CustomFieldValues,
  dueAt: Nullable(Timestamp),
  followerIds: Type.Array(Id),
  mergedIntoId: Nullable(Id),
  problemId: Nullable(Id),
  messageCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  solvedAt: Nullable(Timestamp),
  firstResponseAt: Nullable(Timestamp),
});
export type TicketSchema = Static<typeof TicketSchema>;

/** Who asked, as ticket lists show it: name and first e-mail address (null when the contact has none). */
export const TicketRequesterSchema = Type.Object({ id: Id, name: Type.String(), email: Nullable(Type.String()) });
export type TicketRequesterSchema = Static<typeof TicketRequesterSchema>;

/** A ticket in a list (views, `GET /api/v1/tickets`): the ticket plus its requester's name and e-mail. */
export const TicketListItemSchema = Type.Object({ ...TicketSchema.properties, requester: Nullable(TicketRequesterSchema) });
export type TicketListItemSchema = Static<typeof TicketListItemSchema>;

/** Who asks: an existing contact id, or an email/name to find or create one. */
export const RequesterInput = Type.Union([
  Type.Object({ id: Id }),
  Type.Object({
    email: Type.String({ format: 'email', maxLength: 320 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    language: Type.Optional(Type.Enum(LANGUAGES)),
  }),
]);
export type RequesterInput = Static<typeof RequesterInput>;

/** Body to create a ticket with its first message. */
export const CreateTicketBody = Type.Object({
  subject: Type.String({ minLength: 1, maxLength: 500 }),
  body: Type.String({ minLength: 1, maxLength: 200000 }),
  requester: RequesterInput,
  status: Type.Optional(Type.Enum(TICKET_STATUSES)),
  priority: Type.Optional(Type.Enum(TICKET_PRIORITIES)),
  type: Type.Optional(Type.Enum(TICKET_TYPES)),
  channel: Type.Optional(Type.Enum(CHANNELS)),
  language: Type.Optional(Type.Enum(LANGUAGES)),
  assigneeId: Type.Optional(Nullable(Id)),
  groupId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
  customFields: Type.Optional(CustomFieldValues),
  dueAt: Type.Optional(Nullable(Timestamp)),
});
export type CreateTicketBody = Static<typeof CreateTicketBody>;

/** Body to change ticket properties; absent keys stay as they are. */
export const UpdateTicketBody = Type.Object({
  subject: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  status: Type.Optional(Type.Enum(TICKET_STATUSES)),
  priority: Type.Optional(Type.Enum(TICKET_PRIORITIES)),
  type: Type.Optional(Type.Enum(TICKET_TYPES)),
  assigneeId: Type.Optional(Nullable(Id)),
  groupId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
  customFields: Type.Optional(CustomFieldValues),
  dueAt: Type.Optional(Nullable(Timestamp)),
  followerIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  problemId: Type.Optional(Nullable(Id)),
});
export type UpdateTicketBody = Static<typeof UpdateTicketBody>;

/** Body to update many tickets at once. */
export const BulkUpdateTicketsBody = Type.Object({
  ids: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  changes: Type.Object({
    status: Type.Optional(Type.Enum(TICKET_STATUSES)),
    priority: Type.Optional(Type.Enum(TICKET_PRIORITIES)),
    assigneeId: Type.Optional(Nullable(Id)),
    groupId: Type.Optional(Nullable(Id)),
    addTags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
    removeTags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
  }),
});
export type BulkUpdateTicketsBody = Static<typeof BulkUpdateTicketsBody>;

/** Body to escalate a ticket to another group (tier or department). */
export const EscalateTicketBody = Type.Object({
  groupId: Id,
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
  priority: Type.Optional(Type.Enum(TICKET_PRIORITIES)),
});
export type EscalateTicketBody = Static<typeof EscalateTicketBody>;

/** Body to merge this ticket into a target ticket. */
export const MergeTicketBody = Type.Object({ targetId: Id });
export type MergeTicketBody = Static<typeof MergeTicketBody>;

/** Body to link a related ticket. */
export const LinkTicketBody = Type.Object({ relatedId: Id });
export type LinkTicketBody = Static<typeof LinkTicketBody>;

/** A message on a ticket: a public reply or an internal note. */
export const AttachmentSchema = Type.Object({
  id: Id,
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  url: Type.String(),
  inline: Type.Boolean(),
});
export type AttachmentSchema = Static<typeof AttachmentSchema>;

/** The addresses of an e-mail message. */
export const EmailRecipients = Type.Object({ to: Type.Array(Type.String()), cc: Type.Array(Type.String()), bcc: Type.Array(Type.String()) });
export type EmailRecipients = Static<typeof EmailRecipients>;

/** A message on a ticket. */
export const MessageSchema = Type.Object({
  id: Id,
  ticketId: Id,
  kind: Type.Enum(MESSAGE_KINDS),
  channel: Type.Enum(CHANNELS),
  authorType: Type.Enum(['agent', 'contact', 'system'] as const),
  authorId: Nullable(Id),
  authorName: Type.String(),
  bodyText: Type.String(),
  bodyHtml: Nullable(Type.String()),
  mentionIds: Type.Array(Id),
  attachments: Type.Array(AttachmentSchema),
  deliveryStatus: Nullable(Type.String()),
  deliveryError: Nullable(Type.String()),
  /** E-mail messages: who the mail was addressed to (for outbound mail, who got it; `bcc` never appears in the sent headers). */
  recipients: Type.Optional(EmailRecipients),
  createdAt: Timestamp,
});
export type MessageSchema = Static<typeof MessageSchema>;

/** Body to add a reply or note; `attachmentIds` come from the upload endpoint. */
export const CreateMessageBody = Type.Object({
  kind: Type.Enum(MESSAGE_KINDS),
  body: Type.String({ minLength: 1, maxLength: 200000 }),
  bodyHtml: Type.Optional(Type.String({ maxLength: 1000000 })),
  attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  mentionIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  status: Type.Optional(Type.Enum(TICKET_STATUSES)),
  /** E-mail replies only: extra people copied on this mail (they stay on the thread) and blind copies (this mail only). */
  cc: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20 })),
  bcc: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20 })),
});
export type CreateMessageBody = Static<typeof CreateMessageBody>;

/** One entry on a ticket's timeline: who changed what, when, from what to what. */
export const TicketEventSchema = Type.Object({
  id: Id,
  ticketId: Id,
  actorId: Nullable(Id),
  actorName: Type.String(),
  action: Type.String(),
  field: Nullable(Type.String()),
  before: Type.Unknown(),
  after: Type.Unknown(),
  createdAt: Timestamp,
});
export type TicketEventSchema = Static<typeof TicketEventSchema>;

/** A linked ticket summary. */
export const TicketLinkSchema = Type.Object({
  ticketId: Id,
  number: Type.Integer(),
  subject: Type.String(),
  status: Type.Enum(TICKET_STATUSES),
  kind: Type.Enum(['related', 'incident', 'problem', 'merged'] as const),
});
export type TicketLinkSchema = Static<typeof TicketLinkSchema>;
