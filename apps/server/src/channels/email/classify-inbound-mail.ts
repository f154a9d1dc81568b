import type { InboundAttachment, MailAddress, ParsedInboundMail } from './parse-mail.ts';
import { normalizeMessageId } from './parse-mail.ts';

/** What the email channel should do with an inbound mail. */
export type InboundDecision =
  | { kind: 'own-loop' }
  | { kind: 'bounce'; recipients: string[]; failedMessageId: string | null }
  | { kind: 'spam' }
  | { kind: 'auto-reply' }
  | { kind: 'message'; ticketRef: string | null; ticketNumber: TicketNumberRef | null };

/** Facts about our own installation that classification needs. */
export type ClassifyContext = {
  ownAddresses: string[];
  ownMessageIdDomain: string;
  replyAddressPattern?: RegExp;
};

/** A ticket number found in a subject, with the optional workspace prefix (`[ACME #1234]`). */
export type TicketNumberRef = { number: number; prefix: string | null };

/** Default reply address shape: `local+t-<token>@domain`; the first capture group is the token. */
export const DEFAULT_REPLY_ADDRESS_PATTERN = /^[^@\s+]+\+t-([A-Za-z0-9]{8,40})@[^@\s]+$/i;

/** Decides whether an inbound mail is our own loop, a bounce, spam, an automatic reply or a real message. */
export function classifyInboundMail(mail: ParsedInboundMail, ctx: ClassifyContext): InboundDecision {
  if (isOwnLoop(mail, ctx)) return { kind: 'own-loop' };
  const bounce = readBounce(mail);
  if (bounce) return bounce;
  if (isSpam(mail)) return { kind: 'spam' };
  if (isAutoReply(mail)) return { kind: 'auto-reply' };
  const recipients = [...mail.to, ...mail.cc].map((entry) => entry.address);
  return {
    kind: 'message',
    ticketRef: ticketRefFromAddresses(recipients, ctx.replyAddressPattern),
    ticketNumber: ticketNumberFromSubject(mail.subject),
  };
}

/** Extracts the reply token from a plus-addressed recipient such as `support+t-<token>@example.com`. */
export function ticketRefFromAddresses(addresses: Array<string | MailAddress>, pattern: RegExp = DEFAULT_REPLY_ADDRESS_PATTERN): string | null {
  for (const entry of addresses) {
    const address = (typeof entry === 'string' ? entry : entry.address).trim();
    const match = pattern.exec(address);
    if (match?.[1] && /^[A-Za-z0-9]{8,40}$/.test(match[1])) return match[1];
  }
  return null;
}

