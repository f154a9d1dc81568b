import { iso } from '../../lib/time.ts';
import type { InboundEmailRow, MailboxRow } from './queries.ts';
import type { InboundEmailSchema, MailboxSchema } from './mailbox.schemas.ts';

/** Mailbox row → API shape; the webhook secret only when asked (creation, admins), passwords never. */
export function presentMailbox(row: MailboxRow, { withSecret = false } = {}): MailboxSchema {
  return {
    id: row.id,
    address: row.address,
    senderName: row.senderName,
    groupId: row.groupId,
    signature: row.signature,
    active: row.active,
    webhookUrl: `/hooks/email/${row.id}`,
    ...(withSecret ? { webhookSecret: row.webhookSecret } : {}),
    imap: row.imapHost
      ? {
          host: row.imapHost,
          port: row.imapPort ?? 993,
          secure: row.imapSecure,
          user: row.imapUser,
          hasPassword: Boolean(row.imapPassword),
          folder: row.imapFolder,
          processedAction: row.imapProcessedAction,
          processedFolder: row.imapProcessedFolder,
          lastUid: row.imapLastUid,
        }
      : null,
    smtp: row.smtpHost ? { host: row.smtpHost, port: row.smtpPort ?? 587, secure: row.smtpSecure, user: row.smtpUser, hasPassword: Boolean(row.smtpPassword) } : null,
    lastFetchAt: iso(row.lastFetchAt),
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Inbound mail row → API shape, with the link to download the raw .eml. */
export function presentInboundEmail(row: InboundEmailRow): InboundEmailSchema {
  return {
    id: row.id,
    mailboxId: row.mailboxId,
    source: row.source,
    messageId: row.messageId,
    fromAddress: row.fromAddress,
    subject: row.subject,
    size: row.size,
    status: row.status,
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    ticketId: row.ticketId,
    ticketMessageId: row.createdMessageId,
    rawUrl: `/api/v1/inbound-emails/${row.id}/raw`,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: iso(row.processedAt),
  };
}
