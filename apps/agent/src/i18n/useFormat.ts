import { useMemo } from 'react';
import { useI18n } from './useT.ts';

/** Date and number formatters in the user's locale and time zone. */
export type Formatters = {
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  relative: (iso: string | null | undefined) => string;
  number: (value: number) => string;
  bytes: (size: number) => string;
};

/** Returns formatters bound to the current locale and time zone. */
export function useFormat(): Formatters {
  const { locale, timeZone } = useI18n();
  return useMemo(() => createFormatters(locale, timeZone), [locale, timeZone]);
}

/** Builds formatters for a locale and IANA time zone (also used outside React). */
export function createFormatters(locale: string, timeZone: string, now: () => number = Date.now): Formatters {
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ];
  return {
    dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : ''),
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : ''),
    relative: (iso) => {
      if (!iso) return '';
      const seconds = Math.round((new Date(iso).getTime() - now()) / 1000);
      const absolute = Math.abs(seconds);
      for (const [unit, size] of units) {
        if (absolute >= size || unit === 'second') return relativeFormat.format(Math.round(seconds / size), unit);
      }
      return '';
    },
    number: (value) => numberFormat.format(value),
    bytes: (size) => {
      if (size < 1024) return `${numberFormat.format(size)} B`;
      const kilo = size / 1024;
      if (kilo < 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kilo)} kB`;
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kilo / 1024)} MB`;
    },
  };
}
