import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { messages } from '../../../db/schema/index.ts';

/** Delivery states of a message sent out through a channel (e-mail today). */
export type MessageDeliveryStatus = 'queued' | 'sent' | 'failed' | 'bounced';

/** Records how delivering a message went (the reason with failures); call inside the caller's transaction. */
export async function setMessageDelivery(
  db: Db,
  { workspaceId, messageId, status, error = null }: { workspaceId: string; messageId: string; status: MessageDeliveryStatus; error?: string | null },
): Promise<void> {
  await db
    .update(messages)
    .set({ deliveryStatus: status, deliveryError: error?.slice(0, 2000) ?? null })
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.id, messageId)));
}
