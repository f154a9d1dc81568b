import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from './common.ts';
import { CUSTOM_FIELD_TYPES, NOTIFICATION_KINDS } from '../enums.ts';
import { WEBHOOK_EVENTS } from '../events.ts';

/** An admin-defined custom ticket field. */
export const CustomFieldSchema = Type.Object({
  id: Id,
  key: Type.String(),
  label: Type.String(),
  type: Type.Enum(CUSTOM_FIELD_TYPES),
  options: Type.Array(Type.String()),
  required: Type.Boolean(),
  position: Type.Integer(),
  active: Type.Boolean(),
});
export type CustomFieldSchema = Static<typeof CustomFieldSchema>;

/** Body to create or change a custom field. */
export const CustomFieldBody = Type.Object({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,62}$' }),
  label: Type.String({ minLength: 1, maxLength: 100 }),
  type: Type.Enum(CUSTOM_FIELD_TYPES),
  options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 500 })),
  required: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0 })),
  active: Type.Optional(Type.Boolean()),
});
export type CustomFieldBody = Static<typeof CustomFieldBody>;

/** One condition of a view: `field operator value`. */
export const ViewCondition = Type.Object({
  field: Type.Enum(['status', 'priority', 'type', 'channel', 'assignee', 'group', 'tag', 'requester', 'language', 'due', 'created', 'updated', 'custom'] as const),
  operator: Type.Enum(['is', 'is_not', 'in', 'not_in', 'contains', 'before', 'after', 'is_empty', 'is_not_empty', 'overdue', 'older_than_hours'] as const),
  value: Type.Optional(Type.Unknown()),
  key: Type.Optional(Type.String({ maxLength: 63 })),
});
export type ViewCondition = Static<typeof ViewCondition>;

/** Sortable ticket columns. */
export const VIEW_SORT_FIELDS = ['updated_at', 'created_at', 'priority', 'due_at', 'number', 'status'] as const;

/** A saved ticket view (personal when ownerId is set, shared otherwise). */
export const ViewSchema = Type.Object({
  id: Id,
  name: Type.String(),
  ownerId: Nullable(Id),
  conditions: Type.Array(ViewCondition),
  sortBy: Type.Enum(VIEW_SORT_FIELDS),
  sortOrder: Type.Enum(['asc', 'desc'] as const),
  position: Type.Integer(),
  builtIn: Type.Boolean(),
  count: Type.Optional(Type.Integer()),
  /** True when there are more tickets than `count` (counts stop at 10,000). */
  countCapped: Type.Optional(Type.Boolean()),
});
export type ViewSchema = Static<typeof ViewSchema>;

/** Body to create or change a view. */
export const ViewBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  personal: Type.Optional(Type.Boolean()),
  conditions: Type.Array(ViewCondition, { maxItems: 30 }),
  sortBy: Type.Optional(Type.Enum(VIEW_SORT_FIELDS)),
  sortOrder: Type.Optional(Type.Enum(['asc', 'desc'] as const)),
  position: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type ViewBody = Static<typeof ViewBody>;

/** A notification for an agent. */
export const NotificationSchema = Type.Object({
  id: Id,
  kind: Type.Enum(NOTIFICATION_KINDS),
  ticketId: Id,
  ticketNumber: Type.Integer(),
  ticketSubject: Type.String(),
  messageId: Nullable(Id),
  actorId: Nullable(Id),
  actorName: Type.String(),
  readAt: Nullable(Timestamp),
  createdAt: Timestamp,
});
export type NotificationSchema = Static<typeof NotificationSchema>;

/** An outgoing webhook. The secret is returned only at creation. */
export const WebhookSchema = Type.Object({
  id: Id,
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Timestamp,
  secret: Type.Optional(Type.String()),
});
export type WebhookSchema = Static<typeof WebhookSchema>;

/** Body to create or change a webhook. */
export const WebhookBody = Type.Object({
  url: Type.String({ format: 'uri', maxLength: 2000 }),
  events: Type.Array(Type.Enum(WEBHOOK_EVENTS), { minItems: 1 }),
  active: Type.Optional(Type.Boolean()),
});
export type WebhookBody = Static<typeof WebhookBody>;

/** One attempt log entry of a webhook delivery. */
export const WebhookDeliverySchema = Type.Object({
  id: Id,
  event: Type.String(),
  status: Type.Enum(['pending', 'delivered', 'failed'] as const),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  createdAt: Timestamp,
  deliveredAt: Nullable(Timestamp),
});
export type WebhookDeliverySchema = Static<typeof WebhookDeliverySchema>;

/** A full-text search hit. */
export const SearchHitSchema = Type.Object({
  ticketId: Id,
  number: Type.Integer(),
  subject: Type.String(),
  status: Type.String(),
  snippet: Type.String(),
  rank: Type.Number(),
  updatedAt: Timestamp,
});
export type SearchHitSchema = Static<typeof SearchHitSchema>;
