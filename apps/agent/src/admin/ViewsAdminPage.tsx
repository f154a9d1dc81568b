import { useState } from 'react';
import type { ViewSchema } from '@tuki/shared';
import { viewsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useViews } from '../shell/ViewsProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { sortFieldLabel, viewName } from '../common/labels.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { conditionFieldLabel, conditionValueLabel, operatorLabel } from './viewLabels.ts';
import { ViewEditor } from './ViewEditor.tsx';

/** Shared and personal views: create, edit conditions and sorting, delete. */
export function ViewsAdminPage() {
  const t = useT();
  const toast = useToast();
  const directory = useDirectory();
  const { views, error, reload } = useViews();
  const [editing, setEditing] = useState<ViewSchema | 'new' | null>(null);

  const remove = async (view: ViewSchema) => {
    if (!window.confirm(t('admin.confirmDeleteView', { name: viewName(t, view) }))) return;
    try {
      await viewsApi.delete(view.id);
      toast.success(t('admin.deleted'));
      await reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <section className="admin-section">
      <div className="row">
        <h2>{t('admin.views')}</h2>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>{t('admin.newView')}</button>
      </div>
      <ErrorBanner error={error} onRetry={() => void reload()} />
      <div className="table-wrap">
        <table className="table">
          <thead><tr><th>{t('admin.name')}</th><th>{t('admin.conditions')}</th><th>{t('admin.sorting')}</th><th>{t('admin.visibility')}</th><th /></tr></thead>
          <tbody>
            {views?.map((view) => (
              <tr key={view.id}>
                <td><strong>{viewName(t, view)}</strong></td>
                <td className="muted small">
                  {view.conditions.map((condition, index) => (
                    <div key={index}>{conditionFieldLabel(t, condition.field)} {operatorLabel(t, condition.operator)} {conditionValueLabel(t, condition, directory)}</div>
                  ))}
                </td>
                <td>{sortFieldLabel(t, view.sortBy)} {view.sortOrder === 'asc' ? '▲' : '▼'}</td>
                <td>{view.ownerId ? t('admin.personal') : t('admin.shared')}</td>
                <td><div className="row row-nowrap">
                  <button type="button" className="btn btn-small" onClick={() => setEditing(view)}>{t('admin.edit')}</button>
                  {!view.builtIn && <button type="button" className="btn btn-small btn-danger" onClick={() => void remove(view)}>{t('admin.delete')}</button>}
                </div></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <ViewEditor
          view={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
    </section>
  );
}
