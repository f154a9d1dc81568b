import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parse-search-query.ts';

describe('parseSearchQuery', () => {
  it('keeps plain text as it is', () => {
    expect(parseSearchQuery('refund for my order')).toEqual({ text: 'refund for my order', filters: [] });
  });

  it('pulls filters out of the text wherever they are', () => {
    expect(parseSearchQuery('status:open refund assignee:me tag:billing late')).toEqual({
      text: 'refund late',
      filters: [
        { key: 'status', value: 'open' },
        { key: 'assignee', value: 'me' },
        { key: 'tag', value: 'billing' },
      ],
    });
  });

  it('supports quoted values and keeps quoted phrases in the text', () => {
    expect(parseSearchQuery('group:"Tier 2" "exact phrase" requester:aino@posti.example')).toEqual({
      text: '"exact phrase"',
      filters: [
        { key: 'group', value: 'Tier 2' },
        { key: 'requester', value: 'aino@posti.example' },
      ],
    });
  });

  it('is case-insensitive in keys, not in values', () => {
    expect(parseSearchQuery('Priority:High Type:incident').filters).toEqual([
      { key: 'priority', value: 'High' },
      { key: 'type', value: 'incident' },
    ]);
  });

  it('leaves unknown keys, empty values and negations as text', () => {
    expect(parseSearchQuery('error:404 https://example.com status: -tag:x')).toEqual({ text: 'error:404 https://example.com status: -tag:x', filters: [] });
  });

  it('tolerates an unclosed quote', () => {
    expect(parseSearchQuery('group:"Tier 2')).toEqual({ text: '', filters: [{ key: 'group', value: 'Tier 2' }] });
    expect(parseSearchQuery('"unclosed phrase')).toEqual({ text: '"unclosed phrase', filters: [] });
  });

  it('returns empty text for a filter-only query', () => {
    expect(parseSearchQuery('  assignee:none   status:new ')).toEqual({ text: '', filters: [{ key: 'assignee', value: 'none' }, { key: 'status', value: 'new' }] });
  });
});
