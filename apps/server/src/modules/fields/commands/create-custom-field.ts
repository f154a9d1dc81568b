import type { CustomFieldBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { customFields } from '../../../db/schema/index.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';
import { cleanOptions } from '../custom-field-rules.ts';
import type { CustomFieldRow } from '../queries.ts';

/** Defines a new custom ticket field; its key is how tickets store values and can never change. */
export async function createCustomField(ctx: CommandContext, input: CustomFieldBody): Promise<CustomFieldRow> {
  const options = cleanOptions(input.type, input.options);
  try {
    const [row] = await ctx.db
      .insert(customFields)
      .values({
        workspaceId: ctx.actor.workspaceId,
        key: input.key,
        label: input.label.trim(),
        type: input.type,
        options,
        required: input.required ?? false,
        position: input.position ?? 0,
        active: input.active ?? true,
      })
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `A custom field with the key "${input.key}" already exists`, { field: 'key' });
    throw error;
  }
}

