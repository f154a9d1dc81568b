import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerAuthentication, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../config.ts';
import type { Services } from '../../lib/context.ts';
import { findActiveMailboxByAddress, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { receiveRawEmail } from './receive-raw-email.ts';

/** A running inbound SMTP listener. */
export type InboundSmtpServer = { port: number; close(): Promise<void> };

type SmtpError = Error & { responseCode: number };

function smtpError(responseCode: number, message: string): SmtpError {
  return Object.assign(new Error(message), { responseCode });
}

/** How the SMTP role protects itself: STARTTLS with a key and certificate, TLS required or not, and AUTH credentials (only over TLS). */
export type SmtpSecurity = { tls: { key: Buffer; cert: Buffer } | null; requireTls: boolean; auth: { user: string; password: string } | null };

/** Reads the SMTP role's security settings (SMTP_TLS_KEY/CERT files, SMTP_REQUIRE_TLS, SMTP_AUTH_USER/PASSWORD). */
export function smtpSecurityFromConfig(config: Config): SmtpSecurity {
  const read = (path: string, name: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new Error(`${name}: cannot read ${path}: ${(error as Error).message}`);
    }
  };
  return {
    tls: config.smtpTlsKey && config.smtpTlsCert ? { key: read(config.smtpTlsKey, 'SMTP_TLS_KEY'), cert: read(config.smtpTlsCert, 'SMTP_TLS_CERT') } : null,
    requireTls: config.smtpRequireTls,
    auth: config.smtpAuthUser && config.smtpAuthPassword ? { user: config.smtpAuthUser, password: config.smtpAuthPassword } : null,
  };
}

/** Starts the `smtp` role: accepts mail for active mailbox addresses (and their +tags), answers 250 only after the raw mail is committed. */
export async function startSmtpServer(
  services: Services,
  {
    port,
    host = '0.0.0.0',
    maxBytes = services.config.emailMaxBytes,
    security = smtpSecurityFromConfig(services.config),
    onError = (error: Error) => console.error('[smtp]', error),
  }: { port: number; host?: string; maxBytes?: number; security?: SmtpSecurity; onError?: (error: Error) => void },
): Promise<InboundSmtpServer> {
  const { tls, requireTls, auth } = security;
  if ((requireTls || auth) && !tls) throw new Error('SMTP: requiring TLS or AUTH needs a TLS key and certificate');
  const server = new SMTPServer({
    banner: 'Tuki ESMTP',
    size: maxBytes,
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    disabledCommands: [...(tls ? [] : ['STARTTLS']), ...(auth ? [] : ['AUTH'])],
    // With credentials every sender must log in; PLAIN and LOGIN are offered only after STARTTLS.
    authOptional: !auth,
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: false,
    onAuth(login: SMTPServerAuthentication, session: SMTPServerSession, callback: (error: Error | null | undefined, response?: { user: string }) => void) {
      if (!auth || !session.secure) return callback(smtpError(538, '5.7.11 Encryption required for requested authentication mechanism'));
      if (login.method !== 'PLAIN' && login.method !== 'LOGIN') return callback(smtpError(504, '5.5.4 Unrecognized authentication type'));
      if (!sameSecret(login.username ?? '', auth.user) || !sameSecret(login.password ?? '', auth.password)) return callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
      callback(null, { user: auth.user });
    },
    onMailFrom(_address: SMTPServerAddress, session: SMTPServerSession, callback: (error?: Error | null) => void) {
      if (requireTls && !session.secure) return callback(smtpError(530, '5.7.0 Must issue a STARTTLS command first'));
      callback();
    },
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

/** Compares two secrets in constant time (hashed first, so their lengths do not leak). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
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
