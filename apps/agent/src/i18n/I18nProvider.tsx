import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '@tuki/shared';
import { LOCALE_TAGS, englishCatalogue, guessLanguage, loadCatalogue, type Catalogue, type MessageKey } from './locales.ts';

/** Values that can be interpolated into a message. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** Translates a message key with optional ICU values. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Everything the i18n context offers. */
export type I18nContextValue = {
  language: Language;
  locale: string;
  timeZone: string;
  t: Translate;
  setLanguage: (language: Language) => void;
  setTimeZone: (timeZone: string) => void;
};

/** The i18n React context (use `useT` or `useI18n` to read it). */
export const I18nContext = createContext<I18nContextValue | null>(null);

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Provides translations, locale and time zone to the app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(guessLanguage);
  const [timeZone, setTimeZone] = useState<string>(browserTimeZone);
  const [catalogue, setCatalogue] = useState<{ language: Language; messages: Catalogue }>({
    language: 'en',
    messages: englishCatalogue,
  });

  useEffect(() => {
    let cancelled = false;
    loadCatalogue(language).then(
      (messages) => !cancelled && setCatalogue({ language, messages }),
      (error: unknown) => console.error(`Could not load the ${language} catalogue`, error),
    );
    document.documentElement.lang = language;
    return () => {
      cancelled = true;
    };
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem('tuki.language', next);
    setLanguageState(next);
  }, []);

  const locale = LOCALE_TAGS[catalogue.language];
  const t = useMemo(() => createTranslator(catalogue.messages, locale, timeZone), [catalogue, locale, timeZone]);

  const value = useMemo(
    () => ({ language: catalogue.language, locale, timeZone, t, setLanguage, setTimeZone }),
    [catalogue.language, locale, timeZone, t, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Builds a memoising translator over one catalogue. */
export function createTranslator(messages: Catalogue, locale: string, timeZone: string): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  const formats = { date: { short: { dateStyle: 'medium', timeZone } }, time: { short: { timeStyle: 'short', timeZone } } } as const;
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      const source = messages[key] ?? englishCatalogue[key] ?? key;
      format = new IntlMessageFormat(source, locale, formats);
      cache.set(key, format);
    }
    const result = format.format(values as Record<string, string | number | Date>);
    return typeof result === 'string' ? result : String(result);
  };
}
