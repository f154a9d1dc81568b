/** Filter keys understood inside a search query (`status:open`). */
export const SEARCH_FILTER_KEYS = ['status', 'assignee', 'tag', 'priority', 'group', 'type', 'requester'] as const;
/** One of SEARCH_FILTER_KEYS. */
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** A search query split into free text and `key:value` filters. */
export type ParsedSearchQuery = { text: string; filters: { key: SearchFilterKey; value: string }[] };

const TOKEN = /([A-Za-z]+):(?:"([^"]*)"?|([^\s"]+))|("[^"]*"?)|(\S+)/g;

function isFilterKey(key: string): key is SearchFilterKey {
  return (SEARCH_FILTER_KEYS as readonly string[]).includes(key);
}

/** Splits `status:open tag:billing group:"Tier 2" refund` into filters and text; unknown keys stay in the text. */
export function parseSearchQuery(input: string): ParsedSearchQuery {
  const words: string[] = [];
  const filters: ParsedSearchQuery['filters'] = [];
  for (const match of input.matchAll(TOKEN)) {
    const [raw, key, quoted, bare] = match;
    const value = (quoted ?? bare ?? '').trim();
    if (key && isFilterKey(key.toLowerCase()) && value) {
      filters.push({ key: key.toLowerCase() as SearchFilterKey, value });
    } else {
      words.push(raw);
    }
  }
  return { text: words.join(' ').trim(), filters };
}
