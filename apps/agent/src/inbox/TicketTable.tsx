import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { TicketListItemSchema, ViewSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { priorityLabel, sortFieldLabel, statusLabel } from '../common/labels.ts';
import type { TicketSort } from './useViewTickets.ts';

type Props = {
  tickets: TicketListItemSchema[];
  sort: TicketSort | null;
  onSort: (sort: TicketSort) => void;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (all: boolean) => void;
  cursorId: string | undefined;
  changedIds: Set<string>;
};

/** The dense, sortable ticket table of a view. */
export function TicketTable({ tickets, sort, onSort, selected, onToggle, onToggleAll, cursorId, changedIds }: Props) {
  const t = useT();
  const format = useFormat();
  const directory = useDirectory();
  const allSelected = tickets.length > 0 && tickets.every((ticket) => selected.has(ticket.id));
  const someSelected = !allSelected && tickets.some((ticket) => selected.has(ticket.id));
  const selectAllRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someSelected;
  }, [someSelected]);

  useEffect(() => {
    bodyRef.current?.querySelector('.ticket-row-cursor')?.scrollIntoView({ block: 'nearest' });
  }, [cursorId]);

  const header = (field: ViewSchema['sortBy'], className: string) => {
    const active = sort?.sortBy === field;
    const ariaSort = active ? (sort?.sortOrder === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <th className={className} aria-sort={ariaSort}>
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort({ sortBy: field, sortOrder: active && sort?.sortOrder === 'desc' ? 'asc' : 'desc' })}
        >
          {sortFieldLabel(t, field)}
          <span aria-hidden="true" className="sort-arrow">{active ? (sort?.sortOrder === 'asc' ? '▲' : '▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="ticket-table">
      <thead>
        <tr>
          <th className="col-check">
            <input
              ref={selectAllRef}
              type="checkbox"
              checked={allSelected}
              onChange={(event) => onToggleAll(event.target.checked)}
              aria-label={t('inbox.selectAll')}
            />
          </th>
          {header('number', 'col-number')}
          <th className="col-subject">{t('ticket.subject')}</th>
          <th className="col-requester">{t('requester.title')}</th>
          {header('status', 'col-status')}
          {header('priority', 'col-priority')}
          <th className="col-assignee">{t('ticket.assignee')}</th>
          <th className="col-group">{t('ticket.group')}</th>
          {header('due_at', 'col-due')}
          {header('updated_at', 'col-updated')}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {tickets.map((ticket) => {
          const isSelected = selected.has(ticket.id);
          const classes = ['ticket-row'];
          if (isSelected) classes.push('ticket-row-selected');
          if (ticket.id === cursorId) classes.push('ticket-row-cursor');
          if (changedIds.has(ticket.id)) classes.push('ticket-row-changed');
          if (ticket.status === 'new') classes.push('ticket-row-new');
          const overdue = ticket.dueAt && new Date(ticket.dueAt).getTime() < Date.now() && ticket.status !== 'solved' && ticket.status !== 'closed';
          return (
            <tr key={ticket.id} className={classes.join(' ')}>
              <td className="col-check">
                <input
                  type="checkbox"
                  checked={isSelected}
                  onChange={() => onToggle(ticket.id)}
                  aria-label={t('inbox.selectTicket', { number: ticket.number })}
                />
              </td>
              <td className="col-number mono">#{ticket.number}</td>
              <td className="col-subject">
                <Link to={`/tickets/${ticket.id}`} className="ticket-link">{ticket.subject}</Link>
                {ticket.tags.length > 0 && (
                  <span className="ticket-tags">
                    {ticket.tags.slice(0, 3).map((tag) => <span key={tag} className="tag">{tag}</span>)}
                  </span>
                )}
              </td>
              <td className="col-requester" title={ticket.requester?.email ?? undefined}>{ticket.requester?.name || ticket.requester?.email || <span className="faint">—</span>}</td>
              <td className="col-status"><span className={`badge status-${ticket.status}`}>{statusLabel(t, ticket.status)}</span></td>
              <td className={`col-priority priority-${ticket.priority}`}>{priorityLabel(t, ticket.priority)}</td>
              <td className="col-assignee">{directory.userName(ticket.assigneeId) ?? <span className="faint">{t('ticket.unassigned')}</span>}</td>
              <td className="col-group">{directory.groupName(ticket.groupId) ?? <span className="faint">—</span>}</td>
              <td className={overdue ? 'col-due overdue' : 'col-due'}>
                {ticket.dueAt ? <time dateTime={ticket.dueAt} title={format.dateTime(ticket.dueAt)}>{format.relative(ticket.dueAt)}</time> : <span className="faint">—</span>}
              </td>
              <td className="col-updated">
                <time dateTime={ticket.updatedAt} title={format.dateTime(ticket.updatedAt)}>{format.relative(ticket.updatedAt)}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
