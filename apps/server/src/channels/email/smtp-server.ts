import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Services } from '../../lib/context.ts';
import { findActiveMailboxByAddress, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { receiveRawEmail } from './receive-raw-email.ts';

/** A running inbound SMTP listener. */
export type InboundSmtpServer = { port: number; close(): Promise<void> };

type SmtpError = Error & { responseCode: number };

function smtpError(responseCode: number, message: string): SmtpError {
  return Object.assign(new Error(message), { responseCode });
}

/** Starts the `smtp` role: accepts mail for active mailbox addresses (and their +tags), answers 250 only after the raw mail is committed. */
export async function startSmtpServer(
  services: Services,
  { port, host = '0.0.0.0', maxBytes = services.config.emailMaxBytes, onError = (error: Error) => console.error('[smtp]', error) }: { port: number; host?: string; maxBytes?: number; onError?: (error: Error) => void },
): Promise<InboundSmtpServer> {
  const server = new SMTPServer({
    banner: 'Tuki ESMTP',
    size: maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) {
      findActiveMailboxByAddress(services.db, address.address)
        .then((mailbox) => callback(mailbox ? null : smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`)))
        .catch((error: Error) => {
          onError(error);
          callback(smtpError(451, '4.3.0 Temporary lookup failure, try again later'));
        });
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('error', (error: Error) => callback(smtpError(451, `4.3.0 ${error.message}`)));
      stream.on('end', () => {
        if (stream.sizeExceeded || size > maxBytes) return callback(smtpError(552, `5.3.4 Message exceeds the ${maxBytes} byte limit`));
        storeForRecipients(services, session, Buffer.concat(chunks, size))
          .then((ids) => callback(null, `2.0.0 Stored as ${ids.join(', ')}`))
          .catch((error: Error) => {
            onError(error);
            callback(smtpError(451, '4.3.0 Could not store the message, try again later'));
          });
      });
    },
  });
  server.on('error', (error) => onError(error));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Stores the mail once per distinct mailbox among the accepted recipients. */
async function storeForRecipients(services: Services, session: SMTPServerSession, raw: Buffer): Promise<string[]> {
  const mailboxes = new Map<string, MailboxRow>();
  for (const recipient of session.envelope.rcptTo) {
    const mailbox = await findActiveMailboxByAddress(services.db, recipient.address);
    if (mailbox) mailboxes.set(mailbox.id, mailbox);
  }
  if (!mailboxes.size) throw new Error('No accepted recipient has an active mailbox any more');
  const ids: string[] = [];
  for (const mailbox of mailboxes.values()) ids.push((await receiveRawEmail(services, { mailbox, raw, source: 'smtp' })).id);
  return ids;
}
