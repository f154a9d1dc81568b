import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { groupMembers, users } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** Loads a user in a workspace; throws not_found. */
export async function getUser(db: Db, workspaceId: string, userId: string) {
  const [row] = await db.select().from(users).where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId))).limit(1);
  return found(row, 'User');
}

/** Lists a workspace's users by name, cursor-paginated by id order within name. */
export async function findUsers(db: Db, workspaceId: string, { limit = 200, after }: { limit?: number; after?: string } = {}) {
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), after ? gt(users.id, after) : undefined))
    .orderBy(asc(users.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1].id : null };
}

/** Of the given ids, those that are active users of the workspace. */
export async function findActiveUserIds(db: Db, workspaceId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids), eq(users.active, true)));
  return rows.map((row) => row.id);
}

/** The active users of a workspace with any of these e-mail addresses (case-insensitive), with their addresses in lower case. */
export async function findActiveUsersByEmail(db: Db, workspaceId: string, emails: string[]): Promise<{ id: string; email: string }[]> {
  const lower = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  if (!lower.length) return [];
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.active, true), inArray(sql`lower(${users.email})`, lower)));
  return rows.map((row) => ({ id: row.id, email: row.email.toLowerCase() }));
}

/** The ids of the groups a user belongs to. */
export async function findUserGroupIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ groupId: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId));
  return rows.map((row) => row.groupId);
}

/** The role and state of a user, to check whether tickets can be assigned to them; undefined when not in the workspace. */
export async function findUserForAssignment(db: Db, workspaceId: string, userId: string) {
  const [row] = await db.select({ role: users.role, active: users.active }).from(users).where(and(eq(users.id, userId), eq(users.workspaceId, workspaceId))).limit(1);
  return row;
}
