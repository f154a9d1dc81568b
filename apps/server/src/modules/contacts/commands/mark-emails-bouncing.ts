import { and, eq, inArray } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { contactIdentities } from '../../../db/schema/index.ts';
import { normalizeEmail } from '../queries.ts';

/** Marks e-mail addresses of the acting workspace's contacts as bouncing; returns how many were known. */
export async function markEmailsBouncing(ctx: CommandContext, addresses: string[]): Promise<number> {
  const values = [...new Set(addresses.map(normalizeEmail))];
  if (!values.length) return 0;
  const marked = await ctx.db
    .update(contactIdentities)
    .set({ bouncingAt: new Date() })
    .where(and(eq(contactIdentities.workspaceId, ctx.actor.workspaceId), eq(contactIdentities.kind, 'email'), inArray(contactIdentities.value, values)))
    .returning({ id: contactIdentities.id });
  return marked.length;
}
