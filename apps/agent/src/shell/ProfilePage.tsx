import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { useSession, useSessionContext } from '../session/useSession.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';

/** The signed-in agent's own profile: name and password. */
export function ProfilePage() {
  const t = useT();
  const toast = useToast();
  const { user } = useSession();
  const { updateProfile } = useSessionContext();
  const [name, setName] = useState(user.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (password && password !== confirm) {
      setError(new Error(t('profile.passwordMismatch')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await updateProfile({ name: name.trim(), ...(password ? { password } : {}) });
      setPassword('');
      setConfirm('');
      toast.success(t('profile.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page-pad narrow">
      <h1>{t('profile.title')}</h1>
      <form className="card card-pad stack" onSubmit={onSubmit}>
        <ErrorBanner error={error} />
        <label className="field">
          <span>{t('profile.name')}</span>
          <input type="text" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('profile.newPassword')}</span>
          <input type="password" minLength={10} autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <span className="field-hint">{t('profile.passwordHint')}</span>
        </label>
        <label className="field">
          <span>{t('profile.confirmPassword')}</span>
          <input type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} />
        </label>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy}>{t('common.save')}</button>
        </div>
      </form>
    </div>
  );
}
