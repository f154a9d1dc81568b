import type { UserRole } from '@tuki/shared';
import type { Actor } from './context.ts';
import { AppError } from './errors.ts';

const RANK: Record<UserRole, number> = { 'read-only': 0, agent: 1, supervisor: 2, admin: 3 };

/** True when the actor is the system or a user with at least `role`. */
export function hasRole(actor: Actor, role: UserRole): boolean {
  return actor.kind === 'system' || RANK[actor.role] >= RANK[role];
}

/** Throws `forbidden` unless the actor has at least `role`. */
export function requireRole(actor: Actor, role: UserRole, action: string): void {
  if (!hasRole(actor, role)) throw new AppError('forbidden', `You need the ${role} role to ${action}`);
}
