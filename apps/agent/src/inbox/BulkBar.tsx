import { useState, type FormEvent } from 'react';
import type { BulkUpdateTicketsBody, TicketPriority, TicketStatus } from '@tuki/shared';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '@tuki/shared/enums';
import { useT } from '../i18n/useT.ts';
import { useSession } from '../session/useSession.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { priorityLabel, statusLabel } from '../common/labels.ts';

type Changes = BulkUpdateTicketsBody['changes'];

/** Bulk actions for the selected tickets: assign, status, priority, tag. */
export function BulkBar({ count, onApply, onClear }: { count: number; onApply: (changes: Changes) => void; onClear: () => void }) {
  const t = useT();
  const { user } = useSession();
  const directory = useDirectory();
  const [tag, setTag] = useState('');
  const disabled = count === 0;

  const onTag = (event: FormEvent) => {
    event.preventDefault();
    const name = tag.trim().toLowerCase();
    if (!name) return;
    onApply({ addTags: [name] });
    setTag('');
  };

  return (
    <div className={disabled ? 'bulk-bar' : 'bulk-bar bulk-bar-active'} role="toolbar" aria-label={t('inbox.bulkActions')}>
      <span className="bulk-count" aria-live="polite">{t('inbox.selected', { count })}</span>
      <button type="button" className="btn btn-small" disabled={disabled} onClick={() => onApply({ assigneeId: user.id })}>
        {t('ticket.assignToMe')}
      </button>
      <select
        aria-label={t('inbox.bulkAssign')}
        disabled={disabled}
        value=""
        onChange={(event) => onApply({ assigneeId: event.target.value === 'none' ? null : event.target.value })}
      >
        <option value="" disabled>{t('inbox.bulkAssign')}</option>
        <option value="none">{t('ticket.unassigned')}</option>
        {directory.users.filter((agent) => agent.active).map((agent) => (
          <option key={agent.id} value={agent.id}>{agent.name}</option>
        ))}
      </select>
      <select id="bulk-status" aria-label={t('inbox.bulkStatus')} disabled={disabled} value="" onChange={(event) => onApply({ status: event.target.value as TicketStatus })}>
        <option value="" disabled>{t('inbox.bulkStatus')}</option>
        {TICKET_STATUSES.map((status) => <option key={status} value={status}>{statusLabel(t, status)}</option>)}
      </select>
      <select aria-label={t('inbox.bulkPriority')} disabled={disabled} value="" onChange={(event) => onApply({ priority: event.target.value as TicketPriority })}>
        <option value="" disabled>{t('inbox.bulkPriority')}</option>
        {TICKET_PRIORITIES.map((priority) => <option key={priority} value={priority}>{priorityLabel(t, priority)}</option>)}
      </select>
      <form className="bulk-tag" onSubmit={onTag}>
        <input type="text" aria-label={t('inbox.bulkTag')} placeholder={t('inbox.bulkTag')} disabled={disabled} value={tag} onChange={(event) => setTag(event.target.value)} />
        <button type="submit" className="btn btn-small" disabled={disabled || !tag.trim()}>{t('inbox.addTag')}</button>
      </form>
      {!disabled && <button type="button" className="btn btn-small btn-ghost" onClick={onClear}>{t('inbox.clearSelection')}</button>}
    </div>
  );
}
