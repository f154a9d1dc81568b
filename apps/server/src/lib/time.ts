import { AppError } from './errors.ts';

/** Throws validation_failed unless `zone` is an IANA time zone this runtime knows. */
export function assertTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new AppError('validation_failed', `Unknown time zone "${zone}"; use an IANA name such as Europe/Helsinki`);
  }
}

/** An ISO string, or null for a missing date. */
export function iso(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
