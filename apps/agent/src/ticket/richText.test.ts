import { describe, expect, it } from 'vitest';
import { mentionIdsIn, textToHtml, toPlainText, type RichNode } from './richText.ts';

const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: RichNode['marks']): RichNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('toPlainText', () => {
  it('keeps one line per paragraph, marks lists, keeps link addresses and mentions', () => {
    const doc: RichNode = {
      type: 'doc',
      content: [
        p(text('Hei '), { type: 'mention', attrs: { id: 'u1', label: 'Aino Virtanen' } }, text(' katso:')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('yksi'))] }, { type: 'listItem', content: [p(text('kaksi'))] }] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(text('ensin')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('sisällä'))] }] }] }] },
        p(text('ohje', [{ type: 'link', attrs: { href: 'https://tuki.example/ohje' } }]), text(' ja '), text('tuki.example', [{ type: 'link', attrs: { href: 'https://tuki.example' } }])),
        p(text('Lue ', [{ type: 'link', attrs: { href: 'https://a.example' } }]), text('tämä', [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example' } }])),
        { type: 'blockquote', content: [p(text('lainaus'))] },
        p(text('rivi'), { type: 'hardBreak' }, text('vaihto')),
      ],
    };
    expect(toPlainText(doc)).toBe('Hei @Aino Virtanen katso:\n- yksi\n- kaksi\n1. ensin\n   - sisällä\nohje (https://tuki.example/ohje) ja tuki.example\nLue tämä (https://a.example)\n> lainaus\nrivi\nvaihto');
  });

  it('is empty for an empty document', () => {
    expect(toPlainText({ type: 'doc', content: [p()] })).toBe('');
  });
});

describe('mentionIdsIn and textToHtml', () => {
  it('finds each mentioned id once, anywhere in the document', () => {
    const doc: RichNode = { type: 'doc', content: [p({ type: 'mention', attrs: { id: 'a' } }), { type: 'bulletList', content: [{ type: 'listItem', content: [p({ type: 'mention', attrs: { id: 'b' } }, { type: 'mention', attrs: { id: 'a' } })] }] }] };
    expect(mentionIdsIn(doc)).toEqual(['a', 'b']);
  });

  it('turns old text drafts into escaped paragraphs', () => {
    expect(textToHtml('a <b>\nc')).toBe('<p>a &lt;b&gt;</p><p>c</p>');
    expect(textToHtml('')).toBe('');
  });
});
