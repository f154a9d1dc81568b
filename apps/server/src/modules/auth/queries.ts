import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { UserRole } from '@tuki/shared';
import type { Db } from '../../db/client.ts';
import { apiTokens, sessions, users } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/context.ts';
import { sha256 } from '../../lib/secrets.ts';

/** A resolved session: the actor and the CSRF token that must accompany its writes. */
export type SessionActor = { actor: Actor; csrfToken: string; sessionId: string };

/** Finds the live session for a cookie value, or null. */
export async function findSessionActor(db: Db, cookieValue: string): Promise<SessionActor | null> {
  const [row] = await db
    .select({ sessionId: sessions.id, csrfToken: sessions.csrfToken, id: users.id, workspaceId: users.workspaceId, role: users.role, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sha256(cookieValue)), gt(sessions.expiresAt, new Date()), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    actor: { kind: 'user', id: row.id, workspaceId: row.workspaceId, role: row.role as UserRole, name: row.name, via: 'session' },
  };
}

/** Finds the user behind a live (not revoked) API token, or null; notes its use at most once a minute. */
export async function findTokenActor(db: Db, token: string): Promise<Actor | null> {
  const [row] = await db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, id: users.id, workspaceId: users.workspaceId, role: users.role, name: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.tokenId));
  }
  return { kind: 'user', id: row.id, workspaceId: row.workspaceId, role: row.role as UserRole, name: row.name, via: 'token' };
}

/** Lists a user's API tokens, newest first. */
export async function findApiTokens(db: Db, workspaceId: string, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.userId, userId)))
    .orderBy(sql`${apiTokens.createdAt} desc`);
}
