import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMail } from './parse-mail.ts';
import { classifyInboundMail } from './classify-inbound-mail.ts';
import { extractReply } from './extract-reply.ts';

type Expected = {
  kind: string;
  subject?: string;
  from?: string;
  fromName?: string;
  to?: string[];
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
  ticketRef?: string | null;
  ticketNumber?: { number: number; prefix: string | null } | null;
  hasHtml?: boolean;
  textContains?: string[];
  textExcludes?: string[];
  visibleText?: string;
  visibleTextContains?: string[];
  visibleTextExcludes?: string[];
  quotedText?: string;
  quotedTextContains?: string[];
  signature?: string;
  bounceRecipients?: string[];
  failedMessageId?: string | null;
  attachments?: { count: number; filenames: string[]; inline?: string[]; contentIds?: string[] };
};

const folder = new URL('./fixtures/', import.meta.url);
const names = readdirSync(folder).filter((file) => file.endsWith('.eml')).map((file) => file.slice(0, -4)).sort();
const ctx = { ownAddresses: ['support@tuki.example'], ownMessageIdDomain: 'tuki.example' };

describe('inbound mail fixtures', () => {
  it('has an expectation for each of at least 25 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const name of names) expect(readdirSync(folder)).toContain(`${name}.expected.json`);
  });

  it.each(names)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8')) as Expected;
    const mail = await parseMail(readFileSync(new URL(`${name}.eml`, folder)));
    const decision = classifyInboundMail(mail, ctx);
    const reply = extractReply(mail.text, mail.html);

    expect(decision.kind).toBe(expected.kind);
    if (expected.subject !== undefined) expect(mail.subject).toBe(expected.subject);
    if (expected.from !== undefined) expect(mail.from?.address).toBe(expected.from);
    if (expected.fromName !== undefined) expect(mail.from?.name).toBe(expected.fromName);
    if (expected.to !== undefined) expect(mail.to.map((entry) => entry.address)).toEqual(expected.to);
    if (expected.messageId !== undefined) expect(mail.messageId).toBe(expected.messageId);
    if (expected.inReplyTo !== undefined) expect(mail.inReplyTo).toBe(expected.inReplyTo);
    if (expected.references !== undefined) expect(mail.references).toEqual(expected.references);
    if (expected.hasHtml !== undefined) expect(mail.html !== null).toBe(expected.hasHtml);
    for (const part of expected.textContains ?? []) expect(mail.text).toContain(part);
    for (const part of expected.textExcludes ?? []) expect(mail.text).not.toContain(part);

    if (decision.kind === 'message') {
      if (expected.ticketRef !== undefined) expect(decision.ticketRef).toBe(expected.ticketRef);
      if (expected.ticketNumber !== undefined) expect(decision.ticketNumber).toEqual(expected.ticketNumber);
    }
    if (decision.kind === 'bounce') {
      if (expected.bounceRecipients !== undefined) expect(decision.recipients).toEqual(expected.bounceRecipients);
      if (expected.failedMessageId !== undefined) expect(decision.failedMessageId).toBe(expected.failedMessageId);
    }

    if (expected.visibleText !== undefined) expect(reply.visibleText).toBe(expected.visibleText);
    for (const part of expected.visibleTextContains ?? []) expect(reply.visibleText).toContain(part);
    for (const part of expected.visibleTextExcludes ?? []) expect(reply.visibleText).not.toContain(part);
    if (expected.quotedText !== undefined) expect(reply.quotedText).toBe(expected.quotedText);
    for (const part of expected.quotedTextContains ?? []) expect(reply.quotedText).toContain(part);
    if (expected.signature !== undefined) expect(reply.signature).toBe(expected.signature);
    expect(reply.visibleText.length).toBeGreaterThan(0);

    if (expected.attachments) {
      expect(mail.attachments).toHaveLength(expected.attachments.count);
      expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(expected.attachments.filenames);
      if (expected.attachments.inline) {
        expect(mail.attachments.filter((attachment) => attachment.inline).map((attachment) => attachment.filename)).toEqual(expected.attachments.inline);
      }
      if (expected.attachments.contentIds) {
        expect(mail.attachments.map((attachment) => attachment.contentId).filter(Boolean)).toEqual(expected.attachments.contentIds);
      }
      for (const attachment of mail.attachments) expect(attachment.size).toBe(attachment.content.length);
    }
  });
});
