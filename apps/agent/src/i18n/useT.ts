import { useContext } from 'react';
import { I18nContext, type I18nContextValue, type Translate } from './I18nProvider.tsx';

/** The full i18n context: language, locale, time zone and setters. */
export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

/** The translate function for the current language: a message key plus optional ICU values. */
export function useT(): Translate {
  return useI18n().t;
}
