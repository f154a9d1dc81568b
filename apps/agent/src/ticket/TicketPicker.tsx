import { useEffect, useState } from 'react';
import type { SearchHitSchema } from '@tuki/shared';
import { searchApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { statusLabel } from '../common/labels.ts';

/** Finds another ticket by number or words and lets the agent pick it. */
export function TicketPicker({ excludeId, selected, onSelect }: { excludeId: string; selected: SearchHitSchema | null; onSelect: (hit: SearchHitSchema) => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHitSchema[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const q = query.trim().replace(/^#/, '');
    if (q.length < 1) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchApi.search(q, null, controller.signal).then(
        (page) => {
          setHits(page.data.filter((hit) => hit.ticketId !== excludeId).slice(0, 8));
          setError(null);
        },
        (caught: unknown) => {
          if (!(caught instanceof DOMException && caught.name === 'AbortError')) setError(caught);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, excludeId]);

  return (
    <div className="stack ticket-picker">
      <label className="field">
        <span>{t('actions.findTicket')}</span>
        <input type="search" value={query} placeholder={t('actions.findTicketPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <ErrorBanner error={error} />
      <ul className="picker-results" role="listbox" aria-label={t('actions.results')}>
        {hits.map((hit) => (
          <li key={hit.ticketId} role="option" aria-selected={selected?.ticketId === hit.ticketId}>
            <button type="button" className={selected?.ticketId === hit.ticketId ? 'picker-hit picker-hit-selected' : 'picker-hit'} onClick={() => onSelect(hit)}>
              <span className="mono">#{hit.number}</span> {hit.subject} <span className="badge">{statusLabel(t, hit.status)}</span>
            </button>
          </li>
        ))}
        {query.trim() && hits.length === 0 && !error && <li className="faint small">{t('actions.noMatches')}</li>}
      </ul>
    </div>
  );
}
