import { createHash } from 'node:crypto';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import type { TicketPosition, TicketSortField } from './queries.ts';

/** What a ticket list cursor belongs to: the list (a view id or a filter digest) and its order. */
export type TicketListKey = { list: string; sortBy: TicketSortField; sortOrder: 'asc' | 'desc' };

type Stored = { l: string; s: string; o: string; v: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d{1,19}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d){0,2}|Z)?$/;

function isRealTimestamp(value: string): boolean {
  if (!TIMESTAMP.test(value)) return false;
  const [year, month, day, hour, minute, second] = value.split(/[-T :.+]/).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
}

function misuse(): never {
  throw new AppError('validation_failed', 'The cursor belongs to another list or sort order; start again without a cursor');
}

/** A short stable digest of a list's filter, so a cursor cannot be replayed on another list. */
export function listDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

/** Encodes where a ticket page ended. */
export function encodeTicketCursor(key: TicketListKey, position: TicketPosition): string {
  const stored: Stored = { l: key.list, s: key.sortBy, o: key.sortOrder, v: position.value, id: position.id };
  return encodeCursor(stored);
}

/** Decodes a ticket cursor for this list and order; anything else is a validation error, never a database error. */
export function decodeTicketCursor(cursor: string, key: TicketListKey): TicketPosition {
  const stored = decodeCursor<Partial<Stored>>(cursor);
  if (stored.l !== key.list || stored.s !== key.sortBy || stored.o !== key.sortOrder) misuse();
  const { v: value, id } = stored;
  if (typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
  const valid =
    key.sortBy === 'number' || key.sortBy === 'priority' || key.sortBy === 'status'
      ? INTEGER.test(value)
      : value === 'infinity' || value === '-infinity' || isRealTimestamp(value);
  if (!valid) throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
  return { value, id };
}
