import type { TicketEventSchema, TicketPriority, TicketType } from '@tuki/shared';
import type { Translate } from '../i18n/I18nProvider.tsx';
import type { Directory } from '../session/DirectoryProvider.tsx';
import type { Formatters } from '../i18n/useFormat.ts';
import { priorityLabel, statusLabel, typeLabel } from '../common/labels.ts';

function fieldName(t: Translate, field: string): string {
  switch (field) {
    case 'status': return t('ticket.status');
    case 'priority': return t('ticket.priority');
    case 'type': return t('ticket.type');
    case 'assigneeId': return t('ticket.assignee');
    case 'groupId': return t('ticket.group');
    case 'tags': return t('ticket.tags');
    case 'dueAt': return t('ticket.due');
    case 'subject': return t('ticket.subject');
    case 'followerIds': return t('ticket.followers');
    case 'customFields': return t('ticket.customFields');
    default: return field;
  }
}

function valueText(t: Translate, field: string, value: unknown, directory: Directory, format: Formatters): string {
  if (value === null || value === undefined || value === '') return t('timeline.empty');
  switch (field) {
    case 'status': return statusLabel(t, String(value));
    case 'priority': return priorityLabel(t, value as TicketPriority);
    case 'type': return typeLabel(t, value as TicketType);
    case 'assigneeId': return directory.userName(String(value)) ?? t('timeline.unknownUser');
    case 'groupId': return directory.groupName(String(value)) ?? t('timeline.unknownGroup');
    case 'dueAt': return format.dateTime(String(value));
    case 'followerIds': return Array.isArray(value) ? value.map((id) => directory.userName(String(id)) ?? '?').join(', ') : String(value);
    case 'customFields': {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, fieldValue]) => fieldValue !== null && fieldValue !== '');
      return entries.length ? entries.map(([key, fieldValue]) => `${key}: ${String(fieldValue)}`).join(', ') : t('timeline.empty');
    }
    default:
      if (Array.isArray(value)) return value.length ? value.join(', ') : t('timeline.empty');
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
  }
}

function read(value: unknown, key: string): string {
  return value && typeof value === 'object' && key in value ? String((value as Record<string, unknown>)[key]) : '';
}

/** A sentence describing one timeline event in the agent's language. */
export function eventText(t: Translate, event: TicketEventSchema, directory: Directory, format: Formatters): string {
  const actor = event.actorName || t('timeline.system');
  switch (event.action) {
    case 'created':
      return t('timeline.created', { actor });
    case 'escalated':
      return t('timeline.escalated', { actor, group: read(event.after, 'groupName'), reason: read(event.after, 'reason') });
    case 'merged_into':
      return t('timeline.mergedInto', { actor, number: read(event.after, 'number') });
    case 'merged_from':
      return t('timeline.mergedFrom', { actor, number: read(event.after, 'number') });
    case 'linked':
      return t('timeline.linked', { actor, number: read(event.after, 'number') });
    case 'changed': {
      const field = event.field ?? '';
      if (field === 'assigneeId' && !event.after) return t('timeline.unassigned', { actor });
      if (field === 'assigneeId') return t('timeline.assigned', { actor, assignee: valueText(t, field, event.after, directory, format) });
      return t('timeline.changed', {
        actor,
        field: fieldName(t, field),
        before: valueText(t, field, event.before, directory, format),
        after: valueText(t, field, event.after, directory, format),
      });
    }
    default:
      return t('timeline.other', { actor, action: event.action });
  }
}
