import { describe, expect, it } from 'vitest';
import { parseSnippet } from './snippet.ts';

describe('parseSnippet', () => {
  it('marks the hits and decodes escaped text', () => {
    expect(parseSnippet('Invoice &amp; <mark>refund</mark> for &lt;b&gt;Acme&lt;/b&gt;')).toEqual([
      { text: 'Invoice & ', marked: false },
      { text: 'refund', marked: true },
      { text: ' for <b>Acme</b>', marked: false },
    ]);
  });

  it('keeps other tags as literal text instead of markup', () => {
    const parts = parseSnippet('<img src=x onerror=alert(1)> <mark>x</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false });
  });
});
