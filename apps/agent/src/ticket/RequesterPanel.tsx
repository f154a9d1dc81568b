import { Link } from 'react-router';
import { contactsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useApiData } from '../common/useApiData.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Avatar } from '../common/Avatar.tsx';
import { languageName, statusLabel } from '../common/labels.ts';

/** Who asked: contact details, company and their other tickets. */
export function RequesterPanel({ contactId, currentTicketId }: { contactId: string; currentTicketId: string }) {
  const t = useT();
  const format = useFormat();
  const contact = useApiData(() => contactsApi.get(contactId), [contactId]);
  const companyId = contact.data?.companyId ?? null;
  const company = useApiData(() => (companyId ? contactsApi.company(companyId) : Promise.resolve(null)), [companyId]);
  const tickets = useApiData(() => contactsApi.tickets(contactId), [contactId]);

  return (
    <section className="panel requester" aria-labelledby="requester-title">
      <h2 id="requester-title" className="panel-title">{t('requester.title')}</h2>
      <ErrorBanner error={contact.error} onRetry={() => void contact.reload()} />
      {contact.data && (
        <div className="requester-card">
          <div className="row">
            <Avatar name={contact.data.name} size={34} />
            <div>
              <strong>{contact.data.name}</strong>
              {company.data && <div className="muted small">{company.data.name}{company.data.domain ? ` · ${company.data.domain}` : ''}</div>}
            </div>
          </div>
          <dl className="facts">
            {contact.data.emails.map((email) => (
              <div key={email}><dt>{t('requester.email')}</dt><dd><a href={`mailto:${email}`}>{email}</a></dd></div>
            ))}
            {contact.data.phones.map((phone) => (
              <div key={phone}><dt>{t('requester.phone')}</dt><dd><a href={`tel:${phone}`}>{phone}</a></dd></div>
            ))}
            <div><dt>{t('requester.language')}</dt><dd>{languageName(t, contact.data.language)}</dd></div>
            {contact.data.timeZone && <div><dt>{t('requester.timeZone')}</dt><dd>{contact.data.timeZone}</dd></div>}
            <div><dt>{t('requester.since')}</dt><dd>{format.date(contact.data.createdAt)}</dd></div>
          </dl>
          {company.data?.notes && <p className="requester-notes">{company.data.notes}</p>}
        </div>
      )}
      <ErrorBanner error={company.error} />
      <h3>{t('requester.otherTickets')}</h3>
      <ErrorBanner error={tickets.error} onRetry={() => void tickets.reload()} />
      <ul className="mini-ticket-list">
        {tickets.data?.data.filter((ticket) => ticket.id !== currentTicketId).slice(0, 8).map((ticket) => (
          <li key={ticket.id}>
            <Link to={`/tickets/${ticket.id}`}>#{ticket.number} {ticket.subject}</Link>
            <span className={`badge status-${ticket.status}`}>{statusLabel(t, ticket.status)}</span>
          </li>
        ))}
        {tickets.data && tickets.data.data.filter((ticket) => ticket.id !== currentTicketId).length === 0 && (
          <li className="faint">{t('requester.noOtherTickets')}</li>
        )}
      </ul>
    </section>
  );
}
