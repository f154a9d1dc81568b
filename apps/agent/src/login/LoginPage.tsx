import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT.ts';
import { useSessionContext } from '../session/useSession.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import './login.css';

/** The sign-in screen. */
export function LoginPage({ startupError }: { startupError?: unknown }) {
  const t = useT();
  const { login } = useSessionContext();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(startupError ?? null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={onSubmit} aria-labelledby="login-title">
        <div className="login-brand" aria-hidden="true">
          <span className="logo-mark">T</span> Tuki
        </div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        <ErrorBanner error={error} />
        <label className="field">
          <span>{t('login.email')}</span>
          <input type="email" autoComplete="username" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
        <LanguagePicker />
      </form>
    </main>
  );
}
