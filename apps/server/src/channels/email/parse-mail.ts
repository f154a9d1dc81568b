import { simpleParser } from 'mailparser';
import type { AddressObject, EmailAddress, HeaderValue, ParsedMail } from 'mailparser';
import { detectMimeType } from 'nodemailer/lib/mime-funcs/mime-types';
import { htmlToText } from './html-to-text.ts';
import { decodeTnef, TnefError } from './tnef.ts';

/** One mailbox from an address header. */
export type MailAddress = { address: string; name: string };

/** One attachment or inline part of an inbound mail. */
export type InboundAttachment = {
  filename: string | null;
  contentType: string;
  size: number;
  contentId: string | null;
  inline: boolean;
  content: Buffer;
};

/** An inbound mail reduced to the plain data the email channel needs. */
export type ParsedInboundMail = {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  date: string | null;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  attachments: InboundAttachment[];
};

/** Lower-case names of the headers kept in `ParsedInboundMail.headers` (used for classification). */
export const CLASSIFICATION_HEADERS = [
  'auto-submitted',
  'precedence',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'x-ms-exchange-generated-message-kind',
  'x-ms-exchange-inbox-rules-loop',
  'x-spam-flag',
  'x-spam-status',
  'x-spam',
  'content-type',
  'return-path',
  'list-id',
  'list-unsubscribe',
  'x-failed-recipients',
] as const;

/** Parses a raw RFC 5322 message (any charset or transfer encoding) into a `ParsedInboundMail`. */
export async function parseMail(raw: Buffer): Promise<ParsedInboundMail> {
  if (!Buffer.isBuffer(raw)) throw new TypeError('parseMail expects a Buffer');
  if (raw.length === 0) throw new Error('Cannot parse an empty message');
  let parsed: ParsedMail;
  try {
    // keepDeliveryStatus: DSN status parts stay attachments so bounces can be read.
    parsed = await simpleParser(raw, { keepDeliveryStatus: true, skipTextToHtml: true, skipImageLinks: true });
  } catch (cause) {
    throw new Error('The message could not be parsed as MIME', { cause });
  }
  if (parsed.headers.size === 0) throw new Error('The message has no headers');

  const attachments: InboundAttachment[] = parsed.attachments.map((attachment) => ({
    filename: attachment.filename ?? null,
    contentType: attachment.contentType.toLowerCase(),
    size: attachment.size ?? attachment.content.length,
    contentId: normalizeMessageId(attachment.contentId ?? attachment.cid ?? null),
    inline: attachment.contentDisposition === 'inline' || (attachment.related === true && Boolean(attachment.cid)),
    content: attachment.content,
  }));
  const tnef = unpackTnef(attachments);
  const html = typeof parsed.html === 'string' && parsed.html.trim() !== '' ? parsed.html : tnef.html;
  const plain = typeof parsed.text === 'string' && parsed.text.trim() !== '' ? parsed.text : (tnef.text ?? '');
  const text = plain.trim() === '' && html ? htmlToText(html) : plain;

  return {
    messageId: normalizeMessageId(parsed.messageId),
    inReplyTo: normalizeMessageId(parsed.inReplyTo),
    references: normalizeReferences(parsed.references),
    from: addressList(parsed.from)[0] ?? null,
    to: addressList(parsed.to),
    cc: addressList(parsed.cc),
    replyTo: addressList(parsed.replyTo),
    subject: parsed.subject ?? '',
    date: readDate(parsed.headerLines),
    text: text.replace(/\r\n?/g, '\n'),
    html,
    headers: pickHeaders(parsed.headers),
    attachments: tnef.attachments,
  };
}

/**
 * Replaces each `winmail.dat` (`application/ms-tnef`) by the files Outlook packed into it and
 * returns the body it carried (used only when the mail itself has none). A part that does not
 * decode stays as it came, so nothing is lost.
 */
function unpackTnef(attachments: InboundAttachment[]): { attachments: InboundAttachment[]; text: string | null; html: string | null } {
  const result: { attachments: InboundAttachment[]; text: string | null; html: string | null } = { attachments: [], text: null, html: null };
  for (const attachment of attachments) {
    const isTnefPart = attachment.contentType === 'application/ms-tnef' || attachment.contentType === 'application/vnd.ms-tnef' || attachment.filename?.toLowerCase() === 'winmail.dat';
    if (!isTnefPart) {
      result.attachments.push(attachment);
      continue;
    }
    try {
      const decoded = decodeTnef(attachment.content);
      if (!decoded.attachments.length && !decoded.text && !decoded.html) throw new TnefError('Nothing to unpack');
      for (const file of decoded.attachments) {
        const contentType = file.contentType && /^[\w.+-]+\/[\w.+-]+$/.test(file.contentType) ? file.contentType : detectMimeType(file.filename);
        result.attachments.push({ filename: file.filename, contentType, size: file.content.length, contentId: null, inline: false, content: file.content });
      }
      result.text ??= decoded.text;
      result.html ??= decoded.html;
    } catch (error) {
      if (!(error instanceof TnefError)) throw error;
      result.attachments.push(attachment);
    }
  }
  return result;
}

/** Strips angle brackets and whitespace from a Message-ID style value; null when empty. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /<([^<>]*)>/.exec(value);
  const id = (match ? match[1] : value).replace(/[<>]/g, '').trim();
  return id === '' ? null : id;
}

/** The Date header as ISO 8601 UTC; null when missing or unreadable (mailparser would substitute "now"). */
function readDate(headerLines: ParsedMail['headerLines']): string | null {
  const line = headerLines.find((header) => header.key === 'date')?.line;
  if (!line) return null;
  const date = new Date(line.replace(/^date\s*:/i, '').replace(/\s+/g, ' ').trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function normalizeReferences(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(' ') : value;
  const ids = joined.match(/<[^<>]+>/g) ?? joined.split(/\s+/);
  return [...new Set(ids.map((id) => normalizeMessageId(id)).filter((id): id is string => id !== null))];
}

function addressList(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!value) return [];
  const objects = Array.isArray(value) ? value : [value];
  return objects.flatMap((object) => flattenAddresses(object.value));
}

function flattenAddresses(entries: EmailAddress[]): MailAddress[] {
  return entries.flatMap((entry) =>
    entry.group ? flattenAddresses(entry.group) : entry.address ? [{ address: entry.address, name: entry.name ?? '' }] : [],
  );
}

function pickHeaders(headers: Map<string, HeaderValue>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of CLASSIFICATION_HEADERS) {
    const value = headers.get(name);
    if (value !== undefined) picked[name] = headerToString(value);
  }
  return picked;
}

function headerToString(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerToString(item)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') {
    const params = 'params' in value && value.params ? Object.entries(value.params) : [];
    return [value.value, ...params.map(([key, param]) => `${key}=${param}`)].join('; ');
  }
  return String(value);
}
