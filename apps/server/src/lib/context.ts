import { PgTransaction } from 'drizzle-orm/pg-core';
import type { UserRole } from '@tuki/shared';
import type { Db } from '../db/client.ts';
import type { Queue } from './queue.ts';
import type { Storage } from './storage.ts';
import type { Config } from '../config.ts';

/** Who is acting: a signed-in user (session or API token) or the system itself (jobs, channels). */
export type Actor =
  | { kind: 'user'; id: string; workspaceId: string; role: UserRole; name: string; via: 'session' | 'token' }
  | { kind: 'system'; workspaceId: string; name: string };

/** Long-lived services shared by every command. */
export type Services = {
  db: Db;
  queue: Queue;
  storage: Storage;
  config: Config;
};

/** What a command runs with: the acting party and the services; `db` may be a transaction. */
export type CommandContext = Services & { actor: Actor };

/** Runs `fn` in one transaction, giving it a context whose `db` is the transaction. */
export async function inTransaction<T>(ctx: CommandContext, fn: (tx: CommandContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx as unknown as Db }));
}

/**
 * Runs `fn` in the caller's transaction when `ctx.db` already is one (no savepoint: the caller decides what an error
 * rolls back), otherwise in a new transaction. For commands whose writes must be atomic but that callers also compose.
 */
export async function withinTransaction<T>(ctx: CommandContext, fn: (tx: CommandContext) => Promise<T>): Promise<T> {
  return ctx.db instanceof PgTransaction ? fn(ctx) : inTransaction(ctx, fn);
}

/** The id of the acting user, or null for the system. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

/** A system actor for background work in a workspace. */
export function systemActor(workspaceId: string, name = 'Tuki'): Actor {
  return { kind: 'system', workspaceId, name };
}
