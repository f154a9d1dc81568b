import { eq, sql } from 'drizzle-orm';
import { inboundEmails } from '../../../db/schema/index.ts';
import { inTransaction, systemActor, type Services } from '../../../lib/context.ts';
import { receiveInboundEmail, type InboundEmailMessage } from '../../conversations/commands/receive-inbound-email.ts';
import { recordEmailBounce, type EmailBounce } from '../../conversations/commands/record-email-bounce.ts';
import { countInboundFromSender, type InboundStatus, type MailboxRow } from '../queries.ts';

/** How the channel classified a parsed mail. */
export type InboundVerdict =
  | { kind: 'own-loop' }
  | { kind: 'spam' }
  | ({ kind: 'bounce' } & EmailBounce)
  | { kind: 'message' | 'auto-reply'; message: InboundEmailMessage };

/** Applies the mailbox rules to a parsed inbound mail (loops, spam, bounces, the per-sender rate limit) and records the outcome; runs once per stored mail. */
export async function settleInboundEmail(
  services: Services,
  { inboundId, mailbox, fromAddress, subject, verdict }: { inboundId: string; mailbox: MailboxRow; fromAddress: string | null; subject: string; verdict: InboundVerdict },
): Promise<{ status: InboundStatus; reason: string | null; ticketId: string | null } | null> {
  const ctx = { ...services, actor: systemActor(mailbox.workspaceId, 'Email') };
  return inTransaction(ctx, async (tx) => {
    const [current] = await tx.db
      .select({ status: inboundEmails.status, reason: inboundEmails.reason })
      .from(inboundEmails)
      .where(eq(inboundEmails.id, inboundId))
      .for('update');
    if (!current || !['received', 'failed'].includes(current.status)) return null;
    const forced = Boolean(current.reason?.startsWith('retried_'));
    const settle = async (status: InboundStatus, reason: string | null, ticketId: string | null = null, createdMessageId: string | null = null) => {
      await tx.db
        .update(inboundEmails)
        .set({ status, reason, ticketId, createdMessageId, fromAddress, subject: subject.slice(0, 1000), error: null, processedAt: new Date(), attempts: sql`${inboundEmails.attempts} + 1` })
        .where(eq(inboundEmails.id, inboundId));
      return { status, reason, ticketId };
    };
    if (!forced && verdict.kind === 'own-loop') return settle('ignored', 'own_loop');
    if (!forced && verdict.kind === 'spam') return settle('spam', 'spam_flagged');
    if (verdict.kind === 'bounce') {
      const bounce = await recordEmailBounce(tx, verdict);
      return settle('processed', 'bounce', bounce.ticketId);
    }
    if (verdict.kind !== 'message' && verdict.kind !== 'auto-reply') return settle('ignored', forced ? 'not_a_message' : verdict.kind);
    if (!forced && fromAddress) {
      const windowStart = new Date(Date.now() - services.config.emailRateWindowSeconds * 1000);
      const earlier = await countInboundFromSender(tx.db, mailbox.workspaceId, fromAddress, windowStart, inboundId);
      if (earlier + 1 > services.config.emailRateLimit) return settle('ignored', 'rate_limited');
    }
    const outcome = await receiveInboundEmail(tx, verdict.message);
    if (outcome.result === 'ignored') return settle('ignored', outcome.reason, outcome.ticketId);
    return settle('processed', outcome.reason ?? (outcome.result === 'follow_up' ? 'follow_up' : null), outcome.ticketId, outcome.messageId);
  });
}
