import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { inboundEmails } from '../../db/schema/index.ts';
import { systemActor, type Services } from '../../lib/context.ts';
import type { JobName, JobPayloads, Queue } from '../../lib/queue.ts';
import {
  claimDueInboundEmails,
  claimPendingParents,
  countRecentInboundBySender,
  findOwnAddresses,
  getCachedMailboxById,
  type ClaimedInboundEmail,
  type MailboxRow,
} from '../../modules/mailboxes/queries.ts';
import { decideInboundEmail, failedOutcome, recordInboundOutcomes, type InboundOutcome, type InboundVerdict } from '../../modules/mailboxes/commands/settle-inbound-email.ts';
import { lockEmailThreads, threadKeys } from '../../modules/conversations/email-thread.ts';
import { lookupIds, prefetchEmailThreads } from '../../modules/conversations/email-thread-cache.ts';
import type { StoredAttachment } from '../../modules/attachments/commands/record-stored-attachments.ts';
import { placeAttachmentContent } from '../../modules/attachments/content.ts';
import { parseMail, type ParsedInboundMail } from './parse-mail.ts';
import { classifyInboundMail } from './classify-inbound-mail.ts';
import { extractReply } from './extract-reply.ts';
import { sanitizeMailHtml } from './sanitize-mail-html.ts';
import { emailDomain } from './email-domain.ts';

/** How many unsettled parents a batch may claim on top of its own mails (and their parents, …) to process them first. */
const MAX_PARENTS_FIRST = 20;

type Item = { row: ClaimedInboundEmail; mail: ParsedInboundMail | null; parseError: string | null };

/** What one batch did: how many mails it claimed and what became of each. */
export type InboundBatchResult = { claimed: number; outcomes: InboundOutcome[] };

/** Thrown inside an optimistic batch when one mail fails: the batch is rolled back and run again with a savepoint per mail. */
class IsolateMails extends Error {}

type Job = { name: JobName; data: JobPayloads[JobName] };

/**
 * Processes stored inbound mail in one transaction: claims it (locking the rows, so no other worker takes it and a
 * crashed worker leaves it due), parses it, claims the unsettled parents it refers to so they go first, takes the
 * thread locks of all of it at once, and hands each mail to the mailbox rules. Jobs the mails enqueue and their
 * outcomes are written with one statement each at the end.
 *
 * The first run is optimistic: no savepoints. If a mail fails, everything is rolled back and the batch runs again with
 * a savepoint per mail (`isolate`), so the failing mail is recorded as failed (retried with backoff) and the others go on.
 */
async function runBatch(services: Services, claim: (db: Db) => Promise<ClaimedInboundEmail[]>, claimedRows: ClaimedInboundEmail[], isolate = false): Promise<InboundBatchResult> {
  try {
    return await services.db.transaction(async (transaction) => {
      const db = transaction as unknown as Db;
      const items = new Map<string, Item>();
      const add = async (rows: ClaimedInboundEmail[]) => {
        claimedRows.push(...rows);
        const parsed = await Promise.all(rows.map((row) => parseMail(row.raw).then((mail) => ({ mail, parseError: null }), (error: unknown) => ({ mail: null, parseError: describe(error) }))));
        rows.forEach((row, index) => items.set(row.id, { row, ...parsed[index] }));
      };
      const claimed = await claim(db);
      if (!claimed.length) return { claimed: 0, outcomes: [] };
      await add(claimed);
      for (let frontier = claimed; frontier.length && items.size < claimed.length + MAX_PARENTS_FIRST; ) {
        const referenced = frontier.flatMap((row) => {
          const mail = items.get(row.id)?.mail;
          return mail ? [mail.inReplyTo ?? '', ...mail.references] : [];
        });
        const parents = await claimPendingParents(db, { mailboxIds: frontier.map((row) => row.mailboxId), messageIds: referenced, excludeIds: [...items.keys()] });
        await add(parents);
        frontier = parents;
      }

      const ordered = parentsFirst([...items.values()]);
      const messages = ordered.filter((item): item is Item & { mail: ParsedInboundMail } => item.mail !== null);
      // Thread keys serialise a reply and its parent; the sender's key serialises creating the same new contact.
      await lockEmailThreads(db, messages.map((item) => ({ workspaceId: item.row.workspaceId, keys: [...threadKeys(item.mail), `from:${senderOf(item)}`] })));
      const since = new Date(Date.now() - services.config.emailRateWindowSeconds * 1000);
      const senders = messages.map((item) => ({ workspaceId: item.row.workspaceId, fromAddress: senderOf(item) })).filter((sender): sender is { workspaceId: string; fromAddress: string } => Boolean(sender.fromAddress));
      const recent = await countRecentInboundBySender(db, senders, since);
      const ownAddresses = await findOwnAddresses(db);
      // Read after the locks: the senders' contacts and every Message-ID the mails name, for the whole batch at once.
      const threads = await prefetchEmailThreads(db, messages.map((item) => ({ workspaceId: item.row.workspaceId, fromAddress: senderOf(item), messageIds: lookupIds(item.mail) })));

      const outcomes: InboundOutcome[] = [];
      const jobs: Job[] = [];
      for (const item of ordered) {
        if (!item.mail) {
          // Parsing is deterministic: retrying the same bytes cannot help, so it waits for an admin (who may retry after a fix).
          outcomes.push(failedOutcome(item.row, `parse: ${item.parseError}`, { final: true }));
          continue;
        }
        const mail = item.mail;
        const fromAddress = senderOf(item);
        const inWindow = item.row.receivedAt > since ? 1 : 0;
        const mailJobs: Job[] = [];
        const decide = async (mailDb: Db) => {
          const mailbox = await getCachedMailboxById(db, item.row.mailboxId);
          const queue: Queue = { ...services.queue, enqueue: async (jobDb, name, data, options) => (options ? services.queue.enqueue(jobDb, name, data, options) : void mailJobs.push({ name, data })) };
          const ctx = { ...services, db: mailDb, queue, actor: systemActor(mailbox.workspaceId, 'Email') };
          return decideInboundEmail(ctx, {
            id: item.row.id,
            fromAddress,
            subject: mail.subject,
            verdict: await judge(services, mailbox, item.row.id, mail, ownAddresses),
            forced: Boolean(item.row.reason?.startsWith('retried_')),
            earlierFromSender: fromAddress ? (recent.get(`${item.row.workspaceId} ${fromAddress}`) ?? inWindow) - inWindow : 0,
            threads,
          });
        };
        const restore = isolate ? threads.checkpoint() : null;
        try {
          outcomes.push(isolate ? await db.transaction((savepoint) => decide(savepoint as unknown as Db)) : await decide(db));
          jobs.push(...mailJobs);
        } catch (error) {
          if (!isolate) throw new IsolateMails(describe(error), { cause: error });
          // Its savepoint is rolled back: so is what the cache learnt from it.
          restore?.();
          outcomes.push(failedOutcome(item.row, describe(error)));
        }
      }
      for (const name of new Set(jobs.map((job) => job.name))) {
        await services.queue.enqueueMany(db, name, jobs.filter((job) => job.name === name).map((job) => job.data));
      }
      await recordInboundOutcomes(db, outcomes);
      return { claimed: items.size, outcomes };
    });
  } catch (error) {
    if (!(error instanceof IsolateMails)) throw error;
    const ids = [...new Set(claimedRows.map((row) => row.id))];
    claimedRows.length = 0;
    return runBatch(services, (db) => claimDueInboundEmails(db, { limit: ids.length, ids }), claimedRows, true);
  }
}

