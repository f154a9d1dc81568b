import { and, eq, gt, inArray, isNotNull, isNull, lt, ne, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CHANNELS, LANGUAGES, TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type ViewCondition } from '@tuki/shared';
import { tickets } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';

/** Whom a view is evaluated for: 'me' is the user, 'mine' their groups. */
export type ViewActor = { userId: string | null; groupIds: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CUSTOM_KEY = /^[a-z][a-z0-9_]{0,62}$/;
const MAX_VALUES = 100;

const ENUM_FIELDS = {
  status: { column: tickets.status, allowed: TICKET_STATUSES },
  priority: { column: tickets.priority, allowed: TICKET_PRIORITIES },
  type: { column: tickets.type, allowed: TICKET_TYPES },
  channel: { column: tickets.channel, allowed: CHANNELS },
  language: { column: tickets.language, allowed: LANGUAGES },
} as const;

function invalid(condition: ViewCondition, reason: string): never {
  throw new AppError('validation_failed', `Condition "${condition.field} ${condition.operator}": ${reason}`, { condition });
}

function unsupported(condition: ViewCondition): never {
  return invalid(condition, `the operator ${condition.operator} is not supported for ${condition.field}`);
}

function oneString(condition: ViewCondition): string {
  if (typeof condition.value !== 'string' || !condition.value.trim()) invalid(condition, 'the value must be a non-empty string');
  return condition.value.trim();
}

function stringList(condition: ViewCondition): string[] {
  const raw = Array.isArray(condition.value) ? condition.value : [condition.value];
  if (!raw.length || raw.length > MAX_VALUES || raw.some((item) => typeof item !== 'string' || !item.trim())) {
    invalid(condition, `the value must be a non-empty string or a list of 1–${MAX_VALUES} non-empty strings`);
  }
  return [...new Set((raw as string[]).map((item) => item.trim()))];
}

function allowedValues(condition: ViewCondition, values: string[], allowed: readonly string[]): string[] {
  const wrong = values.filter((value) => !allowed.includes(value));
  if (wrong.length) invalid(condition, `unknown value ${wrong.map((value) => `"${value}"`).join(', ')}; expected one of ${allowed.join(', ')}`);
  return values;
}

function timestamp(condition: ViewCondition): Date {
  const value = typeof condition.value === 'string' ? new Date(condition.value) : undefined;
  if (!value || Number.isNaN(value.getTime())) invalid(condition, 'the value must be an ISO 8601 date or timestamp');
  return value;
}

function hours(condition: ViewCondition): number {
  const value = condition.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 24 * 365 * 20) invalid(condition, 'the value must be a positive number of hours');
  return value;
}

function enumCondition(condition: ViewCondition, field: keyof typeof ENUM_FIELDS): SQL {
  const { column, allowed } = ENUM_FIELDS[field];
  switch (condition.operator) {
    case 'is':
      return eq(column, allowedValues(condition, [oneString(condition)], allowed)[0]);
    case 'is_not':
      return ne(column, allowedValues(condition, [oneString(condition)], allowed)[0]);
    case 'in':
      return inArray(column, allowedValues(condition, stringList(condition), allowed));
    case 'not_in':
      return notInArray(column, allowedValues(condition, stringList(condition), allowed));
    default:
      return unsupported(condition);
  }
}

/** 'me' → the actor's id; other values must be UUIDs. Null means "nobody" (a system actor has no 'me'). */
function userIds(condition: ViewCondition, values: string[], actor: ViewActor): string[] {
  return values.flatMap((value) => {
    if (value === 'me') return actor.userId ? [actor.userId] : [];
    if (!UUID.test(value)) invalid(condition, `"${value}" must be 'me' or a user id`);
    return [value.toLowerCase()];
  });
}

function groupIds(condition: ViewCondition, values: string[], actor: ViewActor): string[] {
  return values.flatMap((value) => {
    if (value === 'mine') return actor.groupIds;
    if (!UUID.test(value)) invalid(condition, `"${value}" must be 'mine' or a group id`);
    return [value.toLowerCase()];
  });
}

function idCondition(condition: ViewCondition, column: AnyPgColumn, ids: (values: string[]) => string[]): SQL {
  switch (condition.operator) {
    case 'is':
    case 'in': {
      const values = ids(condition.operator === 'is' ? [oneString(condition)] : stringList(condition));
      return values.length ? inArray(column, values) : sql`false`;
    }
    case 'is_not':
    case 'not_in': {
      const values = ids(condition.operator === 'is_not' ? [oneString(condition)] : stringList(condition));
      return values.length ? or(isNull(column), notInArray(column, values))! : sql`true`;
    }
    case 'is_empty':
      return isNull(column);
    case 'is_not_empty':
      return isNotNull(column);
    default:
      return unsupported(condition);
  }
}

