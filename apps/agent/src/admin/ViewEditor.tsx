import { useState, type FormEvent } from 'react';
import type { ViewCondition, ViewSchema } from '@tuki/shared';
import { viewsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { sortFieldLabel, viewName } from '../common/labels.ts';
import { CONDITION_FIELDS, CONDITION_OPERATORS, VALUELESS_OPERATORS, conditionFieldLabel, operatorLabel, textToValue, valueToText } from './viewLabels.ts';

const SORT_FIELDS: ViewSchema['sortBy'][] = ['updated_at', 'created_at', 'priority', 'due_at', 'number', 'status'];

type Row = { field: ViewCondition['field']; operator: ViewCondition['operator']; text: string; key: string };

/** Dialog to create or edit a view's name, conditions and sorting. */
export function ViewEditor({ view, onClose, onSaved }: { view: ViewSchema | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const toast = useToast();
  const [name, setName] = useState(view ? viewName(t, view) : '');
  const [personal, setPersonal] = useState(view ? view.ownerId !== null : false);
  const [sortBy, setSortBy] = useState<ViewSchema['sortBy']>(view?.sortBy ?? 'updated_at');
  const [sortOrder, setSortOrder] = useState<'asc' | 'desc'>(view?.sortOrder ?? 'desc');
  const [rows, setRows] = useState<Row[]>(
    view?.conditions.map((condition) => ({ field: condition.field, operator: condition.operator, text: valueToText(condition.value), key: condition.key ?? '' })) ?? [
      { field: 'status', operator: 'in', text: 'new, open', key: '' },
    ],
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const setRow = (index: number, change: Partial<Row>) => setRows((list) => list.map((row, position) => (position === index ? { ...row, ...change } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const conditions: ViewCondition[] = rows.map((row) => {
      const value = textToValue(row.text, row.operator);
      return { field: row.field, operator: row.operator, ...(value === undefined ? {} : { value }), ...(row.field === 'custom' && row.key ? { key: row.key } : {}) };
    });
    const keepName = view?.builtIn && name === viewName(t, view);
    try {
      const body = { name: keepName ? view.name : name.trim(), conditions, sortBy, sortOrder };
      if (view) await viewsApi.update(view.id, body);
      else await viewsApi.create({ ...body, personal });
      toast.success(t('admin.saved'));
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={view ? t('admin.editView') : t('admin.newView')} onClose={onClose} wide>
      <form className="stack" onSubmit={save}>
        <ErrorBanner error={error} />
        <label className="field"><span>{t('admin.name')}</span><input type="text" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} /></label>
        {!view && <label className="row small"><input type="checkbox" checked={personal} onChange={(event) => setPersonal(event.target.checked)} />{t('admin.personalHint')}</label>}
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="field"><span>{t('admin.conditions')}</span></legend>
          <p className="field-hint">{t('admin.conditionsHint')}</p>
          {rows.map((row, index) => (
            <div key={index} className="condition-row">
              <select aria-label={t('admin.conditionField')} value={row.field} onChange={(event) => setRow(index, { field: event.target.value as Row['field'] })}>
                {CONDITION_FIELDS.map((field) => <option key={field} value={field}>{conditionFieldLabel(t, field)}</option>)}
              </select>
              <select aria-label={t('admin.conditionOperator')} value={row.operator} onChange={(event) => setRow(index, { operator: event.target.value as Row['operator'] })}>
                {CONDITION_OPERATORS.map((operator) => <option key={operator} value={operator}>{operatorLabel(t, operator)}</option>)}
              </select>
              <input
                type="text"
                aria-label={t('admin.conditionValue')}
                disabled={VALUELESS_OPERATORS.has(row.operator)}
                placeholder={row.field === 'custom' ? t('admin.customKeyAndValue') : ''}
                value={row.field === 'custom' && row.key ? `${row.key}=${row.text}` : row.text}
                onChange={(event) => {
                  if (row.field !== 'custom') return setRow(index, { text: event.target.value });
                  const [key, ...rest] = event.target.value.split('=');
                  setRow(index, rest.length ? { key: key.trim(), text: rest.join('=') } : { key: '', text: event.target.value });
                }}
              />
              <button type="button" className="btn btn-small btn-danger" onClick={() => setRows((list) => list.filter((_, position) => position !== index))}>{t('admin.remove')}</button>
            </div>
          ))}
          <div><button type="button" className="btn btn-small" onClick={() => setRows((list) => [...list, { field: 'status', operator: 'is', text: '', key: '' }])}>{t('admin.addCondition')}</button></div>
        </fieldset>
        <div className="admin-form">
          <label className="field">
            <span>{t('admin.sortBy')}</span>
            <select value={sortBy} onChange={(event) => setSortBy(event.target.value as ViewSchema['sortBy'])}>
              {SORT_FIELDS.map((field) => <option key={field} value={field}>{sortFieldLabel(t, field)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('inbox.sortOrder')}</span>
            <select value={sortOrder} onChange={(event) => setSortOrder(event.target.value as 'asc' | 'desc')}>
              <option value="desc">{t('inbox.descending')}</option>
              <option value="asc">{t('inbox.ascending')}</option>
            </select>
          </label>
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{t('common.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
