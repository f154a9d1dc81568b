import { useState } from 'react';
import type { TicketSchema, UpdateTicketBody, TicketPriority, TicketStatus, TicketType } from '@tuki/shared';
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from '@tuki/shared/enums';
import { ticketsApi } from '../api/endpoints.ts';
import { useT, useI18n } from '../i18n/useT.ts';
import { useSession } from '../session/useSession.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { priorityLabel, statusLabel, typeLabel } from '../common/labels.ts';
import { fromZonedInput, toZonedInput } from '../common/zonedTime.ts';
import { TagEditor } from './TagEditor.tsx';
import { CustomFieldInputs } from './CustomFieldInputs.tsx';

/** The ticket's properties; every change is saved immediately. */
export function PropertiesPanel({ ticket, onSaved }: { ticket: TicketSchema; onSaved: (ticket: TicketSchema) => void }) {
  const t = useT();
  const { timeZone } = useI18n();
  const { user } = useSession();
  const directory = useDirectory();
  const toast = useToast();
  const [saving, setSaving] = useState<string | null>(null);
  const [savedField, setSavedField] = useState<string | null>(null);

  const save = async (field: string, changes: UpdateTicketBody) => {
    setSaving(field);
    setSavedField(null);
    try {
      onSaved(await ticketsApi.update(ticket.id, changes));
      setSavedField(field);
    } catch (error) {
      toast.error(error);
    } finally {
      setSaving(null);
    }
  };

  const state = (field: string) => (saving === field ? t('properties.saving') : savedField === field ? t('properties.saved') : '');
  const following = ticket.followerIds.includes(user.id);

  return (
    <section className="panel properties" aria-labelledby="properties-title">
      <h2 id="properties-title" className="panel-title">{t('properties.title')}</h2>
      <p className="visually-hidden" aria-live="polite">{saving ? t('properties.saving') : savedField ? t('properties.saved') : ''}</p>
      <label className="prop">
        <span>{t('ticket.status')} <em>{state('status')}</em></span>
        <select id="ticket-status" value={ticket.status} disabled={saving === 'status'} onChange={(event) => void save('status', { status: event.target.value as TicketStatus })}>
          {TICKET_STATUSES.map((value) => <option key={value} value={value}>{statusLabel(t, value)}</option>)}
        </select>
      </label>
      <label className="prop">
        <span>{t('ticket.priority')} <em>{state('priority')}</em></span>
        <select value={ticket.priority} disabled={saving === 'priority'} onChange={(event) => void save('priority', { priority: event.target.value as TicketPriority })}>
          {TICKET_PRIORITIES.map((value) => <option key={value} value={value}>{priorityLabel(t, value)}</option>)}
        </select>
      </label>
      <label className="prop">
        <span>{t('ticket.type')} <em>{state('type')}</em></span>
        <select value={ticket.type} disabled={saving === 'type'} onChange={(event) => void save('type', { type: event.target.value as TicketType })}>
          {TICKET_TYPES.map((value) => <option key={value} value={value}>{typeLabel(t, value)}</option>)}
        </select>
      </label>
      <div className="prop">
        <label htmlFor="ticket-assignee">{t('ticket.assignee')} <em>{state('assignee')}</em></label>
        <div className="prop-row">
          <select id="ticket-assignee" value={ticket.assigneeId ?? ''} disabled={saving === 'assignee'} onChange={(event) => void save('assignee', { assigneeId: event.target.value || null })}>
            <option value="">{t('ticket.unassigned')}</option>
            {directory.users.filter((agent) => agent.active || agent.id === ticket.assigneeId).map((agent) => (
              <option key={agent.id} value={agent.id}>{agent.name}</option>
            ))}
          </select>
          {ticket.assigneeId !== user.id && (
            <button type="button" className="btn btn-small" onClick={() => void save('assignee', { assigneeId: user.id })}>{t('ticket.me')}</button>
          )}
        </div>
      </div>
      <label className="prop">
        <span>{t('ticket.group')} <em>{state('group')}</em></span>
        <select value={ticket.groupId ?? ''} disabled={saving === 'group'} onChange={(event) => void save('group', { groupId: event.target.value || null })}>
          <option value="">{t('ticket.noGroup')}</option>
          {directory.groups.map((group) => <option key={group.id} value={group.id}>{group.name}</option>)}
        </select>
      </label>
      <label className="prop">
        <span>{t('ticket.due')} <em>{state('due')}</em></span>
        <input
          type="datetime-local"
          defaultValue={toZonedInput(ticket.dueAt, timeZone)}
          key={`${ticket.dueAt}-${timeZone}`}
          onBlur={(event) => {
            const next = fromZonedInput(event.target.value, timeZone);
            if (next !== ticket.dueAt) void save('due', { dueAt: next });
          }}
        />
      </label>
      <TagEditor tags={ticket.tags} busy={saving === 'tags'} status={state('tags')} onChange={(tags) => void save('tags', { tags })} />
      <CustomFieldInputs ticket={ticket} status={state('custom')} onChange={(customFields) => void save('custom', { customFields })} />
      <div className="prop">
        <button type="button" className="btn btn-small" aria-pressed={following} onClick={() => void save('followers', { followerIds: following ? ticket.followerIds.filter((id) => id !== user.id) : [...ticket.followerIds, user.id] })}>
          {following ? t('ticket.unfollow') : t('ticket.follow')}
        </button>
        {ticket.followerIds.length > 0 && (
          <span className="faint small">{t('ticket.followerCount', { count: ticket.followerIds.length })}</span>
        )}
      </div>
    </section>
  );
}
