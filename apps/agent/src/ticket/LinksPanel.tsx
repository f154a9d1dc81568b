import { Link } from 'react-router';
import type { TicketLinkSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { statusLabel } from '../common/labels.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';

function linkKindLabel(t: Translate, kind: TicketLinkSchema['kind']): string {
  switch (kind) {
    case 'related': return t('links.related');
    case 'incident': return t('links.incident');
    case 'problem': return t('links.problem');
    case 'merged': return t('links.merged');
  }
}

/** Tickets linked to this one (related, problem/incident, merged). */
export function LinksPanel({ links }: { links: TicketLinkSchema[] }) {
  const t = useT();
  if (links.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title" className="panel-title">{t('links.title')}</h2>
      <ul className="mini-ticket-list">
        {links.map((link) => (
          <li key={`${link.kind}-${link.ticketId}`}>
            <span className="faint small">{linkKindLabel(t, link.kind)}</span>
            <Link to={`/tickets/${link.ticketId}`}>#{link.number} {link.subject}</Link>
            <span className={`badge status-${link.status}`}>{statusLabel(t, link.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
