import type { Channel, CustomFieldType, GroupKind, Language, TicketPriority, TicketStatus, TicketType, UserRole } from '@tuki/shared';
import type { Translate } from '../i18n/I18nProvider.tsx';

// Each label is spelled out with a literal key so the catalogue test can see every key in use.

/** The translated name of a ticket status. */
export function statusLabel(t: Translate, status: TicketStatus | string): string {
  switch (status) {
    case 'new': return t('status.new');
    case 'open': return t('status.open');
    case 'pending': return t('status.pending');
    case 'on-hold': return t('status.onHold');
    case 'solved': return t('status.solved');
    case 'closed': return t('status.closed');
    default: return status;
  }
}

/** The translated name of a ticket priority. */
export function priorityLabel(t: Translate, priority: TicketPriority): string {
  switch (priority) {
    case 'low': return t('priority.low');
    case 'normal': return t('priority.normal');
    case 'high': return t('priority.high');
    case 'urgent': return t('priority.urgent');
  }
}

/** The translated name of a ticket type. */
export function typeLabel(t: Translate, type: TicketType): string {
  switch (type) {
    case 'question': return t('type.question');
    case 'incident': return t('type.incident');
    case 'problem': return t('type.problem');
    case 'task': return t('type.task');
  }
}

/** The translated name of a channel. */
export function channelLabel(t: Translate, channel: Channel): string {
  switch (channel) {
    case 'email': return t('channel.email');
    case 'chat': return t('channel.chat');
    case 'phone': return t('channel.phone');
    case 'social': return t('channel.social');
    case 'review': return t('channel.review');
    case 'webform': return t('channel.webform');
    case 'api': return t('channel.api');
    case 'agent': return t('channel.agent');
  }
}

/** The translated name of a user role. */
export function roleLabel(t: Translate, role: UserRole): string {
  switch (role) {
    case 'admin': return t('role.admin');
    case 'supervisor': return t('role.supervisor');
    case 'agent': return t('role.agent');
    case 'read-only': return t('role.readOnly');
  }
}

/** The name of a language, written in that language so speakers recognise it. */
export function languageName(t: Translate, language: Language): string {
  switch (language) {
    case 'en': return t('language.en');
    case 'fi': return t('language.fi');
    case 'et': return t('language.et');
    case 'nb': return t('language.nb');
  }
}

/** The translated name of a group kind. */
export function groupKindLabel(t: Translate, kind: GroupKind): string {
  return kind === 'tier' ? t('groupKind.tier') : t('groupKind.department');
}

/** The translated name of a custom field type. */
export function fieldTypeLabel(t: Translate, type: CustomFieldType): string {
  switch (type) {
    case 'text': return t('fieldType.text');
    case 'number': return t('fieldType.number');
    case 'date': return t('fieldType.date');
    case 'dropdown': return t('fieldType.dropdown');
    case 'checkbox': return t('fieldType.checkbox');
  }
}

/** The translated name of a sortable ticket column. */
export function sortFieldLabel(t: Translate, field: string): string {
  switch (field) {
    case 'updated_at': return t('sort.updatedAt');
    case 'created_at': return t('sort.createdAt');
    case 'priority': return t('sort.priority');
    case 'due_at': return t('sort.dueAt');
    case 'number': return t('sort.number');
    case 'status': return t('sort.status');
    default: return field;
  }
}

/** The display name of a view; built-in views carry a message key as their name. */
export function viewName(t: Translate, view: { name: string }): string {
  switch (view.name) {
    case 'views.mine': return t('views.mine');
    case 'views.unassigned': return t('views.unassigned');
    case 'views.allOpen': return t('views.allOpen');
    case 'views.myGroups': return t('views.myGroups');
    case 'views.pending': return t('views.pending');
    case 'views.overdue': return t('views.overdue');
    case 'views.recentlySolved': return t('views.recentlySolved');
    default: return view.name;
  }
}
