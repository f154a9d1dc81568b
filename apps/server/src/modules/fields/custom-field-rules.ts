import type { CustomFieldType } from '@tuki/shared';
import { AppError } from '../../lib/errors.ts';

/** Checks a field's options against its type; returns them trimmed (dropdowns need at least one, unique; other types none). */
export function cleanOptions(type: CustomFieldType, options: string[] | undefined): string[] {
  const cleaned = (options ?? []).map((option) => option.trim());
  if (type !== 'dropdown') {
    if (cleaned.length) throw new AppError('validation_failed', `options: only dropdown fields have options, not ${type} fields`, { field: 'options' });
    return [];
  }
  if (!cleaned.length || cleaned.some((option) => !option)) {
    throw new AppError('validation_failed', 'options: a dropdown field needs at least one option, and options cannot be blank', { field: 'options' });
  }
  const seen = new Set<string>();
  for (const option of cleaned) {
    if (seen.has(option)) throw new AppError('validation_failed', `options: "${option}" is listed twice`, { field: 'options' });
    seen.add(option);
  }
  return cleaned;
}