/** Finds a ticket number written in brackets (`[#1234]`, `[ACME #1234]`) in a subject; bare numbers never match. */
export function ticketNumberFromSubject(subject: string): TicketNumberRef | null {
  const match = /\[(?:([A-Za-z][A-Za-z0-9_-]{0,31})\s*)?#(\d{1,12})\]/.exec(subject);
  if (!match) return null;
  return { number: Number(match[2]), prefix: match[1] ?? null };
}

function isOwnLoop(mail: ParsedInboundMail, ctx: ClassifyContext): boolean {
  // A delivery report is written by an MTA, possibly one on our own domain that stamps our
  // Message-ID domain on it; it can never start a loop, so it goes on to bounce handling.
  if (isDeliveryReport(mail)) return false;
  const own = new Set(ctx.ownAddresses.map((address) => address.trim().toLowerCase()));
  if (mail.from && own.has(mail.from.address.toLowerCase())) return true;
  const domain = ctx.ownMessageIdDomain.trim().toLowerCase().replace(/^@/, '');
  return Boolean(domain && mail.messageId?.toLowerCase().endsWith(`@${domain}`));
}

const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /(undeliver|undelivered|delivery (status notification|failure|has failed)|mail delivery (failed|failure|subsystem)|returned mail|failure notice|delivery failed|could not be delivered|non[- ]?remis|unzustellbar|nicht zustellbar|toimitus epäonnistui|ei voitu toimittaa|palautettu viesti|kättetoimetamatu|ei saanud edastada|kan ikke leveres|ikke levert|kunde inte levereras|olevererbart|kunne ikke leveres)/i;

function readBounce(mail: ParsedInboundMail): InboundDecision | null {
  const statusParts = mail.attachments.filter(isStatusPart);
  const fromDaemon = BOUNCE_SENDER.test(mail.from?.address ?? '');
  const looksLikeBounce = isDeliveryReport(mail) || (fromDaemon && BOUNCE_SUBJECT.test(mail.subject));
  if (!looksLikeBounce) return null;

  const failedMessageId = originalMessageId(mail);
  if (statusParts.length > 0) {
    const recipients = statusParts.flatMap((part) => failedRecipientsFromStatus(part.content.toString('utf8')));
    // A report that only says "delayed" or "delivered" is not a failure: treat it as an automatic notice.
    if (recipients.length === 0 && statusParts.every((part) => !/^action:\s*failed/im.test(part.content.toString('utf8')) && /^action:/im.test(part.content.toString('utf8')))) {
      return { kind: 'auto-reply' };
    }
    return { kind: 'bounce', recipients: unique([...recipients, ...headerRecipients(mail)]), failedMessageId };
  }
  return { kind: 'bounce', recipients: unique([...headerRecipients(mail), ...recipientsFromText(mail)]), failedMessageId };
}

function isStatusPart(part: InboundAttachment): boolean {
  return part.contentType === 'message/delivery-status' || part.contentType === 'message/global-delivery-status';
}

/** A DSN (RFC 3464): multipart/report with report-type=delivery-status, or any mail carrying a delivery-status part. */
function isDeliveryReport(mail: ParsedInboundMail): boolean {
  const contentType = mail.headers['content-type'] ?? '';
  const isReport = /^multipart\/report/i.test(contentType) && /report-type="?(global-)?delivery-status/i.test(contentType);
  return isReport || mail.attachments.some(isStatusPart);
}

/** Reads the recipients whose per-recipient block says `Action: failed` (or gives no action). */
function failedRecipientsFromStatus(status: string): string[] {
  const blocks = unfold(status).split(/\n\s*\n/);
  const recipients: string[] = [];
  for (const block of blocks) {
    const final = /^final-recipient:\s*(?:[a-z0-9-]+;)?\s*<?([^\s<>;]+@[^\s<>;]+)>?/im.exec(block);
    const original = /^original-recipient:\s*(?:[a-z0-9-]+;)?\s*<?([^\s<>;]+@[^\s<>;]+)>?/im.exec(block);
    const address = final?.[1] ?? original?.[1];
    if (!address) continue;
    const action = /^action:\s*([a-z]+)/im.exec(block)?.[1]?.toLowerCase();
    if (!action || action === 'failed') recipients.push(address.toLowerCase());
  }
  return recipients;
}

function headerRecipients(mail: ParsedInboundMail): string[] {
  const header = mail.headers['x-failed-recipients'];
  return header ? (header.match(/[^\s,<>;]+@[^\s,<>;]+/g) ?? []).map((address) => address.toLowerCase()) : [];
}

/** Finds failed addresses in a plain-text bounce: "<a@b>: reason" (Postfix) or an address alone on an indented line (Exim, qmail). */
function recipientsFromText(mail: ParsedInboundMail): string[] {
  const body = mail.text.split(/^(?:-{3,}.*(original message|copy of the message|returned message|headers of the original).*|Received: .*)$/im)[0] ?? '';
  const found: string[] = [];
  for (const line of body.split('\n')) {
    const match = /^\s*<([^\s<>@]+@[^\s<>]+)>:?/.exec(line) ?? /^\s+([^\s<>@:]+@[^\s<>:]+)\s*$/.exec(line) ?? /^([^\s<>@:]+@[^\s<>:]+):\s*$/.exec(line);
    if (match && !BOUNCE_SENDER.test(match[1])) found.push(match[1].toLowerCase());
  }
  return found;
}

/** Finds the Message-ID of the mail that bounced in the returned message or its headers. */
function originalMessageId(mail: ParsedInboundMail): string | null {
  const returned = mail.attachments.filter((part) => /^(message\/rfc822|text\/rfc822-headers|message\/global|message\/global-headers)$/.test(part.contentType));
  const sources = [...returned.map((part) => part.content.toString('utf8')), mail.text];
  for (const source of sources) {
    const headers = unfold(source.replace(/\r\n?/g, '\n'));
    const match = /^message-id:\s*(<[^<>\s]+>|[^\s<>]+@[^\s<>]+)/im.exec(headers);
    if (match) return normalizeMessageId(match[1]);
  }
  return null;
}

function isSpam(mail: ParsedInboundMail): boolean {
  const flag = mail.headers['x-spam-flag'] ?? '';
  const status = mail.headers['x-spam-status'] ?? '';
  const spam = mail.headers['x-spam'] ?? '';
  return /^\s*yes\b/i.test(flag) || /^\s*yes\b/i.test(status) || /^\s*yes\b/i.test(spam);
}

/** Subjects that on their own mark a mail as automatic (they start the subject, never after "Re:"). */
const AUTO_REPLY_SUBJECT =
  /^\s*(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|away from (the )?office|automaattinen vastaus|poissaolo|automaatvastus|automaatne vastus|fraværsmelding|automatisk svar|automatiskt svar|autosvar|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática)(?![\p{L}\p{N}])/iu;
/** The same words anywhere in the subject: only a hint, confirmed by X-Auto-Response-Suppress or an empty Return-Path. */
const AUTO_REPLY_SUBJECT_HINT =
  /(out of (the )?office|automatic reply|auto[- ]?reply|automaattinen vastaus|poissaolo|automaatvastus|fraværsmelding|autosvar|abwesenheitsnotiz|automatische antwort)/i;

function isAutoReply(mail: ParsedInboundMail): boolean {
  const headers = mail.headers;
  const autoSubmitted = headers['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted && !/^no\b/.test(autoSubmitted)) return true;
  if (/^\s*(bulk|list|junk|auto_reply)\b/i.test(headers['precedence'] ?? '')) return true;
  if (headers['x-autoreply'] !== undefined || headers['x-autorespond'] !== undefined) return true;
  if (/^\s*(AutoReply|OOF|OutOfOffice)/i.test(headers['x-ms-exchange-generated-message-kind'] ?? '')) return true;
  if (headers['x-ms-exchange-inbox-rules-loop'] !== undefined) return true;
  if (AUTO_REPLY_SUBJECT.test(mail.subject)) return true;
  // X-Auto-Response-Suppress asks *us* not to auto-reply. Outlook and many apps also put it on mail a
  // person wrote, so it never decides alone; it only confirms a subject that mentions an absence.
  const nullReturnPath = headers['return-path'] !== undefined && /^\s*(<\s*>)?\s*$/.test(headers['return-path']);
  const weakHint = headers['x-auto-response-suppress'] !== undefined || nullReturnPath;
  return weakHint && AUTO_REPLY_SUBJECT_HINT.test(mail.subject);
}

function unfold(headers: string): string {
  return headers.replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
