/** Ticket lifecycle states, in the order a ticket normally moves through them. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Ticket priorities, lowest first. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Ticket types. */
export const TICKET_TYPES = ['question', 'incident', 'problem', 'task'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

/** Channels a conversation can arrive through. */
export const CHANNELS = ['email', 'chat', 'phone', 'social', 'review', 'webform', 'api', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Agent roles, most powerful first. */
export const USER_ROLES = ['admin', 'supervisor', 'agent', 'read-only'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Kinds of groups: support tiers or other departments. */
export const GROUP_KINDS = ['tier', 'department'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Kinds of custom ticket fields an admin can define. */
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'dropdown', 'checkbox'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** Message kinds: a public reply the customer sees, or an internal note. */
export const MESSAGE_KINDS = ['reply', 'note'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** UI and content languages supported from day one. */
export const LANGUAGES = ['en', 'fi', 'et', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Notification kinds an agent receives. */
export const NOTIFICATION_KINDS = ['assigned', 'mentioned', 'followed_reply'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
