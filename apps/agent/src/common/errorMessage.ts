import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';

/** Turns any thrown value into a sentence an agent can act on, keeping the server's own message. */
export function errorMessage(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('error.network');
    if (error.status === 403) return t('error.forbidden', { message: error.message });
    if (error.status === 404) return t('error.notFound', { message: error.message });
    if (error.status >= 500) return t('error.server', { message: error.message });
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return t('error.unknown');
}
