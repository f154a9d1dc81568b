import { useState, type FormEvent } from 'react';
import type { ApiTokenSchema } from '@tuki/shared';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useApiData } from '../common/useApiData.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { CopyButton } from './CopyButton.tsx';

/** Personal API tokens: create (secret shown once), list, revoke. */
export function ApiTokensPage() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const tokens = useApiData(() => adminApi.apiTokens(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiTokenSchema | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await adminApi.createApiToken(name.trim()));
      setName('');
      await tokens.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const revoke = async (token: ApiTokenSchema) => {
    if (!window.confirm(t('admin.confirmRevoke', { name: token.name }))) return;
    try {
      await adminApi.revokeApiToken(token.id);
      toast.success(t('admin.revoked'));
      await tokens.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <section className="admin-section card card-pad">
        <h2>{t('admin.newToken')}</h2>
        <ErrorBanner error={error} />
        {created?.token && (
          <div className="secret-box" role="status">
            <code>{created.token}</code>
            <CopyButton text={created.token} />
          </div>
        )}
        {created?.token && <p className="field-hint">{t('admin.tokenOnce')}</p>}
        <form className="admin-form" onSubmit={create}>
          <label className="field"><span>{t('admin.name')}</span><input type="text" required maxLength={100} placeholder={t('admin.tokenNameHint')} value={name} onChange={(event) => setName(event.target.value)} /></label>
          <button type="submit" className="btn btn-primary">{t('admin.create')}</button>
        </form>
      </section>
      <section className="admin-section">
        <h2>{t('admin.tokens')}</h2>
        <ErrorBanner error={tokens.error} onRetry={() => void tokens.reload()} />
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('admin.name')}</th><th>{t('admin.prefix')}</th><th>{t('admin.since')}</th><th>{t('admin.lastUsed')}</th><th /></tr></thead>
            <tbody>
              {tokens.data?.data.map((token) => (
                <tr key={token.id} className={token.revokedAt ? 'inactive' : ''}>
                  <td>{token.name}</td>
                  <td className="mono">{token.prefix}…</td>
                  <td>{format.date(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? format.relative(token.lastUsedAt) : t('admin.never')}</td>
                  <td>
                    {token.revokedAt ? (
                      <span className="faint">{t('admin.revokedOn', { date: format.date(token.revokedAt) })}</span>
                    ) : (
                      <button type="button" className="btn btn-small btn-danger" onClick={() => void revoke(token)}>{t('admin.revoke')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {tokens.data?.data.length === 0 && <p className="empty-state">{t('admin.noTokens')}</p>}
      </section>
    </>
  );
}
