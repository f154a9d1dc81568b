import { describe, expect, it } from 'vitest';
import { classifyInboundMail, ticketNumberFromSubject, ticketRefFromAddresses } from './classify-inbound-mail.ts';
import type { InboundAttachment, ParsedInboundMail } from './parse-mail.ts';

const ctx = { ownAddresses: ['support@tuki.example', 'Billing@Tuki.example'], ownMessageIdDomain: 'tuki.example' };

function buildMail(overrides: Partial<ParsedInboundMail> = {}): ParsedInboundMail {
  return {
    messageId: 'abc@customer.example',
    inReplyTo: null,
    references: [],
    from: { address: 'anna@customer.example', name: 'Anna' },
    to: [{ address: 'support@tuki.example', name: '' }],
    cc: [],
    replyTo: [],
    subject: 'Question',
    date: '2026-03-10T09:00:00.000Z',
    text: 'Hello',
    html: null,
    headers: {},
    attachments: [],
    ...overrides,
  };
}

function part(contentType: string, content: string): InboundAttachment {
  return { filename: null, contentType, size: content.length, contentId: null, inline: false, content: Buffer.from(content) };
}

describe('classifyInboundMail', () => {
  it('treats an ordinary mail as a message', () => {
    expect(classifyInboundMail(buildMail(), ctx)).toEqual({ kind: 'message', ticketRef: null, ticketNumber: null });
  });

  it('finds the reply token and ticket number of a message', () => {
    const mail = buildMail({ to: [{ address: 'support+t-AbCd1234EfGh@tuki.example', name: '' }], subject: 'Re: [#77] Help' });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'message', ticketRef: 'AbCd1234EfGh', ticketNumber: { number: 77, prefix: null } });
  });

  it('uses a custom reply address pattern', () => {
    const mail = buildMail({ cc: [{ address: 'reply-Zz99Yy88Xx@in.tuki.example', name: '' }] });
    const decision = classifyInboundMail(mail, { ...ctx, replyAddressPattern: /^reply-([A-Za-z0-9]+)@in\.tuki\.example$/i });
    expect(decision).toMatchObject({ kind: 'message', ticketRef: 'Zz99Yy88Xx' });
  });

  it('detects our own address as sender, case-insensitively', () => {
    expect(classifyInboundMail(buildMail({ from: { address: 'billing@tuki.EXAMPLE', name: '' } }), ctx)).toEqual({ kind: 'own-loop' });
  });

  it('detects our own Message-ID domain but not a look-alike domain', () => {
    expect(classifyInboundMail(buildMail({ messageId: 'ticket-1@tuki.example' }), ctx)).toEqual({ kind: 'own-loop' });
    expect(classifyInboundMail(buildMail({ messageId: 'ticket-1@nottuki.example' }), ctx).kind).toBe('message');
  });

  it('lets a DSN from our own MTA through to bounce handling', () => {
    const mail = buildMail({
      messageId: '20260310.ABC@tuki.example',
      from: { address: 'MAILER-DAEMON@tuki.example', name: '' },
      headers: { 'content-type': 'multipart/report; report-type=delivery-status' },
      attachments: [part('message/delivery-status', 'Final-Recipient: rfc822; x@example.com\nAction: failed\n')],
    });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'bounce', recipients: ['x@example.com'], failedMessageId: null });
  });

  it('checks own-loop before everything else', () => {
    const mail = buildMail({ messageId: 'x@tuki.example', headers: { 'x-spam-flag': 'YES', 'auto-submitted': 'auto-replied' } });
    expect(classifyInboundMail(mail, ctx).kind).toBe('own-loop');
  });

  it('reads failed recipients and the original Message-ID from a DSN', () => {
    const mail = buildMail({
      from: { address: 'MAILER-DAEMON@mx.example', name: '' },
      subject: 'Delivery Status Notification (Failure)',
      headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary=x', 'x-spam-flag': 'YES' },
      attachments: [
        part('message/delivery-status', 'Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822;A@Example.com\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.com\nAction: delivered\n'),
        part('message/rfc822', 'From: support@tuki.example\nMessage-ID: <ticket-5-r1@tuki.example>\nSubject: hi\n\nbody'),
      ],
    });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'bounce', recipients: ['a@example.com'], failedMessageId: 'ticket-5-r1@tuki.example' });
  });

  it('falls back to Original-Recipient and X-Failed-Recipients', () => {
    const mail = buildMail({
      headers: { 'content-type': 'multipart/report; report-type="delivery-status"', 'x-failed-recipients': 'c@example.com' },
      attachments: [part('message/delivery-status', 'Original-Recipient: rfc822;b@example.com\nAction: failed\n')],
    });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'bounce', recipients: ['b@example.com', 'c@example.com'], failedMessageId: null });
  });

  it('treats a delay-only DSN as an automatic notice, not a bounce', () => {
    const mail = buildMail({
      headers: { 'content-type': 'multipart/report; report-type=delivery-status' },
      attachments: [part('message/delivery-status', 'Final-Recipient: rfc822; slow@example.com\nAction: delayed\nStatus: 4.4.7\n')],
    });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'auto-reply' });
  });

  it('recognises a plain-text bounce from postmaster by its subject', () => {
    const mail = buildMail({
      from: { address: 'postmaster@mail.example', name: '' },
      subject: 'Undeliverable: Your order',
      text: 'Delivery has failed to these recipients:\n\n    lost@example.org\n\nOriginal message headers:\nMessage-ID: <q-1@tuki.example>\n',
    });
    expect(classifyInboundMail(mail, ctx)).toEqual({ kind: 'bounce', recipients: ['lost@example.org'], failedMessageId: 'q-1@tuki.example' });
  });

  it('does not treat a human message from postmaster as a bounce', () => {
    const mail = buildMail({ from: { address: 'postmaster@shop.example', name: '' }, subject: 'Question about my account' });
    expect(classifyInboundMail(mail, ctx).kind).toBe('message');
  });

  it.each([
    [{ 'x-spam-flag': 'YES' }],
    [{ 'x-spam-status': 'Yes, score=9.1 required=5.0' }],
    [{ 'x-spam': 'yes' }],
  ])('detects spam headers %o', (headers) => {
    expect(classifyInboundMail(buildMail({ headers }), ctx)).toEqual({ kind: 'spam' });
  });

  it('ignores negative spam headers', () => {
    expect(classifyInboundMail(buildMail({ headers: { 'x-spam-flag': 'NO', 'x-spam-status': 'No, score=0.1' } }), ctx).kind).toBe('message');
  });

  it('puts spam before auto-reply', () => {
    expect(classifyInboundMail(buildMail({ headers: { 'x-spam-flag': 'YES', precedence: 'bulk' } }), ctx).kind).toBe('spam');
  });

  it.each([
    [{ 'auto-submitted': 'auto-replied' }],
    [{ 'auto-submitted': 'auto-generated' }],
    [{ precedence: 'bulk' }],
    [{ precedence: 'list' }],
    [{ precedence: 'junk' }],
    [{ precedence: 'auto_reply' }],
    [{ 'x-autoreply': 'yes' }],
    [{ 'x-autorespond': 'Out of office' }],
    [{ 'x-ms-exchange-generated-message-kind': 'AutoReply' }],
    [{ 'x-ms-exchange-inbox-rules-loop': 'someone@example.com' }],
  ])('detects automatic mail by headers %o', (headers) => {
    expect(classifyInboundMail(buildMail({ headers }), ctx)).toEqual({ kind: 'auto-reply' });
  });

  it('accepts Auto-Submitted: no as a human message', () => {
    expect(classifyInboundMail(buildMail({ headers: { 'auto-submitted': 'no' } }), ctx).kind).toBe('message');
  });

  it.each(['Out of office: Order 12', 'Automatic reply: Order 12', 'Automaattinen vastaus: Tilaus', 'Poissaolo 1.–15.7.', 'Automaatvastus: Arve', 'Fraværsmelding', 'Autosvar: Faktura', 'Automatiskt svar: Faktura', 'Abwesenheitsnotiz: Rechnung', 'Respuesta automática: Pedido'])(
    'detects the auto-reply subject "%s"',
    (subject) => {
      expect(classifyInboundMail(buildMail({ subject }), ctx)).toEqual({ kind: 'auto-reply' });
    },
  );

  it('does not treat a human reply that mentions an absence as automatic', () => {
    expect(classifyInboundMail(buildMail({ subject: 'Re: Out of office until Monday?' }), ctx).kind).toBe('message');
    expect(classifyInboundMail(buildMail({ subject: 'Poissaolojen kirjaus ei toimi' }), ctx).kind).toBe('message');
  });

  it('uses X-Auto-Response-Suppress only as a hint', () => {
    const outlookHuman = buildMail({ subject: 'RE: [#12] Invoice', headers: { 'x-auto-response-suppress': 'All' } });
    expect(classifyInboundMail(outlookHuman, ctx).kind).toBe('message');
    const confirmed = buildMail({ subject: 'RE: Order 12 (out of office)', headers: { 'x-auto-response-suppress': 'All' } });
    expect(classifyInboundMail(confirmed, ctx)).toEqual({ kind: 'auto-reply' });
  });

  it('confirms an absence subject by a null Return-Path', () => {
    const subject = 'Re: Tilaus 12 (poissaolo)';
    expect(classifyInboundMail(buildMail({ subject, headers: { 'return-path': '' } }), ctx)).toEqual({ kind: 'auto-reply' });
    expect(classifyInboundMail(buildMail({ subject, headers: { 'return-path': '<>' } }), ctx)).toEqual({ kind: 'auto-reply' });
    expect(classifyInboundMail(buildMail({ subject, headers: { 'return-path': 'anna@customer.example' } }), ctx).kind).toBe('message');
  });
});

