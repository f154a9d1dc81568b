import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Channel, TicketPriority } from '@tuki/shared';
import { TICKET_PRIORITIES } from '@tuki/shared/enums';
import { ticketsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useSession } from '../session/useSession.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { channelLabel, priorityLabel } from '../common/labels.ts';

const AGENT_CHANNELS: Channel[] = ['phone', 'email', 'chat', 'agent'];

/** Creates a ticket on a customer's behalf (a phone call, a walk-in) and opens it. */
export function NewTicketDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const { user } = useSession();
  const directory = useDirectory();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [channel, setChannel] = useState<Channel>('phone');
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [groupId, setGroupId] = useState(() => directory.groups.find((group) => group.memberIds.includes(user.id))?.id ?? '');
  const [assignToMe, setAssignToMe] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const ticket = await ticketsApi.create({
        subject: subject.trim(),
        body: body.trim(),
        requester: { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
        channel,
        priority,
        groupId: groupId || null,
        ...(assignToMe ? { assigneeId: user.id } : {}),
      });
      toast.success(t('newTicket.created', { number: ticket.number }));
      onClose();
      navigate(`/tickets/${ticket.id}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('newTicket.title')} onClose={onClose} wide>
      <form className="stack" onSubmit={submit}>
        <ErrorBanner error={error} />
        <div className="admin-form">
          <label className="field"><span>{t('newTicket.requesterEmail')}</span><input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} /></label>
          <label className="field"><span>{t('newTicket.requesterName')}</span><input type="text" maxLength={200} value={name} onChange={(event) => setName(event.target.value)} /></label>
        </div>
        <label className="field"><span>{t('ticket.subject')}</span><input type="text" required maxLength={500} value={subject} onChange={(event) => setSubject(event.target.value)} /></label>
        <label className="field"><span>{t('newTicket.description')}</span><textarea required rows={5} value={body} onChange={(event) => setBody(event.target.value)} /></label>
        <div className="admin-form">
          <label className="field">
            <span>{t('condition.channel')}</span>
            <select value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
              {AGENT_CHANNELS.map((value) => <option key={value} value={value}>{channelLabel(t, value)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('ticket.priority')}</span>
            <select value={priority} onChange={(event) => setPriority(event.target.value as TicketPriority)}>
              {TICKET_PRIORITIES.map((value) => <option key={value} value={value}>{priorityLabel(t, value)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('ticket.group')}</span>
            <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">{t('ticket.noGroup')}</option>
              {directory.groups.map((group) => <option key={group.id} value={group.id}>{group.name}</option>)}
            </select>
          </label>
        </div>
        <label className="row small"><input type="checkbox" checked={assignToMe} onChange={(event) => setAssignToMe(event.target.checked)} />{t('ticket.assignToMe')}</label>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{t('newTicket.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
