import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';

/** The NOTIFY channel that tells every instance to drop cached entries. */
export const CACHE_CHANNEL = 'tuki_cache';

/** Caches kept per process: who an API token or session is, which events a workspace's webhooks want, and mailboxes (inbound mail routing). */
export type CacheName = 'auth' | 'webhooks' | 'mailboxes';

type Entry = { value: unknown; expiresAt: number };
const caches = new Map<CacheName, Map<string, Entry>>([
  ['auth', new Map()],
  ['webhooks', new Map()],
  ['mailboxes', new Map()],
]);
const MAX_ENTRIES = 50_000;

/**
 * Returns the cached value for `key`, loading it on a miss. Entries live `ttlMs` at most and are
 * dropped on every instance as soon as a change is published with `invalidateShared`.
 */
export async function cached<T>(name: CacheName, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const cache = caches.get(name)!;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.value as T;
  const value = await load();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { value, expiresAt: Date.now() + ttlMs });
  return value;
}

/** Drops a cache (or one key of it) in this process. */
export function invalidateLocal(name: CacheName, key?: string): void {
  if (key) caches.get(name)?.delete(key);
  else caches.get(name)?.clear();
}

/**
 * Drops a cache entry here and, once the caller's transaction commits, on every other instance.
 * Call it inside the transaction that changed the cached data.
 */
export async function invalidateShared(db: Db, name: CacheName, key?: string): Promise<void> {
  invalidateLocal(name, key);
  await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${JSON.stringify({ name, key: key ?? null })})`);
}

/** Subscribes this process to invalidations published by any instance; returns the unsubscribe function. */
export async function listenForInvalidations(database: Database): Promise<() => Promise<void>> {
  return database.listen(CACHE_CHANNEL, (payload) => {
    try {
      const { name, key } = JSON.parse(payload) as { name: CacheName; key: string | null };
      invalidateLocal(name, key ?? undefined);
    } catch {
      for (const cache of caches.values()) cache.clear();
    }
  });
}
