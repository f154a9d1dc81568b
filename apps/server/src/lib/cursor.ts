import { AppError } from './errors.ts';

/** Encodes a keyset position as an opaque cursor string. */
export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Decodes a cursor; a malformed one is a validation error, not a crash. */
export function decodeCursor<T extends Record<string, unknown>>(cursor: string): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as T;
  } catch {
    /* fall through */
  }
  throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
}
