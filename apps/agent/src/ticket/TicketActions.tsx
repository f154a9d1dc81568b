import { useState, type FormEvent } from 'react';
import type { SearchHitSchema, TicketPriority, TicketSchema } from '@tuki/shared';
import { TICKET_PRIORITIES } from '@tuki/shared/enums';
import { ticketsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { groupKindLabel, priorityLabel } from '../common/labels.ts';
import { TicketPicker } from './TicketPicker.tsx';

type Mode = 'escalate' | 'merge' | 'link' | null;

/** Escalate, merge and link buttons with their dialogs. */
export function TicketActions({ ticket, onChanged }: { ticket: TicketSchema; onChanged: () => void }) {
  const t = useT();
  const toast = useToast();
  const directory = useDirectory();
  const [mode, setMode] = useState<Mode>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [groupId, setGroupId] = useState('');
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState<TicketPriority | ''>('');
  const [target, setTarget] = useState<SearchHitSchema | null>(null);

  const open = (next: Mode) => {
    setMode(next);
    setError(null);
    setTarget(null);
    setReason('');
    setGroupId('');
    setPriority('');
  };

  const run = async (event: FormEvent, action: () => Promise<unknown>, done: string) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
      toast.success(done);
      setMode(null);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const close = () => setMode(null);
  return (
    <div className="ticket-actions">
      <button type="button" className="btn btn-small" onClick={() => open('escalate')}>{t('actions.escalate')}</button>
      <button type="button" className="btn btn-small" onClick={() => open('link')}>{t('actions.link')}</button>
      <button type="button" className="btn btn-small" onClick={() => open('merge')} disabled={ticket.mergedIntoId !== null}>{t('actions.merge')}</button>

      {mode === 'escalate' && (
        <Dialog title={t('actions.escalateTitle', { number: ticket.number })} onClose={close}>
          <form className="stack" onSubmit={(event) => void run(event, () => ticketsApi.escalate(ticket.id, { groupId, reason: reason.trim(), ...(priority ? { priority } : {}) }), t('actions.escalated'))}>
            <ErrorBanner error={error} />
            <label className="field">
              <span>{t('actions.toGroup')}</span>
              <select required value={groupId} onChange={(event) => setGroupId(event.target.value)}>
                <option value="" disabled>{t('actions.chooseGroup')}</option>
                {directory.groups.filter((group) => group.id !== ticket.groupId).map((group) => (
                  <option key={group.id} value={group.id}>{group.name} ({groupKindLabel(t, group.kind)})</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('actions.reason')}</span>
              <textarea required rows={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('actions.newPriority')}</span>
              <select value={priority} onChange={(event) => setPriority(event.target.value as TicketPriority | '')}>
                <option value="">{t('actions.keepPriority')}</option>
                {TICKET_PRIORITIES.map((value) => <option key={value} value={value}>{priorityLabel(t, value)}</option>)}
              </select>
            </label>
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
              <button type="submit" className="btn btn-primary" disabled={busy || !groupId || !reason.trim()}>{t('actions.escalate')}</button>
            </div>
          </form>
        </Dialog>
      )}

      {(mode === 'merge' || mode === 'link') && (
        <Dialog title={mode === 'merge' ? t('actions.mergeTitle', { number: ticket.number }) : t('actions.linkTitle', { number: ticket.number })} onClose={close} wide>
          <form
            className="stack"
            onSubmit={(event) =>
              target &&
              void run(
                event,
                () => (mode === 'merge' ? ticketsApi.merge(ticket.id, target.ticketId) : ticketsApi.link(ticket.id, target.ticketId)),
                mode === 'merge' ? t('actions.merged', { number: target.number }) : t('actions.linked', { number: target.number }),
              )
            }
          >
            {mode === 'merge' && <p className="notice">{t('actions.mergeExplain')}</p>}
            <ErrorBanner error={error} />
            <TicketPicker excludeId={ticket.id} selected={target} onSelect={setTarget} />
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
              <button type="submit" className={mode === 'merge' ? 'btn btn-primary btn-danger-fill' : 'btn btn-primary'} disabled={busy || !target}>
                {mode === 'merge' ? t('actions.mergeInto', { number: target?.number ?? '…' }) : t('actions.link')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </div>
  );
}
