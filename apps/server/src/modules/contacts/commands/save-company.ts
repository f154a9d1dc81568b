import { eq } from 'drizzle-orm';
import type { CompanyBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { companies } from '../../../db/schema/index.ts';

/** Creates a company or changes one. */
export async function saveCompany(ctx: CommandContext, input: CompanyBody, existing?: typeof companies.$inferSelect) {
  const values = {
    name: input.name.trim(),
    ...(input.domain !== undefined ? { domain: input.domain?.trim().toLowerCase() || null } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
  const [row] = existing
    ? await ctx.db.update(companies).set(values).where(eq(companies.id, existing.id)).returning()
    : await ctx.db.insert(companies).values({ ...values, workspaceId: ctx.actor.workspaceId }).returning();
  return row;
}
