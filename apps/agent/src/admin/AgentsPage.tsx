import { useState, type FormEvent } from 'react';
import type { UserRole, UserSchema } from '@tuki/shared';
import { USER_ROLES } from '@tuki/shared/enums';
import { peopleApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useSession } from '../session/useSession.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { languageName, roleLabel } from '../common/labels.ts';

/** Agents: invite, change role, deactivate and reactivate. */
export function AgentsPage() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const { user: me } = useSession();
  const directory = useDirectory();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('agent');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await peopleApi.createUser({ email: email.trim(), name: name.trim(), role, ...(password ? { password } : {}) });
      toast.success(t('admin.agentInvited', { name: created.name }));
      setEmail('');
      setName('');
      setPassword('');
      await directory.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const change = async (user: UserSchema, changes: { role?: UserRole; active?: boolean }) => {
    try {
      await peopleApi.updateUser(user.id, changes);
      toast.success(t('admin.saved'));
      await directory.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <section className="admin-section card card-pad">
        <h2>{t('admin.inviteAgent')}</h2>
        <ErrorBanner error={error} />
        <form className="admin-form" onSubmit={invite}>
          <label className="field"><span>{t('admin.name')}</span><input type="text" required value={name} onChange={(event) => setName(event.target.value)} /></label>
          <label className="field"><span>{t('admin.email')}</span><input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} /></label>
          <label className="field field-narrow">
            <span>{t('admin.role')}</span>
            <select value={role} onChange={(event) => setRole(event.target.value as UserRole)}>
              {USER_ROLES.map((value) => <option key={value} value={value}>{roleLabel(t, value)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('admin.initialPassword')}</span>
            <input type="password" minLength={10} autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy}>{t('admin.invite')}</button>
        </form>
      </section>
      <section className="admin-section">
        <h2>{t('admin.agents')}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th>{t('admin.name')}</th><th>{t('admin.email')}</th><th>{t('admin.role')}</th><th>{t('admin.language')}</th><th>{t('admin.since')}</th><th>{t('admin.state')}</th></tr>
            </thead>
            <tbody>
              {directory.users.map((user) => (
                <tr key={user.id} className={user.active ? '' : 'inactive'}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>
                    <select aria-label={t('admin.roleOf', { name: user.name })} value={user.role} disabled={user.id === me.id} onChange={(event) => void change(user, { role: event.target.value as UserRole })}>
                      {USER_ROLES.map((value) => <option key={value} value={value}>{roleLabel(t, value)}</option>)}
                    </select>
                  </td>
                  <td>{languageName(t, user.language)}</td>
                  <td>{format.date(user.createdAt)}</td>
                  <td>
                    <button type="button" className={user.active ? 'btn btn-small btn-danger' : 'btn btn-small'} disabled={user.id === me.id} onClick={() => void change(user, { active: !user.active })}>
                      {user.active ? t('admin.deactivate') : t('admin.reactivate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
