import { AppError } from '../../lib/errors.ts';

/** Throws validation_failed unless the URL is an absolute http(s) URL without credentials. */
export function assertWebhookUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('validation_failed', 'url: must be an absolute http:// or https:// URL', { field: 'url' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppError('validation_failed', 'url: must start with http:// or https://', { field: 'url' });
  }
  if (parsed.username || parsed.password) {
    throw new AppError('validation_failed', 'url: must not contain a user name or password; verify the signature instead', { field: 'url' });
  }
  return parsed.toString();
}

/** Removes duplicate event names, keeping the order given. */
export function uniqueEvents(events: string[]): string[] {
  return [...new Set(events)];
}
