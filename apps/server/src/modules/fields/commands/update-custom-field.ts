import { and, eq } from 'drizzle-orm';
import type { CustomFieldBody, CustomFieldType } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { customFields } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { cleanOptions } from '../custom-field-rules.ts';
import type { CustomFieldRow } from '../queries.ts';

/** Changes a custom field's label, options, order, required or active flag; key and type stay as created. */
export async function updateCustomField(ctx: CommandContext, field: CustomFieldRow, input: Partial<CustomFieldBody>): Promise<CustomFieldRow> {
  if (input.key !== undefined && input.key !== field.key) {
    throw new AppError('validation_failed', `key: cannot change after creation (tickets store values under "${field.key}")`, { field: 'key' });
  }
  if (input.type !== undefined && input.type !== field.type) {
    throw new AppError('validation_failed', `type: cannot change after creation; create a new field instead`, { field: 'type' });
  }
  const changes: Partial<typeof customFields.$inferInsert> = {};
  if (input.label !== undefined) changes.label = input.label.trim();
  if (input.options !== undefined) changes.options = cleanOptions(field.type as CustomFieldType, input.options);
  if (input.required !== undefined) changes.required = input.required;
  if (input.position !== undefined) changes.position = input.position;
  if (input.active !== undefined) changes.active = input.active;
  if (!Object.keys(changes).length) return field;
  const [row] = await ctx.db
    .update(customFields)
    .set(changes)
    .where(and(eq(customFields.id, field.id), eq(customFields.workspaceId, ctx.actor.workspaceId)))
    .returning();
  return row;
}
