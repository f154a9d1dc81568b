import type { Language, UserRole, UserSchema } from '@tuki/shared';
import type { users } from '../../db/schema/index.ts';

/** User row → API shape (never the password hash). */
export function presentUser(row: typeof users.$inferSelect): UserSchema {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    email: row.email,
    name: row.name,
    role: row.role as UserRole,
    language: row.language as Language,
    timeZone: row.timeZone,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}
