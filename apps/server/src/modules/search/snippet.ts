import { createHash } from 'node:crypto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes a ts_headline extract, then turns the hit markers into `<mark>` tags: the only markup it can contain. */
export function highlightSnippet(raw: string, markers: { start: string; stop: string }): string {
  const escaped = raw.replace(/[&<>"']/g, (char) => ESCAPES[char]);
  return escaped.split(markers.start).join('<mark>').split(markers.stop).join('</mark>');
}

/** A short digest of a search query, tying a cursor to it. */
export function queryDigest(q: string): string {
  return createHash('sha256').update(q.trim()).digest('base64url').slice(0, 16);
}
