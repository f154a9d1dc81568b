import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers, messagePattern } from './english-leftovers.ts';

const whole = (message: string) => new RegExp(`^${messagePattern(message).source}$`, 'u');

describe('messagePattern', () => {
  it('matches simple arguments and plural branches with #', () => {
    expect(whole('Results for “{query}”').test('Results for “lasku”')).toBe(true);
    const count = whole('{count, plural, one {# ticket} other {# tickets}}');
    expect(count.test('1 ticket')).toBe(true);
    expect(count.test('1 234 tickets')).toBe(true);
    expect(count.test('tickets galore')).toBe(false);
  });

  it('counts only fixed letters', () => {
    expect(messagePattern('#{number}').letters).toBe(0);
    expect(messagePattern('{actor} mentioned you').letters).toBe(12);
  });
});

describe('findEnglishLeftovers', () => {
  const english = { 'a.save': 'Save', 'a.status': 'Status', 'a.count': '{count, plural, one {# ticket} other {# tickets}}', 'a.name': '{name}', 'a.english': 'English' };
  const estonian = { 'a.save': 'Salvesta', 'a.status': 'Olek', 'a.count': '{count, plural, one {# pilet} other {# piletit}}', 'a.name': '{name}', 'a.english': 'English' };

  it('reports English messages that have a translation, and nothing else', () => {
    const found = findEnglishLeftovers(['Salvesta', 'Status', '3 tickets', '3 piletit', 'Aino Agentti', 'English'], english, estonian);
    expect(found).toEqual([{ text: 'Status', keys: ['a.status'] }, { text: '3 tickets', keys: ['a.count'] }]);
  });

  it('reports raw values in any letter case, also inside a comma-separated list', () => {
    expect(findEnglishLeftovers(['status', 'Olek, save'], english, estonian)).toEqual([
      { text: 'status', keys: ['a.status'] },
      { text: 'save', keys: ['a.save'] },
    ]);
  });

  it('does not report a text that is also a translated message (a cognate of another key)', () => {
    expect(findEnglishLeftovers(['Status'], english, { ...estonian, 'a.save': 'Status' })).toEqual([]);
  });
});
