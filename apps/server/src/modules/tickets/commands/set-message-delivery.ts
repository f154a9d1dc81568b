import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { messages } from '../../../db/schema/index.ts';

/** Delivery states of a message sent out through a channel (e-mail today). */
export type MessageDeliveryStatus = 'queued' | 'sent' | 'failed' | 'bounced';

/** Who an e-mail went to, kept in the message's `metadata.email` so agents see it (blind copies included). */
export type MessageRecipients = { to: string[]; cc: string[]; bcc: string[] };

/** Records how delivering a message went (the reason with failures, the recipients once known); call inside the caller's transaction. */
export async function setMessageDelivery(
  db: Db,
  { workspaceId, messageId, status, error = null, recipients }: { workspaceId: string; messageId: string; status: MessageDeliveryStatus; error?: string | null; recipients?: MessageRecipients },
): Promise<void> {
  await db
    .update(messages)
    .set({
      deliveryStatus: status,
      deliveryError: error?.slice(0, 2000) ?? null,
      ...(recipients ? { metadata: sql`jsonb_set(${messages.metadata}, '{email}', coalesce(${messages.metadata}->'email', '{}'::jsonb) || ${JSON.stringify(recipients)}::jsonb)` } : {}),
    })
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.id, messageId)));
}