describe('ticketRefFromAddresses', () => {
  it('extracts a token from plus-addressing', () => {
    expect(ticketRefFromAddresses(['other@example.com', 'Support+t-Abc123XYZ9@tuki.example'])).toBe('Abc123XYZ9');
    expect(ticketRefFromAddresses([{ address: 'support+t-abcdefgh@tuki.example', name: 'x' }])).toBe('abcdefgh');
  });

  it('rejects tokens that are too short, too long or not alphanumeric', () => {
    expect(ticketRefFromAddresses(['support+t-abc1234@tuki.example'])).toBeNull();
    expect(ticketRefFromAddresses([`support+t-${'a'.repeat(41)}@tuki.example`])).toBeNull();
    expect(ticketRefFromAddresses(['support+t-abcd_efgh@tuki.example'])).toBeNull();
    expect(ticketRefFromAddresses(['support+abcdefgh@tuki.example', 'support@tuki.example'])).toBeNull();
    expect(ticketRefFromAddresses([])).toBeNull();
  });
});

describe('ticketNumberFromSubject', () => {
  it('finds bracketed ticket numbers with an optional prefix', () => {
    expect(ticketNumberFromSubject('Re: [#1234] Refund')).toEqual({ number: 1234, prefix: null });
    expect(ticketNumberFromSubject('VS: Re: [ACME #99] Lasku')).toEqual({ number: 99, prefix: 'ACME' });
    expect(ticketNumberFromSubject('[Tuki-2 #5] x')).toEqual({ number: 5, prefix: 'Tuki-2' });
  });

  it('never matches bare numbers or other brackets', () => {
    expect(ticketNumberFromSubject('Order 1234 is late')).toBeNull();
    expect(ticketNumberFromSubject('#1234 is late')).toBeNull();
    expect(ticketNumberFromSubject('[1234] late')).toBeNull();
    expect(ticketNumberFromSubject('[# 1234] late')).toBeNull();
    expect(ticketNumberFromSubject('')).toBeNull();
  });
});
