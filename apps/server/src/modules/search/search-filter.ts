import { sql, type SQL } from 'drizzle-orm';
import type { ViewCondition } from '@tuki/shared';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { findGroups } from '../groups/queries.ts';
import { findContactIdByEmail } from '../contacts/queries.ts';
import { buildViewFilter, type ViewActor } from '../views/queries.ts';
import type { ParsedSearchQuery } from './parse-search-query.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Search filters → ticket conditions; names (groups, requester e-mails) are looked up, unknown ones match nothing. */
export async function searchFilterConditions(db: Db, workspaceId: string, filters: ParsedSearchQuery['filters']): Promise<{ conditions: ViewCondition[]; matchesNothing: boolean }> {
  const conditions: ViewCondition[] = [];
  const lists = new Map<'status' | 'priority' | 'type', string[]>();
  let matchesNothing = false;
  let groups: Awaited<ReturnType<typeof findGroups>> | undefined;
  for (const { key, value } of filters) {
    const lower = value.toLowerCase();
    switch (key) {
      case 'status':
      case 'priority':
      case 'type':
        lists.set(key, [...(lists.get(key) ?? []), ...lower.split(',').filter(Boolean)]);
        break;
      case 'tag':
        conditions.push({ field: 'tag', operator: 'contains', value: lower });
        break;
      case 'assignee':
        if (lower === 'none') conditions.push({ field: 'assignee', operator: 'is_empty' });
        else if (lower === 'me' || UUID.test(lower)) conditions.push({ field: 'assignee', operator: 'is', value: lower });
        else throw new AppError('validation_failed', `assignee:${value}: use assignee:me, assignee:none or a user id`);
        break;
      case 'group': {
        if (lower === 'none') conditions.push({ field: 'group', operator: 'is_empty' });
        else if (lower === 'mine' || UUID.test(lower)) conditions.push({ field: 'group', operator: 'is', value: lower });
        else {
          groups ??= await findGroups(db, workspaceId);
          const group = groups.find((row) => row.name.toLowerCase() === lower);
          if (group) conditions.push({ field: 'group', operator: 'is', value: group.id });
          else matchesNothing = true;
        }
        break;
      }
      case 'requester': {
        const contactId = UUID.test(lower) ? lower : await findContactIdByEmail(db, workspaceId, value);
        if (contactId) conditions.push({ field: 'requester', operator: 'is', value: contactId });
        else matchesNothing = true;
        break;
      }
    }
  }
  for (const [field, values] of lists) conditions.push({ field, operator: 'in', value: values });
  return { conditions, matchesNothing };
}

/** The where clause for search: workspace, unmerged, filters (validated even when nothing can match). */
export async function buildSearchFilter(db: Db, workspaceId: string, filters: ParsedSearchQuery['filters'], actor: ViewActor): Promise<SQL> {
  const { conditions, matchesNothing } = await searchFilterConditions(db, workspaceId, filters);
  const where = buildViewFilter(workspaceId, conditions, actor);
  return matchesNothing ? sql`false` : where;
}
