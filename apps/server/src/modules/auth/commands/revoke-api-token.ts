import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { apiTokens } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { hasRole } from '../../../lib/roles.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';

/** Revokes an API token: its owner or an admin may. */
export async function revokeApiToken(ctx: CommandContext, { tokenId }: { tokenId: string }) {
  const [token] = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, ctx.actor.workspaceId)))
    .limit(1);
  if (!token) throw new AppError('not_found', 'API token not found');
  if (ctx.actor.kind === 'user' && token.userId !== ctx.actor.id && !hasRole(ctx.actor, 'admin')) {
    throw new AppError('forbidden', 'You can only revoke your own API tokens');
  }
  await ctx.db.update(apiTokens).set({ revokedAt: sql`now()` }).where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)));
  await invalidateShared(ctx.db, 'auth');
}
