import type { mailboxes } from '../../db/schema/index.ts';
import type { MailboxBody } from './mailbox.schemas.ts';

type MailboxValues = Partial<typeof mailboxes.$inferInsert>;

/** Maps a (partial) mailbox body to columns; omitted passwords keep their stored value, `null` settings clear them. */
export function mailboxColumns(body: Partial<MailboxBody>): MailboxValues & { senderName: string } {
  const values: MailboxValues = {};
  if (body.senderName !== undefined) values.senderName = body.senderName.trim();
  if (body.groupId !== undefined) values.groupId = body.groupId;
  if (body.signature !== undefined) values.signature = body.signature;
  if (body.active !== undefined) values.active = body.active;
  if (body.imap === null) {
    Object.assign(values, { imapHost: null, imapPort: null, imapUser: null, imapPassword: null, imapUidValidity: null, imapLastUid: 0, lastError: null, lastErrorAt: null });
  } else if (body.imap) {
    Object.assign(values, {
      imapHost: body.imap.host,
      imapPort: body.imap.port,
      imapSecure: body.imap.secure,
      imapUser: body.imap.user,
      imapFolder: body.imap.folder ?? 'INBOX',
      imapProcessedAction: body.imap.processedAction ?? 'flag',
      imapProcessedFolder: body.imap.processedFolder ?? null,
      ...(body.imap.password !== undefined ? { imapPassword: body.imap.password } : {}),
    });
  }
  if (body.smtp === null) Object.assign(values, { smtpHost: null, smtpPort: null, smtpUser: null, smtpPassword: null });
  else if (body.smtp) {
    Object.assign(values, {
      smtpHost: body.smtp.host,
      smtpPort: body.smtp.port,
      smtpSecure: body.smtp.secure,
      smtpUser: body.smtp.user ?? null,
      ...(body.smtp.password !== undefined ? { smtpPassword: body.smtp.password } : {}),
    });
  }
  return values as MailboxValues & { senderName: string };
}
