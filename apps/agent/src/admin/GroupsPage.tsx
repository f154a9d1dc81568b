import { useState, type FormEvent } from 'react';
import type { GroupKind, GroupSchema } from '@tuki/shared';
import { GROUP_KINDS } from '@tuki/shared/enums';
import { peopleApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { groupKindLabel } from '../common/labels.ts';

/** Groups (tiers and departments) and who belongs to them. */
export function GroupsPage() {
  const t = useT();
  const toast = useToast();
  const directory = useDirectory();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GroupKind>('tier');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<GroupSchema | null>(null);
  const [members, setMembers] = useState<Set<string>>(new Set());
  const [editName, setEditName] = useState('');
  const [editDescription, setEditDescription] = useState('');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await peopleApi.createGroup({ name: name.trim(), kind, description: description.trim() });
      toast.success(t('admin.saved'));
      setName('');
      setDescription('');
      await directory.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const saveMembers = async () => {
    if (!editing) return;
    try {
      await peopleApi.updateGroup(editing.id, { name: editName.trim(), description: editDescription.trim(), memberIds: [...members] });
      toast.success(t('admin.saved'));
      setEditing(null);
      await directory.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  const remove = async (group: GroupSchema) => {
    if (!window.confirm(t('admin.confirmDeleteGroup', { name: group.name }))) return;
    try {
      await peopleApi.deleteGroup(group.id);
      toast.success(t('admin.deleted'));
      await directory.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <section className="admin-section card card-pad">
        <h2>{t('admin.newGroup')}</h2>
        <ErrorBanner error={error} />
        <form className="admin-form" onSubmit={create}>
          <label className="field"><span>{t('admin.name')}</span><input type="text" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} /></label>
          <label className="field field-narrow">
            <span>{t('admin.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as GroupKind)}>
              {GROUP_KINDS.map((value) => <option key={value} value={value}>{groupKindLabel(t, value)}</option>)}
            </select>
          </label>
          <label className="field"><span>{t('admin.description')}</span><input type="text" maxLength={1000} value={description} onChange={(event) => setDescription(event.target.value)} /></label>
          <button type="submit" className="btn btn-primary">{t('admin.create')}</button>
        </form>
      </section>
      <section className="admin-section">
        <h2>{t('admin.groups')}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('admin.name')}</th><th>{t('admin.kind')}</th><th>{t('admin.description')}</th><th>{t('admin.members')}</th><th /></tr></thead>
            <tbody>
              {directory.groups.map((group) => (
                <tr key={group.id}>
                  <td><strong>{group.name}</strong></td>
                  <td>{groupKindLabel(t, group.kind)}</td>
                  <td className="muted">{group.description}</td>
                  <td>{group.memberIds.map((id) => directory.userName(id) ?? '?').join(', ') || <span className="faint">{t('admin.noMembers')}</span>}</td>
                  <td><div className="row row-nowrap">
                    <button type="button" className="btn btn-small" onClick={() => { setEditing(group); setMembers(new Set(group.memberIds)); setEditName(group.name); setEditDescription(group.description); }}>{t('admin.edit')}</button>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => void remove(group)}>{t('admin.delete')}</button>
                  </div></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {editing && (
        <Dialog title={t('admin.membersOf', { name: editing.name })} onClose={() => setEditing(null)}>
          <div className="stack">
            <label className="field"><span>{t('admin.name')}</span><input type="text" required maxLength={100} value={editName} onChange={(event) => setEditName(event.target.value)} /></label>
            <label className="field"><span>{t('admin.description')}</span><input type="text" maxLength={1000} value={editDescription} onChange={(event) => setEditDescription(event.target.value)} /></label>
            <h3>{t('admin.editMembers')}</h3>
          </div>
          <div className="checkbox-grid">
            {directory.users.filter((user) => user.active).map((user) => (
              <label key={user.id}>
                <input
                  type="checkbox"
                  checked={members.has(user.id)}
                  onChange={(event) => setMembers((current) => { const next = new Set(current); if (event.target.checked) next.add(user.id); else next.delete(user.id); return next; })}
                />
                {user.name}
              </label>
            ))}
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setEditing(null)}>{t('common.cancel')}</button>
            <button type="button" className="btn btn-primary" onClick={() => void saveMembers()}>{t('common.save')}</button>
          </div>
        </Dialog>
      )}
    </>
  );
}
