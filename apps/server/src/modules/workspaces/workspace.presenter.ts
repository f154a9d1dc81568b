import type { Language } from '@tuki/shared';
import type { workspaces } from '../../db/schema/index.ts';

/** Workspace row → API shape. */
export function presentWorkspace(row: typeof workspaces.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    timeZone: row.timeZone,
    languages: row.languages as Language[],
    defaultLanguage: row.defaultLanguage as Language,
    createdAt: row.createdAt.toISOString(),
  };
}
