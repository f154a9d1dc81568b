import { randomUUID } from 'node:crypto';
import type { Services } from '../../lib/context.ts';
import type { JobAttempt } from '../../lib/queue.ts';
import { findInboundEmailWithRaw, findOwnAddresses, findPendingParents, getCachedMailboxById, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { settleInboundEmail, type InboundVerdict } from '../../modules/mailboxes/commands/settle-inbound-email.ts';
import { failInboundEmail } from '../../modules/mailboxes/commands/fail-inbound-email.ts';
import type { StoredAttachment } from '../../modules/attachments/commands/record-stored-attachments.ts';
import { parseMail, type ParsedInboundMail } from './parse-mail.ts';
import { classifyInboundMail } from './classify-inbound-mail.ts';
import { extractReply } from './extract-reply.ts';
import { sanitizeMailHtml } from './sanitize-mail-html.ts';
import { emailDomain } from './email-domain.ts';

/** How many mails one job may process ahead of its own mail (its unsettled parents, their parents, …). */
const MAX_PARENTS_FIRST = 20;

/**
 * The `email.process` job: parses a stored mail, classifies it and hands it to the mailbox rules; failures stay stored
 * with their error. Parents it refers to that are stored but not settled yet are processed first, so a reply never
 * overtakes its parent (the conversations command also serialises mails of one thread and joins late parents).
 */
export async function processInboundEmail(
  services: Services,
  inboundEmailId: string,
  attempt: Pick<JobAttempt, 'isFinal'> = { isFinal: true },
  seen: Set<string> = new Set(),
): Promise<void> {
  const stored = await findInboundEmailWithRaw(services.db, inboundEmailId);
  if (!stored || !['received', 'failed'].includes(stored.status)) return;
  seen.add(stored.id);
  let mail: ParsedInboundMail;
  try {
    mail = await parseMail(stored.raw);
  } catch (error) {
    // Parsing is deterministic: retrying the same bytes cannot help, so it fails at once (an admin can retry after a fix).
    await failInboundEmail(services, inboundEmailId, `parse: ${describe(error)}`);
    return;
  }
  try {
    for (const parentId of await findPendingParents(services.db, stored, [mail.inReplyTo ?? '', ...mail.references])) {
      if (seen.has(parentId) || seen.size > MAX_PARENTS_FIRST) continue;
      // A parent that fails stays failed with its error (its own job retries it); this mail still goes on.
      await processInboundEmail(services, parentId, { isFinal: false }, seen).catch(() => undefined);
    }
    const mailbox = await getCachedMailboxById(services.db, stored.mailboxId);
    const ownAddresses = await findOwnAddresses(services.db);
    const verdict = await judge(services, mailbox, stored.id, mail, ownAddresses);
    await settleInboundEmail(services, { inboundId: stored.id, mailbox, fromAddress: mail.from?.address.toLowerCase() ?? stored.fromAddress, subject: mail.subject, verdict });
  } catch (error) {
    await failInboundEmail(services, inboundEmailId, describe(error));
    if (!attempt.isFinal) throw error;
  }
}

async function judge(services: Services, mailbox: MailboxRow, inboundId: string, mail: ParsedInboundMail, ownAddresses: string[]): Promise<InboundVerdict> {
  const decision = classifyInboundMail(mail, { ownAddresses, ownMessageIdDomain: emailDomain(services.config) });
  if (decision.kind === 'own-loop' || decision.kind === 'spam') return { kind: decision.kind };
  if (decision.kind === 'bounce') {
    return { kind: 'bounce', recipients: decision.recipients, failedMessageId: decision.failedMessageId, reason: `Bounced: ${mail.subject}`.slice(0, 500) };
  }
  if (!mail.from) throw new Error('The mail has no From address');
  const attachments = await storeAttachments(services, mail);
  const byContentId = new Map(attachments.filter((file) => file.contentId).map((file) => [file.contentId!, file.id]));
  const sanitized = mail.html
    ? sanitizeMailHtml(mail.html, { allowRemoteImages: false, cidUrl: (contentId) => (byContentId.has(contentId) ? `/api/v1/attachments/${byContentId.get(contentId)}` : null) })
    : null;
  const extracted = extractReply(mail.text, mail.html);
  return {
    kind: decision.kind === 'auto-reply' ? 'auto-reply' : 'message',
    message: {
      mailbox: { id: mailbox.id, address: mailbox.address, groupId: mailbox.groupId },
      inboundEmailId: inboundId,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      from: { address: mail.from.address.toLowerCase(), name: mail.from.name },
      to: mail.to.map((entry) => entry.address),
      cc: mail.cc.map((entry) => entry.address),
      subject: mail.subject,
      automatic: decision.kind === 'auto-reply',
      replyToken: decision.kind === 'message' ? decision.ticketRef : null,
      subjectTicketNumber: decision.kind === 'message' ? (decision.ticketNumber?.number ?? null) : null,
      body: {
        visibleText: extracted.visibleText,
        fullText: mail.text,
        quotedText: extracted.quotedText,
        signature: extracted.signature,
        html: sanitized?.html ?? null,
        blockedRemoteImages: sanitized?.blockedRemoteImages ?? 0,
      },
      attachments,
      ownAddresses,
      reopenClosedDays: services.config.emailReopenClosedDays,
    },
  };
}

async function storeAttachments(services: Services, mail: ParsedInboundMail): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const [index, part] of mail.attachments.entries()) {
    const put = await services.storage.put(part.content);
    stored.push({
      id: randomUUID(),
      storageKey: put.key,
      filename: (part.filename ?? `attachment-${index + 1}${extensionOf(part.contentType)}`).slice(0, 255),
      contentType: part.contentType,
      size: put.size,
      sha256: put.sha256,
      inline: part.inline,
      contentId: part.contentId,
    });
  }
  return stored;
}

function extensionOf(contentType: string): string {
  const known: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'application/pdf': '.pdf', 'message/rfc822': '.eml', 'text/plain': '.txt' };
  return known[contentType] ?? '.bin';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