/**
 * Processes up to `limit` due mails (oldest first) in one batch; returns what it claimed (`onClaimed` hears how many as
 * soon as they are claimed, before processing). When the batch's transaction
 * fails as a whole (nothing of it was written), each claimed mail is processed again alone, so one bad mail only fails
 * itself and the others are not held up.
 */
export async function processDueInboundEmails(services: Services, { limit, onClaimed }: { limit: number; onClaimed?: (count: number) => void }): Promise<InboundBatchResult> {
  const claimedRows: ClaimedInboundEmail[] = [];
  try {
    return await runBatch(
      services,
      async (db) => {
        const rows = await claimDueInboundEmails(db, { limit });
        onClaimed?.(rows.length);
        return rows;
      },
      claimedRows,
    );
  } catch (error) {
    if (!claimedRows.length) throw error;
    const outcomes: InboundOutcome[] = [];
    for (const row of claimedRows) {
      const alone = await processInboundEmail(services, row.id).catch(() => null);
      outcomes.push(...(alone?.outcomes ?? []));
    }
    // Nothing could be processed even alone (the database is failing): let the lane back off instead of spinning.
    if (!outcomes.length) throw error;
    return { claimed: claimedRows.length, outcomes };
  }
}

/**
 * Processes one stored mail now, whatever its schedule (with the unsettled parents it refers to); settled mail is left
 * alone. If its transaction fails as a whole, the mail is recorded as failed (retried with backoff) and the error thrown.
 */
export async function processInboundEmail(services: Services, inboundEmailId: string): Promise<InboundBatchResult> {
  try {
    return await runBatch(services, (db) => claimDueInboundEmails(db, { limit: 1, ids: [inboundEmailId] }), []);
  } catch (error) {
    await recordWholeFailure(services.db, inboundEmailId, describe(error));
    throw error;
  }
}

async function recordWholeFailure(db: Db, id: string, error: string): Promise<void> {
  const [row] = await db
    .select({ id: inboundEmails.id, status: inboundEmails.status, attempts: inboundEmails.attempts, fromAddress: inboundEmails.fromAddress, subject: inboundEmails.subject })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, id))
    .limit(1);
  if (row && (row.status === 'received' || row.status === 'failed')) await recordInboundOutcomes(db, [failedOutcome(row, error)]);
}

/** Orders a batch so every mail comes after the batch's mails it refers to (parents first), otherwise oldest first. */
function parentsFirst(items: Item[]): Item[] {
  const sorted = [...items].sort((a, b) => a.row.receivedAt.getTime() - b.row.receivedAt.getTime());
  const byMessageId = new Map(sorted.map((item) => [`${item.row.mailboxId} ${item.row.messageId}`, item]));
  const done = new Set<Item>();
  const ordered: Item[] = [];
  const visit = (item: Item, depth: number) => {
    if (done.has(item)) return;
    done.add(item);
    if (item.mail && depth < 50) {
      for (const ref of [item.mail.inReplyTo ?? '', ...item.mail.references]) {
        const parent = byMessageId.get(`${item.row.mailboxId} ${ref}`);
        if (parent) visit(parent, depth + 1);
      }
    }
    ordered.push(item);
  };
  for (const item of sorted) visit(item, 0);
  return ordered;
}

function senderOf(item: Item): string | null {
  return item.mail?.from?.address.toLowerCase() ?? item.row.fromAddress;
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
    const placed = await placeAttachmentContent(services.storage, part.content);
    stored.push({
      id: randomUUID(),
      ...placed,
      filename: (part.filename ?? `attachment-${index + 1}${extensionOf(part.contentType)}`).slice(0, 255),
      contentType: part.contentType,
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
