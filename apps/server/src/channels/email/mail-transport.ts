import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../../config.ts';
import { AppError } from '../../lib/errors.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';

/** A nodemailer transport for a mailbox: its own SMTP relay when set, else SMTP_RELAY_URL. */
export function createMailTransport(mailbox: MailboxRow, config: Config) {
  if (mailbox.smtpHost) {
    const options: SMTPTransport.Options = {
      host: mailbox.smtpHost,
      port: mailbox.smtpPort ?? 587,
      secure: mailbox.smtpSecure,
      ...(mailbox.smtpUser ? { auth: { user: mailbox.smtpUser, pass: mailbox.smtpPassword ?? '' } } : {}),
    };
    return nodemailer.createTransport(options);
  }
  if (config.smtpRelayUrl) return nodemailer.createTransport(config.smtpRelayUrl);
  throw new AppError('unprocessable', `No SMTP relay for ${mailbox.address}: set the mailbox's SMTP settings or SMTP_RELAY_URL`);
}
