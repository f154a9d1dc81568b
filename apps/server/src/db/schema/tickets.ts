import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, bytea, createdAt, id, tsvector, workspaceId } from './columns.ts';
import { groups, users, workspaces } from './workspaces.ts';
import { contacts } from './contacts.ts';

/** Tickets. `number` is per workspace; `search_vector` is the search document (subject A, message bodies B). */
export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    number: bigint('number', { mode: 'number' }).notNull(),
    subject: text('subject').notNull(),
    status: text('status').notNull().default('new'),
    priority: text('priority').notNull().default('normal'),
    type: text('type').notNull().default('question'),
    channel: text('channel').notNull().default('api'),
    language: text('language').notNull().default('en'),
    requesterId: uuid('requester_id').notNull().references(() => contacts.id),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb('custom_fields').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    dueAt: at('due_at'),
    mergedIntoId: uuid('merged_into_id'),
    problemId: uuid('problem_id'),
    messageCount: integer('message_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    solvedAt: at('solved_at'),
    closedAt: at('closed_at'),
    firstResponseAt: at('first_response_at'),
    lastCustomerMessageAt: at('last_customer_message_at'),
    searchVector: tsvector('search_vector'),
  },
  (t) => [
    uniqueIndex('tickets_workspace_number_key').on(t.workspaceId, t.number),
    // Views never show merged tickets, so the list indexes leave them out (and count faster).
    index('tickets_ws_updated_idx').on(t.workspaceId, t.updatedAt.desc().nullsLast(), t.id).where(sql`${t.mergedIntoId} is null`),
    index('tickets_ws_status_updated_idx').on(t.workspaceId, t.status, t.updatedAt.desc().nullsLast(), t.id).where(sql`${t.mergedIntoId} is null`),
    index('tickets_ws_assignee_status_idx').on(t.workspaceId, t.assigneeId, t.status).where(sql`${t.mergedIntoId} is null`),
    index('tickets_ws_group_status_idx').on(t.workspaceId, t.groupId, t.status).where(sql`${t.mergedIntoId} is null`),
    index('tickets_ws_due_idx').on(t.workspaceId, t.dueAt).where(sql`${t.dueAt} is not null and ${t.mergedIntoId} is null and ${t.status} not in ('solved', 'closed')`),
    index('tickets_requester_idx').on(t.requesterId, t.createdAt.desc()),
    index('tickets_tags_idx').using('gin', t.tags),
    // The ticket's search document: subject (weight A) and every message body (weight B).
    index('tickets_search_idx').using('gin', t.searchVector),
    index('tickets_problem_idx').on(t.problemId).where(sql`${t.problemId} is not null`),
  ],
);

/** Agents following a ticket (notified of replies). */
export const ticketFollowers = pgTable(
  'ticket_followers',
  {
    workspaceId: workspaceId(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] }), index('ticket_followers_user_idx').on(t.userId)],
);

/** "Related" links between tickets (stored once per pair, smaller id first). */
export const ticketLinks = pgTable(
  'ticket_links',
  {
    workspaceId: workspaceId(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    relatedId: uuid('related_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.relatedId] }), index('ticket_links_related_idx').on(t.relatedId)],
);

/** Replies and notes. `search_vector` holds the stemmed body (used to pick snippets; search itself uses the ticket's document). */
export const messages = pgTable(
  'messages',
  {
    id: id(),
    workspaceId: workspaceId(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('reply'),
    channel: text('channel').notNull().default('api'),
    authorType: text('author_type').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorContactId: uuid('author_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    language: text('language').notNull().default('en'),
    mentionIds: uuid('mention_ids').array().notNull().default(sql`'{}'::uuid[]`),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    deliveryStatus: text('delivery_status'),
    deliveryError: text('delivery_error'),
    createdAt: createdAt(),
    searchVector: tsvector('search_vector'),
  },
  (t) => [
    index('messages_ticket_idx').on(t.ticketId, t.createdAt),
  ],
);

/**
 * Files on messages (uploaded, or from a channel). Small files' bytes are in `attachment_contents` (with the row, in the
 * same transaction); larger ones live in storage under `storage_key` (null when the bytes are in the database).
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    workspaceId: workspaceId(),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key'),
    inline: boolean('inline').notNull().default(false),
    contentId: text('content_id'),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_message_idx').on(t.messageId), index('attachments_ticket_idx').on(t.ticketId)],
);

/** The bytes of small attachments (see attachments/content.ts), apart from the attachment rows so listings never read them. */
export const attachmentContents = pgTable('attachment_contents', {
  attachmentId: uuid('attachment_id')
    .primaryKey()
    .references(() => attachments.id, { onDelete: 'cascade' }),
  workspaceId: workspaceId(),
  content: bytea('content').notNull(),
});

/** The ticket timeline: every change, who made it, and the value before and after. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: id(),
    workspaceId: workspaceId(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    actorUserId: uuid('actor_user_id'),
    actorType: text('actor_type').notNull().default('user'),
    action: text('action').notNull(),
    field: text('field'),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt)],
);

/** Saved ticket views: shared (owner null) or personal. */
export const views = pgTable(
  'views',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    conditions: jsonb('conditions').$type<unknown[]>().notNull().default([]),
    sortBy: text('sort_by').notNull().default('updated_at'),
    sortOrder: text('sort_order').notNull().default('desc'),
    position: integer('position').notNull().default(0),
    builtIn: boolean('built_in').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('views_workspace_idx').on(t.workspaceId, t.position)],
);

/** Notifications for agents. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id'),
    actorUserId: uuid('actor_user_id'),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt.desc())],
);

/** Outgoing webhooks. */
export const webhooks = pgTable(
  'webhooks',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    events: text('events').array().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('webhooks_workspace_idx').on(t.workspaceId)],
);

/** Every webhook delivery with its last attempt's outcome. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    workspaceId: workspaceId(),
    webhookId: uuid('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseStatus: integer('response_status'),
    error: text('error'),
    createdAt: createdAt(),
    deliveredAt: at('delivered_at'),
  },
  (t) => [index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt.desc())],
);
