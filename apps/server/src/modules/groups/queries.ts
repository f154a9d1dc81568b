import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { groupMembers, groups } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** A group, or undefined. */
export async function findGroup(db: Db, workspaceId: string, groupId: string) {
  const [row] = await db.select().from(groups).where(and(eq(groups.workspaceId, workspaceId), eq(groups.id, groupId))).limit(1);
  return row;
}

/** Loads a group; throws not_found. */
export async function getGroup(db: Db, workspaceId: string, groupId: string) {
  return found(await findGroup(db, workspaceId, groupId), 'Group');
}

/** True when the user is a member of the group. */
export async function isGroupMember(db: Db, groupId: string, userId: string): Promise<boolean> {
  const rows = await db.select({ userId: groupMembers.userId }).from(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId))).limit(1);
  return rows.length > 0;
}

/** All groups of a workspace with their member ids. */
export async function findGroups(db: Db, workspaceId: string) {
  const rows = await db.select().from(groups).where(eq(groups.workspaceId, workspaceId)).orderBy(asc(groups.name));
  const members = rows.length ? await db.select().from(groupMembers).where(inArray(groupMembers.groupId, rows.map((row) => row.id))) : [];
  return rows.map((row) => ({ ...row, memberIds: members.filter((member) => member.groupId === row.id).map((member) => member.userId) }));
}

/** Member ids of one group. */
export async function findGroupMemberIds(db: Db, groupId: string): Promise<string[]> {
  const rows = await db.select({ userId: groupMembers.userId }).from(groupMembers).where(eq(groupMembers.groupId, groupId));
  return rows.map((row) => row.userId);
}
