import { useEffect, useState } from 'react';
import type { CustomFieldSchema, CustomFieldValues, TicketSchema } from '@tuki/shared';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';

let fieldCache: Promise<CustomFieldSchema[]> | null = null;

/** Inputs for the workspace's active custom fields, saved on change or blur. */
export function CustomFieldInputs({ ticket, status, onChange }: { ticket: TicketSchema; status: string; onChange: (values: CustomFieldValues) => void }) {
  const t = useT();
  const [fields, setFields] = useState<CustomFieldSchema[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    fieldCache ??= adminApi.customFields().then((result) => result.data);
    fieldCache.then(
      (list) => setFields(list.filter((field) => field.active).sort((a, b) => a.position - b.position)),
      (caught: unknown) => {
        fieldCache = null;
        setError(caught);
      },
    );
  }, []);

  if (error) return <ErrorBanner error={error} />;
  if (fields.length === 0) return null;

  const set = (key: string, value: string | number | boolean | null) => {
    if (ticket.customFields[key] === value) return;
    onChange({ ...ticket.customFields, [key]: value });
  };

  return (
    <fieldset className="custom-fields">
      <legend>{t('ticket.customFields')} <em>{status}</em></legend>
      {fields.map((field) => {
        const value = ticket.customFields[field.key];
        const key = `${field.id}-${String(value)}`;
        const label = field.required ? t('ticket.requiredField', { label: field.label }) : field.label;
        switch (field.type) {
          case 'checkbox':
            return (
              <label key={key} className="prop prop-check">
                <input type="checkbox" defaultChecked={value === true} onChange={(event) => set(field.key, event.target.checked)} />
                <span>{label}</span>
              </label>
            );
          case 'dropdown':
            return (
              <label key={key} className="prop">
                <span>{label}</span>
                <select defaultValue={typeof value === 'string' ? value : ''} onChange={(event) => set(field.key, event.target.value || null)}>
                  <option value="">—</option>
                  {field.options.map((option) => <option key={option} value={option}>{option}</option>)}
                </select>
              </label>
            );
          default:
            return (
              <label key={key} className="prop">
                <span>{label}</span>
                <input
                  type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
                  defaultValue={value === null || value === undefined ? '' : String(value)}
                  onBlur={(event) => {
                    const raw = event.target.value;
                    set(field.key, raw === '' ? null : field.type === 'number' ? Number(raw) : raw);
                  }}
                />
              </label>
            );
        }
      })}
    </fieldset>
  );
}
