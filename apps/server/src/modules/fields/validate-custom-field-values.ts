import type { CustomFieldValues } from '@tuki/shared';
import { AppError } from '../../lib/errors.ts';
import type { CustomFieldRow } from './queries.ts';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Checks values against the definitions (type, dropdown options, unknown keys); returns cleaned values. */
export function validateCustomFieldValues(definitions: CustomFieldRow[], values: CustomFieldValues): CustomFieldValues {
  const byKey = new Map(definitions.filter((field) => field.active).map((field) => [field.key, field]));
  const problems: string[] = [];
  const cleaned: CustomFieldValues = {};
  for (const [key, given] of Object.entries(values)) {
    let value = given;
    const field = byKey.get(key);
    if (!field) {
      problems.push(`${key}: no such custom field`);
      continue;
    }
    if (value === null || value === '') {
      cleaned[key] = null;
      continue;
    }
    // The HTTP layer coerces JSON numbers and booleans to strings (the value schema is a union led by
    // string), so accept their exact string forms and store the real type.
    if (field.type === 'number' && typeof value === 'string' && NUMBER.test(value.trim())) value = Number(value);
    if (field.type === 'checkbox' && (value === 'true' || value === 'false')) value = value === 'true';
    const ok =
      (field.type === 'text' && typeof value === 'string') ||
      (field.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
      (field.type === 'checkbox' && typeof value === 'boolean') ||
      (field.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) ||
      (field.type === 'dropdown' && typeof value === 'string' && field.options.includes(value));
    if (!ok) {
      problems.push(field.type === 'dropdown' ? `${key}: must be one of ${field.options.join(', ')}` : `${key}: must be a ${field.type === 'date' ? 'date (YYYY-MM-DD)' : field.type}`);
      continue;
    }
    cleaned[key] = value;
  }
  if (problems.length) throw new AppError('validation_failed', `Invalid custom fields: ${problems.join('; ')}`, { fields: problems });
  return cleaned;
}
