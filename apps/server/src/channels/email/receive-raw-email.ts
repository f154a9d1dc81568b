import type { Services } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { findActiveMailboxByAddress, getMailboxById, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { storeInboundEmail } from '../../modules/mailboxes/commands/store-inbound-email.ts';
import { summarizeRawMail } from './raw-headers.ts';

/** Where a raw mail came from and which mailbox it is for (by id, or by a recipient address). */
export type RawEmailInput = ({ mailboxId: string } | { recipient: string } | { mailbox: MailboxRow }) & { raw: Buffer; source: 'smtp' | 'imap' | 'webhook' };

/** Durably stores a raw mail and queues its processing; resolves only after the commit, so transports may acknowledge then. */
export async function receiveRawEmail(services: Services, input: RawEmailInput): Promise<{ id: string; duplicate: boolean }> {
  const mailbox =
    'mailbox' in input
      ? input.mailbox
      : 'mailboxId' in input
        ? await getMailboxById(services.db, input.mailboxId)
        : await findActiveMailboxByAddress(services.db, input.recipient);
  if (!mailbox || !mailbox.active) throw new AppError('not_found', 'No active mailbox for this address');
  if (input.raw.length > services.config.emailMaxBytes) throw new AppError('payload_too_large', `Mail is larger than ${services.config.emailMaxBytes} bytes`);
  if (input.raw.length === 0) throw new AppError('validation_failed', 'The message is empty');
  const summary = summarizeRawMail(input.raw);
  return storeInboundEmail(services, {
    mailbox,
    raw: input.raw,
    source: input.source,
    messageId: summary.dedupeKey,
    fromAddress: summary.fromAddress,
    subject: summary.subject,
  });
}
