import { randomBytes } from 'node:crypto';
import type { TestServer } from '../../../test/harness.ts';
import type { TestUser } from '../../../test/factories.ts';
import { createMailbox } from '../../modules/mailboxes/commands/create-mailbox.ts';
import type { MailboxBody } from '../../modules/mailboxes/mailbox.schemas.ts';

/** Test helper: a unique mailbox address on a test domain. */
export function uniqueAddress(local = 'support'): string {
  return `${local}-${randomBytes(4).toString('hex')}@help.test`;
}

/** Test helper: creates a mailbox as the given admin. */
export async function buildMailbox(server: TestServer, admin: TestUser, body: Partial<MailboxBody> = {}) {
  return createMailbox({ ...server.services, actor: admin.actor }, { address: uniqueAddress(), senderName: 'Acme Support', ...body });
}

/** Test helper: a small RFC 5322 message. */
export function rawMail({
  from = 'Casey Customer <casey@customer.test>',
  to,
  cc,
  subject = 'Printer on fire',
  messageId = `<${randomBytes(8).toString('hex')}@customer.test>`,
  inReplyTo,
  references,
  body = 'Hello,\n\nmy printer is on fire.\n\nCasey',
  headers = {},
}: {
  from?: string;
  to: string;
  cc?: string;
  subject?: string;
  messageId?: string | null;
  inReplyTo?: string;
  references?: string;
  body?: string;
  headers?: Record<string, string>;
}): Buffer {
  const lines = [
    `From: ${from}`,
    `To: ${to}`,
    ...(cc ? [`Cc: ${cc}`] : []),
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    ...(messageId ? [`Message-ID: ${messageId}`] : []),
    ...(inReplyTo ? [`In-Reply-To: ${inReplyTo}`] : []),
    ...(references ? [`References: ${references}`] : []),
    ...Object.entries(headers).map(([key, value]) => `${key}: ${value}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
