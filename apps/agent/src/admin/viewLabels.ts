import type { ViewCondition } from '@tuki/shared';
import { CHANNELS, LANGUAGES, TICKET_PRIORITIES, TICKET_TYPES } from '@tuki/shared/enums';
import type { Translate } from '../i18n/I18nProvider.tsx';
import { channelLabel, languageName, priorityLabel, statusLabel, typeLabel } from '../common/labels.ts';

/** Fields a view condition can test. */
export const CONDITION_FIELDS: ViewCondition['field'][] = ['status', 'priority', 'type', 'channel', 'assignee', 'group', 'tag', 'requester', 'language', 'due', 'created', 'updated', 'custom'];

/** Operators a view condition can use. */
export const CONDITION_OPERATORS: ViewCondition['operator'][] = ['is', 'is_not', 'in', 'not_in', 'contains', 'before', 'after', 'is_empty', 'is_not_empty', 'overdue', 'older_than_hours'];

/** Operators that take no value. */
export const VALUELESS_OPERATORS = new Set<ViewCondition['operator']>(['is_empty', 'is_not_empty', 'overdue']);

/** The translated name of a condition field. */
export function conditionFieldLabel(t: Translate, field: ViewCondition['field']): string {
  switch (field) {
    case 'status': return t('ticket.status');
    case 'priority': return t('ticket.priority');
    case 'type': return t('ticket.type');
    case 'channel': return t('condition.channel');
    case 'assignee': return t('ticket.assignee');
    case 'group': return t('ticket.group');
    case 'tag': return t('condition.tag');
    case 'requester': return t('requester.title');
    case 'language': return t('requester.language');
    case 'due': return t('ticket.due');
    case 'created': return t('sort.createdAt');
    case 'updated': return t('sort.updatedAt');
    case 'custom': return t('ticket.customFields');
  }
}

/** The translated name of a condition operator. */
export function operatorLabel(t: Translate, operator: ViewCondition['operator']): string {
  switch (operator) {
    case 'is': return t('condition.is');
    case 'is_not': return t('condition.isNot');
    case 'in': return t('condition.in');
    case 'not_in': return t('condition.notIn');
    case 'contains': return t('condition.contains');
    case 'before': return t('condition.before');
    case 'after': return t('condition.after');
    case 'is_empty': return t('condition.isEmpty');
    case 'is_not_empty': return t('condition.isNotEmpty');
    case 'overdue': return t('condition.overdue');
    case 'older_than_hours': return t('condition.olderThanHours');
  }
}

/** A condition value as editable text. */
export function valueToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Editable text back to a condition value for an operator. */
export function textToValue(text: string, operator: ViewCondition['operator']): unknown {
  if (VALUELESS_OPERATORS.has(operator)) return undefined;
  if (operator === 'in' || operator === 'not_in') return text.split(',').map((part) => part.trim()).filter(Boolean);
  if (operator === 'older_than_hours') return Number(text);
  return text.trim();
}

/** Names for ids in condition values (the directory of agents and groups). */
export type ConditionNames = { userName: (id: string) => string | null; groupName: (id: string) => string | null };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function conditionWord(t: Translate, field: ViewCondition['field'], value: string, names: ConditionNames): string {
  switch (field) {
    case 'status': return statusLabel(t, value);
    case 'priority': return isOneOf(TICKET_PRIORITIES, value) ? priorityLabel(t, value) : value;
    case 'type': return isOneOf(TICKET_TYPES, value) ? typeLabel(t, value) : value;
    case 'channel': return isOneOf(CHANNELS, value) ? channelLabel(t, value) : value;
    case 'language': return isOneOf(LANGUAGES, value) ? languageName(t, value) : value;
    case 'assignee': return value === 'me' ? t('condition.me') : value === 'none' ? t('ticket.unassigned') : (names.userName(value) ?? value);
    case 'group': return value === 'mine' ? t('condition.myGroups') : (names.groupName(value) ?? value);
    default: return value;
  }
}

/** A condition value as the reader says it: translated statuses and priorities, names instead of ids, "me" and "my groups". */
export function conditionValueLabel(t: Translate, condition: ViewCondition, names: ConditionNames): string {
  if (condition.value === undefined || condition.value === null) return '';
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  return values.map((value) => conditionWord(t, condition.field, String(value), names)).join(', ');
}
