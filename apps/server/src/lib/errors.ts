import type { ErrorCode } from '@tuki/shared';

/** An expected failure with an API error code; the HTTP edge turns it into the error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Throws `not_found` when a value is missing; returns it otherwise. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new AppError('not_found', `${what} not found`);
  return value;
}

/** True when a database error is a unique-constraint violation (drizzle wraps the driver's error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: string; cause?: { code?: string } } | null;
  return failure?.code === '23505' || failure?.cause?.code === '23505';
}
