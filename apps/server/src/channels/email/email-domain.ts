import type { Config } from '../../config.ts';

/** The domain of the Message-IDs Tuki writes: EMAIL_DOMAIN, else the host of PUBLIC_URL. */
export function emailDomain(config: Config): string {
  return (config.emailDomain ?? new URL(config.publicUrl).hostname).toLowerCase();
}
