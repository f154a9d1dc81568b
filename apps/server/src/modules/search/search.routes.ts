import { randomBytes } from 'node:crypto';
import { Type } from 'typebox';
import { Page, SearchHitSchema } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { viewActorFor } from '../views/queries.ts';
import { parseSearchQuery } from './parse-search-query.ts';
import { buildSearchFilter } from './search-filter.ts';
import { findSnippets, listFilteredTickets, searchTickets, type SearchRow } from './queries.ts';
import { highlightSnippet, queryDigest } from './snippet.ts';

/** No result past this many; refine the query instead. */
const MAX_RESULTS = 1000;

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 500 }),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
});

function offsetFrom(cursor: string | undefined, digest: string): number {
  if (!cursor) return 0;
  const { d, o } = decodeCursor<{ d?: unknown; o?: unknown }>(cursor);
  if (d !== digest) throw new AppError('validation_failed', 'The cursor belongs to another search; start again without a cursor');
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o >= MAX_RESULTS) throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
  return o;
}

/** Full-text search over ticket subjects and messages, with `key:value` filters. */
export function registerSearchRoutes(app: App) {
  app.get('/api/v1/search', { schema: { tags: ['search'], querystring: SearchQuery, response: { 200: Page(SearchHitSchema) } } }, async (request) => {
    const db = request.ctx.db;
    const workspaceId = request.actor.workspaceId;
    const parsed = parseSearchQuery(request.query.q);
    if (!parsed.text && !parsed.filters.length) throw new AppError('validation_failed', 'q: type something to search for');
    const digest = queryDigest(request.query.q);
    const offset = offsetFrom(request.query.cursor, digest);
    const limit = Math.min(request.query.limit ?? 25, MAX_RESULTS - offset);
    const where = await buildSearchFilter(db, workspaceId, parsed.filters, await viewActorFor(db, request.actor));
    const page = { limit: limit + 1, offset };
    const rows: SearchRow[] = parsed.text ? await searchTickets(db, workspaceId, parsed.text, where, page) : await listFilteredTickets(db, where, page);
    const hits = rows.slice(0, limit);
    const markers = { start: `tks${randomBytes(6).toString('hex')}`, stop: `tke${randomBytes(6).toString('hex')}` };
    const snippets = parsed.text ? await findSnippets(db, hits.map((row) => row.id), parsed.text, markers) : new Map<string, string>();
    const next = offset + hits.length;
    return {
      data: hits.map((row) => ({
        ticketId: row.id,
        number: Number(row.number),
        subject: row.subject,
        status: row.status,
        snippet: highlightSnippet(snippets.get(row.id) ?? row.subject, markers),
        rank: Number(row.rank),
        updatedAt: new Date(row.updated_at).toISOString(),
      })),
      nextCursor: rows.length > limit && next < MAX_RESULTS ? encodeCursor({ d: digest, o: next }) : null,
    };
  });
}
