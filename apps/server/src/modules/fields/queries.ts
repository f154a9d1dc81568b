import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { customFields } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** A custom field definition row. */
export type CustomFieldRow = typeof customFields.$inferSelect;

/** All custom field definitions of a workspace, in display order. */
export async function findCustomFields(db: Db, workspaceId: string): Promise<CustomFieldRow[]> {
  return db.select().from(customFields).where(eq(customFields.workspaceId, workspaceId)).orderBy(asc(customFields.position), asc(customFields.label));
}

/** Loads one definition; throws not_found. */
export async function getCustomField(db: Db, workspaceId: string, id: string): Promise<CustomFieldRow> {
  const [row] = await db.select().from(customFields).where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id))).limit(1);
  return found(row, 'Custom field');
}
