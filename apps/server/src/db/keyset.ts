import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The keyset condition "rows after this position" for a list sorted by (`sort`, `id`):
 * `asc` continues with larger values, `desc` with smaller ones; undefined (no condition) for the first page.
 */
export function keysetAfter<V>(sort: AnyPgColumn, id: AnyPgColumn, position: { value: V; id: string } | undefined, direction: 'asc' | 'desc'): SQL | undefined {
  if (!position) return undefined;
  const beyond = direction === 'asc' ? gt : lt;
  return or(beyond(sort, position.value), and(eq(sort, position.value), beyond(id, position.id)));
}
