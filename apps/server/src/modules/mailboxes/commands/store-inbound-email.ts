import { and, eq } from 'drizzle-orm';
import { inboundEmails } from '../../../db/schema/index.ts';
import type { Services } from '../../../lib/context.ts';
import type { MailboxRow } from '../queries.ts';

/** What a transport hands over: the raw bytes and the key that makes redelivery idempotent. */
export type StoreInboundEmailInput = { mailbox: MailboxRow; raw: Buffer; source: 'smtp' | 'imap' | 'webhook'; messageId: string; fromAddress: string | null; subject: string | null };

/** Stores a raw inbound mail and enqueues its processing in one transaction; the same Message-ID in the same mailbox is stored once. */
export async function storeInboundEmail(services: Services, input: StoreInboundEmailInput): Promise<{ id: string; duplicate: boolean }> {
  return services.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(inboundEmails)
      .values({
        workspaceId: input.mailbox.workspaceId,
        mailboxId: input.mailbox.id,
        source: input.source,
        messageId: input.messageId,
        fromAddress: input.fromAddress,
        subject: input.subject,
        size: input.raw.length,
        raw: input.raw,
      })
      .onConflictDoNothing({ target: [inboundEmails.mailboxId, inboundEmails.messageId] })
      .returning({ id: inboundEmails.id });
    if (inserted) {
      await services.queue.enqueue(tx as unknown as Services['db'], 'email.process', { inboundEmailId: inserted.id });
      return { id: inserted.id, duplicate: false };
    }
    const [existing] = await tx
      .select({ id: inboundEmails.id })
      .from(inboundEmails)
      .where(and(eq(inboundEmails.mailboxId, input.mailbox.id), eq(inboundEmails.messageId, input.messageId)))
      .limit(1);
    return { id: existing.id, duplicate: true };
  });
}
