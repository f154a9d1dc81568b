import { useState, type FormEvent } from 'react';
import type { CustomFieldSchema, CustomFieldType } from '@tuki/shared';
import { CUSTOM_FIELD_TYPES } from '@tuki/shared/enums';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useApiData } from '../common/useApiData.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { fieldTypeLabel } from '../common/labels.ts';

/** Custom ticket fields: define, reorder by position, switch on and off. */
export function CustomFieldsPage() {
  const t = useT();
  const toast = useToast();
  const fields = useApiData(() => adminApi.customFields(), []);
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [type, setType] = useState<CustomFieldType>('text');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const suggestedKey = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'f_$1').slice(0, 63);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await adminApi.createCustomField({
        key: key || suggestedKey,
        label: label.trim(),
        type,
        required,
        options: type === 'dropdown' ? options.split(',').map((option) => option.trim()).filter(Boolean) : [],
        position: fields.data?.data.length ?? 0,
      });
      toast.success(t('admin.saved'));
      setLabel('');
      setKey('');
      setOptions('');
      setRequired(false);
      await fields.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const update = async (field: CustomFieldSchema, changes: { active?: boolean; required?: boolean }) => {
    try {
      await adminApi.updateCustomField(field.id, changes);
      await fields.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <section className="admin-section card card-pad">
        <h2>{t('admin.newField')}</h2>
        <ErrorBanner error={error} />
        <form className="admin-form" onSubmit={create}>
          <label className="field"><span>{t('admin.label')}</span><input type="text" required maxLength={100} value={label} onChange={(event) => setLabel(event.target.value)} /></label>
          <label className="field field-narrow">
            <span>{t('admin.fieldKey')}</span>
            <input type="text" pattern="[a-z][a-z0-9_]{0,62}" placeholder={suggestedKey} value={key} onChange={(event) => setKey(event.target.value)} />
          </label>
          <label className="field field-narrow">
            <span>{t('admin.fieldType')}</span>
            <select value={type} onChange={(event) => setType(event.target.value as CustomFieldType)}>
              {CUSTOM_FIELD_TYPES.map((value) => <option key={value} value={value}>{fieldTypeLabel(t, value)}</option>)}
            </select>
          </label>
          {type === 'dropdown' && (
            <label className="field"><span>{t('admin.options')}</span><input type="text" required placeholder={t('admin.optionsHint')} value={options} onChange={(event) => setOptions(event.target.value)} /></label>
          )}
          <label className="row small"><input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />{t('admin.required')}</label>
          <button type="submit" className="btn btn-primary">{t('admin.create')}</button>
        </form>
      </section>
      <section className="admin-section">
        <h2>{t('admin.fields')}</h2>
        <ErrorBanner error={fields.error} onRetry={() => void fields.reload()} />
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('admin.label')}</th><th>{t('admin.fieldKey')}</th><th>{t('admin.fieldType')}</th><th>{t('admin.options')}</th><th>{t('admin.required')}</th><th>{t('admin.state')}</th></tr></thead>
            <tbody>
              {fields.data?.data.map((field) => (
                <tr key={field.id} className={field.active ? '' : 'inactive'}>
                  <td><strong>{field.label}</strong></td>
                  <td className="mono">{field.key}</td>
                  <td>{fieldTypeLabel(t, field.type)}</td>
                  <td>{field.options.join(', ')}</td>
                  <td><input type="checkbox" aria-label={t('admin.requiredFor', { label: field.label })} checked={field.required} onChange={(event) => void update(field, { required: event.target.checked })} /></td>
                  <td>
                    <button type="button" className="btn btn-small" onClick={() => void update(field, { active: !field.active })}>
                      {field.active ? t('admin.deactivate') : t('admin.reactivate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {fields.data?.data.length === 0 && <p className="empty-state">{t('admin.noFields')}</p>}
      </section>
    </>
  );
}
