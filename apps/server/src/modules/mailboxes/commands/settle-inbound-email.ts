import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import { inboundEmails } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { receiveInboundEmail, type InboundEmailMessage } from '../../conversations/commands/receive-inbound-email.ts';
import type { EmailThreadCache } from '../../conversations/email-thread-cache.ts';
import { recordEmailBounce, type EmailBounce } from '../../conversations/commands/record-email-bounce.ts';
import type { InboundStatus } from '../queries.ts';

/** How the channel classified a parsed mail. */
export type InboundVerdict =
  | { kind: 'own-loop' }
  | { kind: 'spam' }
  | ({ kind: 'bounce' } & EmailBounce)
  | { kind: 'message' | 'auto-reply'; message: InboundEmailMessage };

/** What became of one stored mail, to be written back to its row (see `recordInboundOutcomes`). */
export type InboundOutcome = {
  id: string;
  status: InboundStatus;
  reason: string | null;
  ticketId: string | null;
  createdMessageId: string | null;
  fromAddress: string | null;
  subject: string | null;
  error: string | null;
  /** When to try a failed mail again; null when settled or when only an admin's retry may process it again. */
  nextAttemptAt: Date | null;
};

/** Retries of a failed mail, by attempts made so far: 5 s, 30 s, 2 min, 10 min, then it waits for an admin. */
const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];

/** The outcome of a mail whose processing failed: kept with its error, retried with backoff unless `final`. */
export function failedOutcome(row: { id: string; attempts: number; fromAddress: string | null; subject: string | null }, error: string, { final = false } = {}): InboundOutcome {
  const delay = final ? undefined : RETRY_DELAYS_MS[row.attempts];
  return {
    id: row.id,
    status: 'failed',
    reason: null,
    ticketId: null,
    createdMessageId: null,
    fromAddress: row.fromAddress,
    subject: row.subject,
    error: error.slice(0, 4000),
    nextAttemptAt: delay === undefined ? null : new Date(Date.now() + delay),
  };
}

/**
 * Applies the mailbox rules to a parsed inbound mail (loops, spam, bounces, the per-sender rate limit) and hands real
 * messages to the conversations module, inside the caller's transaction; returns the outcome without writing it.
 * `forced`: an admin retried mail judged spam or ignored, so those verdicts no longer hold it back. `threads`: what the
 * batch read up front for threading (see `prefetchEmailThreads`).
 */
export async function decideInboundEmail(
  ctx: CommandContext,
  { id, fromAddress, subject, verdict, forced, earlierFromSender, threads }: { id: string; fromAddress: string | null; subject: string; verdict: InboundVerdict; forced: boolean; earlierFromSender: number; threads?: EmailThreadCache },
): Promise<InboundOutcome> {
  const settle = (status: InboundStatus, reason: string | null, ticketId: string | null = null, createdMessageId: string | null = null): InboundOutcome => ({
    id,
    status,
    reason,
    ticketId,
    createdMessageId,
    fromAddress,
    subject: subject.slice(0, 1000),
    error: null,
    nextAttemptAt: null,
  });
  if (!forced && verdict.kind === 'own-loop') return settle('ignored', 'own_loop');
  if (!forced && verdict.kind === 'spam') return settle('spam', 'spam_flagged');
  if (verdict.kind === 'bounce') {
    const bounce = await recordEmailBounce(ctx, verdict);
    return settle('processed', 'bounce', bounce.ticketId);
  }
  if (verdict.kind !== 'message' && verdict.kind !== 'auto-reply') return settle('ignored', forced ? 'not_a_message' : verdict.kind);
  if (!forced && fromAddress && earlierFromSender + 1 > ctx.config.emailRateLimit) return settle('ignored', 'rate_limited');
  const outcome = await receiveInboundEmail(ctx, verdict.message, threads);
  if (outcome.result === 'ignored') return settle('ignored', outcome.reason, outcome.ticketId);
  return settle('processed', outcome.reason ?? (outcome.result === 'follow_up' ? 'follow_up' : null), outcome.ticketId, outcome.messageId);
}

/** Writes the outcomes of processed mails back to their rows, in one statement; each counts as one attempt. */
export async function recordInboundOutcomes(db: Db, outcomes: InboundOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  const values = outcomes.map((outcome) => ({
    id: outcome.id,
    status: outcome.status,
    reason: outcome.reason,
    ticket_id: outcome.ticketId,
    created_message_id: outcome.createdMessageId,
    from_address: outcome.fromAddress,
    subject: outcome.subject,
    error: outcome.error,
    settled: outcome.status !== 'failed',
    next_attempt_at: outcome.nextAttemptAt?.toISOString() ?? null,
  }));
  await queryRows(
    db,
    sql`
    update ${inboundEmails} i
    set status = v.status, reason = v.reason, ticket_id = v.ticket_id, created_message_id = v.created_message_id,
        from_address = coalesce(v.from_address, i.from_address), subject = coalesce(v.subject, i.subject), error = v.error,
        processed_at = case when v.settled then now() else i.processed_at end, attempts = i.attempts + 1, next_attempt_at = v.next_attempt_at
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, status text, reason text, ticket_id uuid, created_message_id uuid,
         from_address text, subject text, error text, settled boolean, next_attempt_at timestamptz)
    where i.id = v.id`,
    { prepare: 'tuki_record_inbound_outcomes' },
  );
}
