import type { Page } from 'playwright-core';

/** A message turned into a whole-string pattern, with how many letters of fixed text it has. */
type MessagePattern = { source: string; letters: number };

const NUMBER = '[\\d\\s\\u00a0\\u202f.,:+−-]+';
const ANYTHING = '[\\s\\S]+?';
/** Fixed text shorter than this is too unspecific to call a match a leftover (e.g. `#{number}`). */
const MIN_LETTERS = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function argumentPattern(inner: string): MessagePattern {
  const comma = inner.indexOf(',');
  if (comma < 0) return { source: ANYTHING, letters: 0 };
  const rest = inner.slice(comma + 1).trimStart();
  const kind = /^(plural|selectordinal|select)\s*,/.exec(rest);
  if (!kind) return { source: ANYTHING, letters: 0 };
  const body = rest.slice(kind[0].length);
  const branches: MessagePattern[] = [];
  for (let index = body.indexOf('{'); index >= 0; index = body.indexOf('{', index)) {
    const close = closingBrace(body, index);
    const branch = messagePattern(body.slice(index + 1, close), kind[1] !== 'select');
    if (branch.letters >= MIN_LETTERS) branches.push(branch);
    index = close + 1;
  }
  if (branches.length === 0) return { source: ANYTHING, letters: 0 };
  return { source: `(?:${branches.map((branch) => branch.source).join('|')})`, letters: Math.min(...branches.map((branch) => branch.letters)) };
}

/** Turns an ICU message into a regular expression source matching any way it can be formatted. */
export function messagePattern(message: string, inPlural = false): MessagePattern {
  let source = '';
  let letters = 0;
  for (let index = 0; index < message.length; index++) {
    const char = message[index];
    if (char === '{') {
      const close = closingBrace(message, index);
      const argument = argumentPattern(message.slice(index + 1, close));
      source += argument.source;
      letters += argument.letters;
      index = close;
    } else if (char === '#' && inPlural) {
      source += NUMBER;
    } else if (char === "'" && message[index + 1] === "'") {
      source += "'";
      index++;
    } else {
      source += escapeRegExp(char);
      if (/\p{L}/u.test(char)) letters++;
    }
  }
  return { source, letters };
}

/** A visible English string in a page that should be in another language. */
export type Leftover = { text: string; keys: string[] };

/**
 * Finds texts that are English catalogue messages (formatted any way, in any letter case) whose
 * translation differs, and that are not a message of the translated catalogue either (cognates, names).
 */
export function findEnglishLeftovers(texts: string[], english: Record<string, string>, translated: Record<string, string>): Leftover[] {
  const whole = (message: string) => {
    const pattern = messagePattern(message);
    return pattern.letters >= MIN_LETTERS ? new RegExp(`^${pattern.source}$`, 'iu') : null;
  };
  const englishPatterns = Object.entries(english)
    .filter(([key, message]) => translated[key] !== message)
    .map(([key, message]) => ({ key, pattern: whole(message) }))
    .filter((entry): entry is { key: string; pattern: RegExp } => entry.pattern !== null);
  const translatedPatterns = Object.values(translated).map(whole).filter((pattern): pattern is RegExp => pattern !== null);
  const leftovers: Leftover[] = [];
  // A list of raw values ("new, open, pending") is checked item by item too.
  const candidates = new Set(texts.flatMap((text) => (text.includes(', ') ? [text, ...text.split(', ')] : [text])));
  for (const text of candidates) {
    const keys = englishPatterns.filter((entry) => entry.pattern.test(text)).map((entry) => entry.key);
    if (keys.length && !translatedPatterns.some((pattern) => pattern.test(text))) leftovers.push({ text, keys });
  }
  return leftovers;
}

/** Every text a person sees or hears in the page: visible text nodes, options of visible selects, labels, placeholders and titles. */
export function visibleTexts(page: Page): Promise<string[]> {
  // A string, not a function: the page must not depend on helpers the test transpiler adds.
  return page.evaluate(`(() => {
    const texts = [];
    const add = (value) => {
      const text = (value || '').replace(/\\s+/g, ' ').trim();
      if (text) texts.push(text);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      const option = parent.closest('option, optgroup');
      const holder = option ? option.closest('select') : parent;
      if (holder && holder.checkVisibility()) add(node.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-description]')) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) add(element.getAttribute(name));
    }
    return texts;
  })()`);
}