function tagCondition(condition: ViewCondition): SQL {
  if (condition.operator === 'is_empty') return sql`cardinality(${tickets.tags}) = 0`;
  if (condition.operator === 'is_not_empty') return sql`cardinality(${tickets.tags}) > 0`;
  const tags = stringList(condition).map((tag) => tag.toLowerCase());
  const array = sql`array[${sql.join(tags.map((tag) => sql`${tag}`), sql`, `)}]::text[]`;
  switch (condition.operator) {
    case 'is':
    case 'contains':
      return sql`${tickets.tags} @> ${array}`;
    case 'in':
      return sql`${tickets.tags} && ${array}`;
    case 'is_not':
      return not(sql`${tickets.tags} @> ${array}`);
    case 'not_in':
      return not(sql`${tickets.tags} && ${array}`);
    default:
      return unsupported(condition);
  }
}

function dueCondition(condition: ViewCondition): SQL {
  switch (condition.operator) {
    case 'overdue':
      return and(isNotNull(tickets.dueAt), sql`${tickets.dueAt} < now()`, notInArray(tickets.status, ['solved', 'closed']))!;
    case 'before':
      return lt(tickets.dueAt, timestamp(condition));
    case 'after':
      return gt(tickets.dueAt, timestamp(condition));
    case 'is_empty':
      return isNull(tickets.dueAt);
    case 'is_not_empty':
      return isNotNull(tickets.dueAt);
    default:
      return unsupported(condition);
  }
}

function timeCondition(condition: ViewCondition, column: typeof tickets.createdAt): SQL {
  switch (condition.operator) {
    case 'before':
      return lt(column, timestamp(condition));
    case 'after':
      return gt(column, timestamp(condition));
    case 'older_than_hours':
      return sql`${column} < now() - (${hours(condition)}::float8 * interval '1 hour')`;
    default:
      return unsupported(condition);
  }
}

function customCondition(condition: ViewCondition): SQL {
  if (!condition.key || !CUSTOM_KEY.test(condition.key)) invalid(condition, 'a custom field condition needs the field key (lower-case letters, digits, _)');
  const text = sql`(${tickets.customFields} ->> ${condition.key})`;
  const scalar = () => {
    const value = condition.value;
    if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
    return oneString(condition);
  };
  switch (condition.operator) {
    case 'is':
      return sql`${text} = ${scalar()}`;
    case 'is_not':
      return sql`${text} is distinct from ${scalar()}`;
    case 'contains': {
      const pattern = `%${oneString(condition).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return sql`${text} ilike ${pattern}`;
    }
    case 'is_empty':
      return sql`coalesce(${text}, '') = ''`;
    case 'is_not_empty':
      return sql`coalesce(${text}, '') <> ''`;
    default:
      return unsupported(condition);
  }
}

/** One condition → SQL on the tickets table; throws validation_failed when it makes no sense. */
export function conditionToSql(condition: ViewCondition, actor: ViewActor): SQL {
  switch (condition.field) {
    case 'status':
    case 'priority':
    case 'type':
    case 'channel':
    case 'language':
      return enumCondition(condition, condition.field);
    case 'assignee':
      return idCondition(condition, tickets.assigneeId, (values) => userIds(condition, values, actor));
    case 'group':
      return idCondition(condition, tickets.groupId, (values) => groupIds(condition, values, actor));
    case 'requester':
      if (condition.operator === 'is_empty' || condition.operator === 'is_not_empty') return unsupported(condition);
      return idCondition(condition, tickets.requesterId, (values) =>
        values.map((value) => (UUID.test(value) ? value.toLowerCase() : invalid(condition, `"${value}" must be a contact id`))),
      );
    case 'tag':
      return tagCondition(condition);
    case 'due':
      return dueCondition(condition);
    case 'created':
      return timeCondition(condition, tickets.createdAt);
    case 'updated':
      return timeCondition(condition, tickets.updatedAt);
    case 'custom':
      return customCondition(condition);
    default:
      return invalid(condition, 'unknown field');
  }
}

/** Throws validation_failed for the first condition that makes no sense (used when a view is saved). */
export function validateViewConditions(conditions: ViewCondition[]): void {
  const probe: ViewActor = { userId: '00000000-0000-4000-8000-000000000000', groupIds: [] };
  for (const condition of conditions) conditionToSql(condition, probe);
}

/** The where clause of a view: the workspace, never merged tickets, and every condition (AND). */
export function buildViewFilter(workspaceId: string, conditions: ViewCondition[], actor: ViewActor): SQL {
  return and(eq(tickets.workspaceId, workspaceId), isNull(tickets.mergedIntoId), ...conditions.map((condition) => conditionToSql(condition, actor)))!;
}
