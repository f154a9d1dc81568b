import type { ViewCondition } from '@tuki/shared';

type BuiltInView = { name: string; conditions: ViewCondition[]; sortBy: string; sortOrder: string };

/** The views every workspace starts with. Names are message keys the UI translates. */
export const BUILT_IN_VIEWS: BuiltInView[] = [
  { name: 'views.mine', conditions: [{ field: 'assignee', operator: 'is', value: 'me' }, { field: 'status', operator: 'in', value: ['new', 'open', 'pending', 'on-hold'] }], sortBy: 'updated_at', sortOrder: 'desc' },
  { name: 'views.unassigned', conditions: [{ field: 'assignee', operator: 'is_empty' }, { field: 'status', operator: 'in', value: ['new', 'open'] }], sortBy: 'created_at', sortOrder: 'asc' },
  { name: 'views.allOpen', conditions: [{ field: 'status', operator: 'in', value: ['new', 'open', 'pending', 'on-hold'] }], sortBy: 'updated_at', sortOrder: 'desc' },
  { name: 'views.myGroups', conditions: [{ field: 'group', operator: 'is', value: 'mine' }, { field: 'status', operator: 'in', value: ['new', 'open', 'pending', 'on-hold'] }], sortBy: 'updated_at', sortOrder: 'desc' },
  { name: 'views.pending', conditions: [{ field: 'status', operator: 'is', value: 'pending' }], sortBy: 'updated_at', sortOrder: 'desc' },
  { name: 'views.overdue', conditions: [{ field: 'due', operator: 'overdue' }], sortBy: 'due_at', sortOrder: 'asc' },
  { name: 'views.recentlySolved', conditions: [{ field: 'status', operator: 'in', value: ['solved', 'closed'] }], sortBy: 'updated_at', sortOrder: 'desc' },
];
