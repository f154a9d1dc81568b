import type { CommandContext } from '../../../lib/context.ts';
import { apiTokens } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';

/** Creates a personal API token for the acting user; the secret is returned once and stored only hashed. */
export async function createApiToken(ctx: CommandContext, { name }: { name: string }) {
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Only users can own API tokens');
  const token = randomSecret(32, 'tuki_');
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({ workspaceId: ctx.actor.workspaceId, userId: ctx.actor.id, name, prefix: token.slice(0, 12), tokenHash: sha256(token) })
    .returning();
  return { ...row, token };
}
