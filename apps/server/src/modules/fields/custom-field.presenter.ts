import type { CustomFieldSchema, CustomFieldType } from '@tuki/shared';
import type { CustomFieldRow } from './queries.ts';

/** Custom field row → API shape. */
export function presentCustomField(row: CustomFieldRow): CustomFieldSchema {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type as CustomFieldType,
    options: row.options,
    required: row.required,
    position: row.position,
    active: row.active,
  };
}
