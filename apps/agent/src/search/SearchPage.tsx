import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SearchHitSchema } from '@tuki/shared';
import { searchApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Loading } from '../common/Loading.tsx';
import { statusLabel } from '../common/labels.ts';
import { parseSnippet } from './snippet.ts';
import './search.css';
import { useDocumentTitle } from '../common/useDocumentTitle.ts';

const FILTER_EXAMPLES = ['status:open', 'assignee:me', 'priority:high', 'tag:billing', 'group:"Tier 2"'];

/** Full-text search results for the query in the address bar. */
export function SearchPage() {
  const t = useT();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  useDocumentTitle(query ? t('search.resultsFor', { query }) : t('search.title'));
  const [hits, setHits] = useState<SearchHitSchema[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);

  useEffect(() => {
    setHits([]);
    setCursor(null);
    setError(null);
    if (!query.trim()) return;
    const controller = new AbortController();
    setLoading(true);
    searchApi.search(query, null, controller.signal).then(
      (page) => {
        setHits(page.data);
        setCursor(page.nextCursor);
        setLoadedFor(query);
        setLoading(false);
      },
      (caught: unknown) => {
        if (caught instanceof DOMException && caught.name === 'AbortError') return;
        setError(caught);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query]);

  const loadMore = async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await searchApi.search(query, cursor);
      setHits((list) => [...list, ...page.data]);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  const addFilter = (filter: string) => setParams({ q: `${query} ${filter}`.trim() });
  // Until the new query's results arrive, never show the previous query's hits under its heading.
  const shown = loadedFor === query ? hits : [];

  return (
    <div className="page-pad search-page">
      <h1>{query ? t('search.resultsFor', { query }) : t('search.title')}</h1>
      <div className="search-filters" aria-label={t('search.filters')}>
        <span className="muted small">{t('search.filterHint')}</span>
        {FILTER_EXAMPLES.map((filter) => (
          <button key={filter} type="button" className="filter-chip" onClick={() => addFilter(filter)}>
            <code>{filter}</code>
          </button>
        ))}
      </div>
      <ErrorBanner error={error} />
      {!query.trim() && <p className="empty-state">{t('search.prompt')}</p>}
      {query.trim() && loadedFor === query && !loading && !error && shown.length === 0 && <p className="empty-state">{t('search.noResults')}</p>}
      <ol className="search-results">
        {shown.map((hit) => (
          <li key={hit.ticketId} className="search-hit">
            <div className="search-hit-head">
              <span className="mono faint">#{hit.number}</span>
              <Link to={`/tickets/${hit.ticketId}`} className="search-hit-subject">{hit.subject}</Link>
              <span className={`badge status-${hit.status}`}>{statusLabel(t, hit.status)}</span>
              <time className="faint small" dateTime={hit.updatedAt} title={format.dateTime(hit.updatedAt)}>{format.relative(hit.updatedAt)}</time>
            </div>
            <p className="search-snippet">
              {parseSnippet(hit.snippet).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
      {loading && <Loading />}
      {cursor && !loading && (
        <button type="button" className="btn" onClick={() => void loadMore()}>{t('inbox.loadMore')}</button>
      )}
    </div>
  );
}
