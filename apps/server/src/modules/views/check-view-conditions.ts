import type { ViewCondition } from '@tuki/shared';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { findCustomFields } from '../fields/queries.ts';
import { validateViewConditions } from './view-filter.ts';

/** Throws validation_failed unless every condition makes sense and names custom fields that exist. */
export async function checkViewConditions(db: Db, workspaceId: string, conditions: ViewCondition[]): Promise<void> {
  validateViewConditions(conditions);
  const keys = [...new Set(conditions.filter((condition) => condition.field === 'custom').map((condition) => condition.key ?? ''))];
  if (!keys.length) return;
  const known = new Set((await findCustomFields(db, workspaceId)).map((field) => field.key));
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length) throw new AppError('validation_failed', `conditions: no custom field with the key ${unknown.map((key) => `"${key}"`).join(', ')}`);
}
