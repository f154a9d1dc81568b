import type { Language } from '@tuki/shared';
import { LANGUAGES } from '@tuki/shared/enums';
import { messages as english } from '@tuki/shared/i18n/agent/en';

/** A message key of the agent app (English is the source catalogue). */
export type MessageKey = keyof typeof english;

/** A complete catalogue of agent-app messages. */
export type Catalogue = Record<MessageKey, string>;

/** The BCP 47 locale used for dates and numbers in each UI language. */
export const LOCALE_TAGS: Record<Language, string> = {
  en: 'en-GB',
  fi: 'fi-FI',
  et: 'et-EE',
  nb: 'nb-NO',
};

/** The English catalogue, always bundled as the fallback. */
export const englishCatalogue: Catalogue = english;

/** Loads the catalogue for a language (non-English ones are fetched on demand). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'fi':
      return (await import('@tuki/shared/i18n/agent/fi')).messages;
    case 'et':
      return (await import('@tuki/shared/i18n/agent/et')).messages;
    case 'nb':
      return (await import('@tuki/shared/i18n/agent/nb')).messages;
    default:
      return english;
  }
}

/** Picks the best UI language before sign-in: saved choice, then the browser's languages. */
export function guessLanguage(): Language {
  const saved = localStorage.getItem('tuki.language');
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Whether a string is one of the supported UI languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
