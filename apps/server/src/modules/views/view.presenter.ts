import type { ViewCondition, ViewSchema } from '@tuki/shared';
import type { ViewRow } from './queries.ts';

/** View row (with its live count when known) → API shape. */
export function presentView(row: ViewRow, count?: { count: number; capped: boolean }): ViewSchema {
  return {
    id: row.id,
    name: row.name,
    ownerId: row.ownerUserId,
    conditions: row.conditions as ViewCondition[],
    sortBy: row.sortBy as ViewSchema['sortBy'],
    sortOrder: row.sortOrder as ViewSchema['sortOrder'],
    position: row.position,
    builtIn: row.builtIn,
    ...(count === undefined ? {} : { count: count.count, countCapped: count.capped }),
  };
}
