import { createHash } from 'node:crypto';
import { normalizeMessageId } from './parse-mail.ts';

/** The few headers read before a mail is stored: enough for idempotency, listing and rate limiting, without a full MIME parse. */
export type RawMailSummary = { dedupeKey: string; messageId: string | null; fromAddress: string | null; subject: string | null };

/** Reads Message-ID, From and Subject from the header block; mail without a Message-ID is keyed by the SHA-256 of its bytes. */
export function summarizeRawMail(raw: Buffer): RawMailSummary {
  const end = headerEnd(raw);
  const block = raw.subarray(0, end).toString('latin1').replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(block)?.[1]?.trim() ?? null;
  const messageId = normalizeMessageId(header('message-id'));
  const from = header('from');
  const fromAddress = from ? (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /([^\s<>",;:]+@[^\s<>",;:]+)/.exec(from)?.[1] ?? null) : null;
  return {
    dedupeKey: messageId ? messageId.slice(0, 900) : `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    messageId,
    fromAddress: fromAddress?.toLowerCase() ?? null,
    subject: header('subject')?.slice(0, 1000) ?? null,
  };
}

function headerEnd(raw: Buffer): number {
  const limit = Math.min(raw.length, 256 * 1024);
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const candidates = [crlf, lf].filter((index) => index >= 0 && index < limit);
  return candidates.length ? Math.min(...candidates) : limit;
}
