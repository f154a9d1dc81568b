import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';

/** A ticket found by search, before its snippet is made. */
export type SearchRow = { id: string; number: number; subject: string; status: string; language: string; updated_at: string; rank: number };

/** Text search configurations the query is parsed with; their results are OR-ed so every language's stemming applies. */
export const SEARCH_CONFIGS = ['tuki_en', 'tuki_fi', 'tuki_nb', 'tuki_et'] as const;

/** ts_headline reads at most this much of a body (it re-parses the text, which is costly on huge mails). */
const HEADLINE_CHARS = 20_000;

/** The user's text as one tsquery: websearch syntax, parsed in every language configuration, OR-ed. */
export function textQuery(text: string): SQL {
  return sql.join(
    SEARCH_CONFIGS.map((config) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}::regconfig, ${text})`),
    sql` || `,
  );
}

function configOf(language: SQL): SQL {
  return sql`(case ${language} when 'fi' then 'tuki_fi' when 'nb' then 'tuki_nb' when 'et' then 'tuki_et' when 'en' then 'tuki_en' else 'simple' end)::regconfig`;
}

/** How many of the most recently updated matches are ranked: keeps common words fast on large workspaces. */
export const RANKED_CANDIDATES = 1000;
/** Up to this many matches are fetched through the text index when the recent window has too few. */
const PROBE_LIMIT = 5000;
/** The recent window: the newest this-many tickets, bounded by their oldest update time. */
const RECENT_WINDOW = 100_000;
const THRESHOLD_CACHE_MS = 30_000;
const thresholds = new Map<string, { at: string | null; expiresAt: number }>();

/** The update time of the `window`-th newest ticket (null when the workspace has fewer), cached briefly. */
async function recentThreshold(db: Db, workspaceId: string, window: number): Promise<string | null> {
  const key = `${workspaceId}:${window}`;
  const hit = thresholds.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.at;
  const [row] = await queryRows<{ at: string }>(
    db,
    sql`select updated_at::text as at from tickets where workspace_id = ${workspaceId} and merged_into_id is null
        order by updated_at desc nulls last offset ${window - 1} limit 1`,
  );
  const at = row?.at ?? null;
  if (thresholds.size > 10_000) thresholds.clear();
  thresholds.set(key, { at, expiresAt: Date.now() + THRESHOLD_CACHE_MS });
  return at;
}

/** Ranks candidate tickets (a subquery over `tickets` that may use `query.q`) and reports how many candidates there were. */
async function rankCandidates(db: Db, text: string, candidates: SQL, where: SQL, { limit, offset }: { limit: number; offset: number }) {
  const rows = await queryRows<SearchRow & { candidates: number }>(
    db,
    sql`
    with query as materialized (select (${textQuery(text)}) as q),
    candidates as (${candidates})
    select tickets.id, tickets.number::int as number, tickets.subject, tickets.status, tickets.language, tickets.updated_at::text as updated_at,
           ts_rank('{0.1, 0.2, 0.4, 1.0}', tickets.search_vector, query.q)::float8 as rank, (count(*) over ())::int as candidates
    from candidates tickets, query
    where ${where}
    order by rank desc, tickets.updated_at desc, tickets.id
    limit ${limit} offset ${offset}`,
  );
  return { rows: rows.map(({ candidates: _, ...row }) => row), candidates: rows[0]?.candidates ?? 0 };
}

/**
 * Tickets whose search document (subject, weight A, and every message body, weight B) matches `text`,
 * ranked among the newest matches; `where` filters tickets (it must scope the workspace).
 *
 * The plan adapts to how common the words are. First the matches among the newest RECENT_WINDOW
 * tickets are taken (the text index and the update-time index combined); when there are enough,
 * the newest RANKED_CANDIDATES of them are ranked. Otherwise the word is rare: a probe through the
 * text index over the whole workspace fetches at most PROBE_LIMIT matches and the newest are ranked.
 */
export async function searchTickets(
  db: Db,
  workspaceId: string,
  text: string,
  where: SQL,
  {
    limit,
    offset,
    probeLimit = PROBE_LIMIT,
    recentWindow = RECENT_WINDOW,
    rankedCandidates = RANKED_CANDIDATES,
  }: { limit: number; offset: number; probeLimit?: number; recentWindow?: number; rankedCandidates?: number },
): Promise<SearchRow[]> {
  const threshold = await recentThreshold(db, workspaceId, recentWindow);
  if (threshold) {
    const recent = await rankCandidates(
      db,
      text,
      sql`select tickets.* from tickets, query
          where tickets.workspace_id = ${workspaceId} and tickets.search_vector @@ query.q and tickets.updated_at >= ${threshold}::timestamptz and ${where}
          order by tickets.updated_at desc nulls last limit ${rankedCandidates}`,
      where,
      { limit, offset },
    );
    if (recent.candidates >= rankedCandidates) return recent.rows;
  }
  const probe = await queryRows<{ id: string; updated_at: string }>(
    db,
    sql`
    with query as materialized (select (${textQuery(text)}) as q)
    select tickets.id, tickets.updated_at::text as updated_at
    from tickets, query
    where tickets.workspace_id = ${workspaceId} and tickets.search_vector @@ query.q and ${where}
    limit ${probeLimit + 1}`,
  );
  if (!probe.length) return [];
  const newest = probe.sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1)).slice(0, rankedCandidates);
  const { rows } = await rankCandidates(db, text, sql`select tickets.* from tickets where tickets.id in (${sql.join(newest.map((row) => sql`${row.id}::uuid`), sql`, `)})`, where, { limit, offset });
  return rows;
}

/** Tickets matching `where` only (a filter-only search), most recently updated first. */
export async function listFilteredTickets(db: Db, where: SQL, { limit, offset }: { limit: number; offset: number }): Promise<SearchRow[]> {
  return queryRows<SearchRow>(
    db,
    sql`
    select tickets.id, tickets.number::int as number, tickets.subject, tickets.status, tickets.language,
           tickets.updated_at::text as updated_at, 0::float8 as rank
    from tickets
    where ${where}
    order by tickets.updated_at desc, tickets.id
    limit ${limit} offset ${offset}`,
  );
}

/** A highlighted extract per ticket: from its best-matching message, else from its subject. Hits are wrapped in the given markers. */
export async function findSnippets(db: Db, ticketIds: string[], text: string, markers: { start: string; stop: string }): Promise<Map<string, string>> {
  const snippets = new Map<string, string>();
  if (!ticketIds.length) return snippets;
  const options = `StartSel=${markers.start}, StopSel=${markers.stop}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const ids = sql.join(ticketIds.map((id) => sql`${id}::uuid`), sql`, `);
  const fromMessages = await queryRows<{ ticket_id: string; snippet: string }>(
    db,
    sql`
    with query as (select (${textQuery(text)}) as q)
    select distinct on (m.ticket_id) m.ticket_id,
           ts_headline(${configOf(sql`m.language`)}, left(m.body_text, ${HEADLINE_CHARS}), query.q, ${options}) as snippet
    from messages m, query
    where m.ticket_id in (${ids}) and m.search_vector @@ query.q
    order by m.ticket_id, ts_rank(m.search_vector, query.q) desc, m.created_at desc`,
  );
  for (const row of fromMessages) snippets.set(row.ticket_id, row.snippet);
  const rest = ticketIds.filter((id) => !snippets.has(id));
  if (!rest.length) return snippets;
  const fromSubjects = await queryRows<{ id: string; snippet: string }>(
    db,
    sql`
    with query as (select (${textQuery(text)}) as q)
    select t.id, ts_headline(${configOf(sql`t.language`)}, t.subject, query.q, ${options}) as snippet
    from tickets t, query
    where t.id in (${sql.join(rest.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
  for (const row of fromSubjects) snippets.set(row.id, row.snippet);
  return snippets;
}
