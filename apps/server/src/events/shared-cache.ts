import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';

/** The NOTIFY channel that tells every instance to drop cached entries. */
export const CACHE_CHANNEL = 'tuki_cache';

/**
 * Caches kept per process: who an API token or session is, which events a workspace's webhooks
 * want, mailboxes (inbound mail routing), and view counts (dropped on every ticket event).
 */
export type CacheName = 'auth' | 'webhooks' | 'mailboxes' | 'viewCounts';

type Entry = { value: unknown; expiresAt: number };
const caches = new Map<CacheName, Map<string, Entry>>([
  ['auth', new Map()],
  ['webhooks', new Map()],
  ['mailboxes', new Map()],
  ['viewCounts', new Map()],
]);
/** Loads in progress: concurrent misses on one key share one load. */
const loading = new Map<string, Promise<unknown>>();
/** Bumped on every invalidation of a cache, so loads that started before it are not stored. */
const generations = new Map<CacheName, number>();
const MAX_ENTRIES = 50_000;

/**
 * Returns the cached value for `key`, loading it on a miss. Entries live `ttlMs` at most and are
 * dropped on every instance as soon as a change is published with `invalidateShared`.
 */
export async function cached<T>(name: CacheName, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const cache = caches.get(name)!;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.value as T;
  const loadKey = `${name}\u0000${key}`;
  const inFlight = loading.get(loadKey);
  if (inFlight) return inFlight as Promise<T>;
  const generation = generations.get(name) ?? 0;
  const promise = load()
    .then((value) => {
      // A load that overlapped an invalidation may hold stale data: serve it, but do not keep it.
      if ((generations.get(name) ?? 0) === generation) {
        if (cache.size >= MAX_ENTRIES) cache.clear();
        cache.set(key, { value, expiresAt: Date.now() + ttlMs });
      }
      return value;
    })
    .finally(() => {
      if (loading.get(loadKey) === promise) loading.delete(loadKey);
    });
  loading.set(loadKey, promise);
  return promise;
}

/** Drops every entry of a cache whose key starts with `prefix`, in this process. */
export function invalidateLocalPrefix(name: CacheName, prefix: string): void {
  generations.set(name, (generations.get(name) ?? 0) + 1);
  const cache = caches.get(name)!;
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
  for (const key of loading.keys()) if (key.startsWith(`${name}\u0000${prefix}`)) loading.delete(key);
}

/** Drops a cache (or one key of it) in this process. */
export function invalidateLocal(name: CacheName, key?: string): void {
  if (key === undefined) return invalidateLocalPrefix(name, '');
  generations.set(name, (generations.get(name) ?? 0) + 1);
  loading.delete(`${name}\u0000${key}`);
  caches.get(name)?.delete(key);
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
