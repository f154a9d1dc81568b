import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { findUserForAssignment } from '../users/queries.ts';
import { findGroup, isGroupMember } from '../groups/queries.ts';

const LANGUAGE_CONFIGS: Record<string, string> = { en: 'tuki_en', fi: 'tuki_fi', et: 'tuki_et', nb: 'tuki_nb' };

/**
 * The same mapping in SQL, for statements that learn the language only in the database.
 * `language` must be constant SQL (a column reference), so statements using it can be prepared.
 */
export function searchConfigSql(language: SQL): SQL {
  const cases = Object.entries(LANGUAGE_CONFIGS).map(([code, config]) => `when '${code}' then '${config}'`).join(' ');
  return sql`(case ${language} ${sql.raw(cases)} else 'simple' end)::regconfig`;
}

/** The text search configuration for a content language. */
export function searchConfig(language: string): string {
  return LANGUAGE_CONFIGS[language] ?? 'simple';
}

/** Lower-cases, trims and de-duplicates tags. */
export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))].sort();
}

/** Checks that the assignee is an active agent of the workspace and, with a group, a member of it. */
export async function assertAssignable(db: Db, workspaceId: string, assigneeId: string | null, groupId: string | null): Promise<void> {
  if (groupId && !(await findGroup(db, workspaceId, groupId))) throw new AppError('validation_failed', 'groupId: no such group in this workspace');
  if (!assigneeId) return;
  const user = await findUserForAssignment(db, workspaceId, assigneeId);
  if (!user) throw new AppError('validation_failed', 'assigneeId: no such user in this workspace');
  if (!user.active || user.role === 'read-only') throw new AppError('validation_failed', 'assigneeId: the user is deactivated or read-only and cannot be assigned');
  if (groupId && !(await isGroupMember(db, groupId, assigneeId))) {
    throw new AppError('validation_failed', 'assigneeId: the assignee is not a member of the ticket group');
  }
}
