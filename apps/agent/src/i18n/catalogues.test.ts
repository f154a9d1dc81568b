import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { messages as en } from '@tuki/shared/i18n/agent/en';
import { messages as fi } from '@tuki/shared/i18n/agent/fi';
import { messages as et } from '@tuki/shared/i18n/agent/et';
import { messages as nb } from '@tuki/shared/i18n/agent/nb';

const catalogues: Record<string, Record<string, string>> = { en, fi, et, nb };
const locales: Record<string, string> = { en: 'en-GB', fi: 'fi-FI', et: 'et-EE', nb: 'nb-NO' };
const sourceRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Strings that are the same in every language (names, abbreviations). */
const SAME_EVERYWHERE = ['language.en', 'language.fi', 'language.et', 'language.nb', 'channel.api', 'timeline.system', 'admin.webhookUrlExample'];

/** Words that are spelled the same as in English in one language (checked by hand). */
const COGNATES: Record<string, string[]> = {
  fi: ['channel.chat'],
  et: ['sort.number', 'composer.link'],
  nb: ['channel.chat', 'priority.normal', 'type.problem', 'links.problem', 'channel.agent', 'role.agent', 'sort.status', 'ticket.status', 'ticket.type', 'admin.fieldType', 'admin.webhooks'],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(sourceRoot)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(match[1]);
  }
  return keys;
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

function argumentNames(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type >= 1 && element.type <= 6 && typeof element.value === 'string') names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, names);
    if (element.children) argumentNames(element.children, names);
  }
  return names;
}

function parse(message: string, locale: string): Element[] {
  return new IntlMessageFormat(message, locale).getAst() as unknown as Element[];
}

describe('agent message catalogues', () => {
  const sourceKeys = Object.keys(en).sort();

  for (const [language, catalogue] of Object.entries(catalogues)) {
    describe(language, () => {
      it('has every key of the English source', () => {
        expect(sourceKeys.filter((key) => !(key in catalogue))).toEqual([]);
      });

      it('has no keys the English source lacks', () => {
        expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([]);
      });

      it('has only valid ICU messages, with the same placeholders as English', () => {
        const problems: string[] = [];
        for (const [key, message] of Object.entries(catalogue)) {
          try {
            const names = [...argumentNames(parse(message, locales[language]))].sort();
            const expected = [...argumentNames(parse(en[key as keyof typeof en], 'en-GB'))].sort();
            if (names.join() !== expected.join()) problems.push(`${key}: placeholders {${names}} differ from English {${expected}}`);
          } catch (error) {
            problems.push(`${key}: ${(error as Error).message}`);
          }
        }
        expect(problems).toEqual([]);
      });

      if (language !== 'en') {
        it('is translated rather than copied from English', () => {
          const copied = Object.keys(catalogue).filter((key) => catalogue[key] === en[key as keyof typeof en] && !SAME_EVERYWHERE.includes(key) && !(COGNATES[language] ?? []).includes(key) && /[a-z]{3}/i.test(catalogue[key].replace(/\{[^}]*\}/g, '')));
          expect(copied).toEqual([]);
        });
      }
    });
  }

  it('uses every catalogue key somewhere in the agent app', () => {
    const used = usedKeys();
    expect(sourceKeys.filter((key) => !used.has(key))).toEqual([]);
  });

  it('defines every key the agent app uses', () => {
    expect([...usedKeys()].filter((key) => !(key in en)).sort()).toEqual([]);
  });
});
