import { eq } from 'drizzle-orm';
import type { Language } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { workspaces } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { assertTimeZone } from '../../../lib/time.ts';
import type { UpdateWorkspaceBody } from '../workspace.schemas.ts';

type WorkspaceRow = typeof workspaces.$inferSelect;

/** The canonical IANA name of a zone (Europe/Helsinki for europe/helsinki); throws validation_failed for unknown or offset zones. */
function canonicalTimeZone(zone: string): string {
  if (!/^[A-Za-z]/.test(zone)) throw new AppError('validation_failed', `timeZone: unknown time zone "${zone}"; use an IANA name such as Europe/Helsinki`, { field: 'timeZone' });
  assertTimeZone(zone);
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** Changes a workspace's name, time zone and languages; the default language must be one of the languages. */
export async function updateWorkspace(ctx: CommandContext, workspace: WorkspaceRow, input: UpdateWorkspaceBody): Promise<WorkspaceRow> {
  const changes: Partial<typeof workspaces.$inferInsert> = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name) throw new AppError('validation_failed', 'name: cannot be blank', { field: 'name' });
    changes.name = name;
  }
  if (input.timeZone !== undefined) changes.timeZone = canonicalTimeZone(input.timeZone.trim());
  const languages = input.languages ? [...new Set(input.languages)] : (workspace.languages as Language[]);
  if (!languages.length) throw new AppError('validation_failed', 'languages: choose at least one language', { field: 'languages' });
  const defaultLanguage = input.defaultLanguage ?? (workspace.defaultLanguage as Language);
  if (!languages.includes(defaultLanguage)) {
    throw new AppError('validation_failed', `defaultLanguage: "${defaultLanguage}" must be one of the workspace languages (${languages.join(', ')})`, { field: 'defaultLanguage' });
  }
  if (input.languages) changes.languages = languages;
  if (input.defaultLanguage) changes.defaultLanguage = defaultLanguage;
  if (!Object.keys(changes).length) return workspace;
  const [row] = await ctx.db.update(workspaces).set(changes).where(eq(workspaces.id, workspace.id)).returning();
  return row;
}
