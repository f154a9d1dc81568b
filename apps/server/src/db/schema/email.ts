import { bigint, boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, bytea, createdAt, id, workspaceId } from './columns.ts';
import { groups, workspaces } from './workspaces.ts';
import { messages, tickets } from './tickets.ts';

/** Support mailboxes (support@, billing@): where mail comes in and how replies go out. `address` is lower-case and unique across Tuki. */
export const mailboxes = pgTable(
  'mailboxes',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    senderName: text('sender_name').notNull(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    signature: text('signature').notNull().default(''),
    active: boolean('active').notNull().default(true),
    webhookSecret: text('webhook_secret').notNull(),
    imapHost: text('imap_host'),
    imapPort: integer('imap_port'),
    imapSecure: boolean('imap_secure').notNull().default(true),
    imapUser: text('imap_user'),
    imapPassword: text('imap_password'),
    imapFolder: text('imap_folder').notNull().default('INBOX'),
    imapProcessedAction: text('imap_processed_action').notNull().default('flag'),
    imapProcessedFolder: text('imap_processed_folder'),
    imapUidValidity: bigint('imap_uid_validity', { mode: 'number' }),
    imapLastUid: bigint('imap_last_uid', { mode: 'number' }).notNull().default(0),
    smtpHost: text('smtp_host'),
    smtpPort: integer('smtp_port'),
    smtpSecure: boolean('smtp_secure').notNull().default(false),
    smtpUser: text('smtp_user'),
    smtpPassword: text('smtp_password'),
    lastFetchAt: at('last_fetch_at'),
    lastError: text('last_error'),
    lastErrorAt: at('last_error_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('mailboxes_address_key').on(t.address), index('mailboxes_workspace_idx').on(t.workspaceId)],
);

/** Every mail accepted by a mailbox, raw bytes first; `status`: received → processed | ignored | spam | failed. */
export const inboundEmails = pgTable(
  'inbound_emails',
  {
    id: id(),
    workspaceId: workspaceId(),
    mailboxId: uuid('mailbox_id').notNull().references(() => mailboxes.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    messageId: text('message_id').notNull(),
    fromAddress: text('from_address'),
    subject: text('subject'),
    size: integer('size').notNull(),
    raw: bytea('raw').notNull(),
    status: text('status').notNull().default('received'),
    reason: text('reason'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    createdMessageId: uuid('created_message_id').references(() => messages.id, { onDelete: 'set null' }),
    receivedAt: at('received_at').notNull().defaultNow(),
    processedAt: at('processed_at'),
    /** When a worker should (next) process this mail; null once it is settled or has no automatic retry left. */
    nextAttemptAt: at('next_attempt_at').defaultNow(),
  },
  (t) => [
    uniqueIndex('inbound_emails_mailbox_message_key').on(t.mailboxId, t.messageId),
    index('inbound_emails_due_idx').on(t.nextAttemptAt).where(sql`${t.nextAttemptAt} is not null`),
    index('inbound_emails_mailbox_status_idx').on(t.mailboxId, t.status, t.receivedAt.desc()),
    index('inbound_emails_sender_idx').on(t.workspaceId, t.fromAddress, t.receivedAt),
  ],
);

/** Every Message-ID we received or sent, mapped to its ticket (threading by In-Reply-To / References). */
export const emailMessageIds = pgTable(
  'email_message_ids',
  {
    id: id(),
    workspaceId: workspaceId(),
    messageId: text('message_id').notNull(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    ticketMessageId: uuid('ticket_message_id').references(() => messages.id, { onDelete: 'cascade' }),
    direction: text('direction').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('email_message_ids_lookup_idx').on(t.workspaceId, t.messageId), index('email_message_ids_message_idx').on(t.ticketMessageId)],
);

/** The e-mail side of a ticket: its mailbox, secret reply token and the addresses copied on the conversation. */
export const ticketEmailThreads = pgTable(
  'ticket_email_threads',
  {
    ticketId: uuid('ticket_id').primaryKey().references(() => tickets.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    mailboxId: uuid('mailbox_id').references(() => mailboxes.id, { onDelete: 'set null' }),
    replyToken: text('reply_token').notNull(),
    ccAddresses: text('cc_addresses').array().notNull().default(sql`'{}'::text[]`),
    followUpTicketId: uuid('follow_up_ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('ticket_email_threads_token_key').on(t.replyToken)],
);

/** Workspace overrides of customer notification templates (code defaults apply otherwise). */
export const emailTemplates = pgTable(
  'email_templates',
  {
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.language] })],
);

