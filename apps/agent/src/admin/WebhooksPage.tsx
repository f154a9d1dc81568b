import { useState, type FormEvent } from 'react';
import type { EventName, WebhookSchema } from '@tuki/shared';
import { WEBHOOK_EVENTS } from '@tuki/shared/events';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useApiData } from '../common/useApiData.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { CopyButton } from './CopyButton.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';

/** Outgoing webhooks: create, enable or disable, delete, and see their delivery log. */
export function WebhooksPage() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const hooks = useApiData(() => adminApi.webhooks(), []);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<Set<EventName>>(new Set(['ticket.created']));
  const [created, setCreated] = useState<WebhookSchema | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [logFor, setLogFor] = useState<WebhookSchema | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await adminApi.createWebhook({ url: url.trim(), events: [...events] }));
      setUrl('');
      await hooks.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const toggleActive = async (hook: WebhookSchema) => {
    try {
      await adminApi.updateWebhook(hook.id, { active: !hook.active });
      await hooks.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  const remove = async (hook: WebhookSchema) => {
    if (!window.confirm(t('admin.confirmDeleteWebhook', { url: hook.url }))) return;
    try {
      await adminApi.deleteWebhook(hook.id);
      toast.success(t('admin.deleted'));
      await hooks.reload();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <section className="admin-section card card-pad">
        <h2>{t('admin.newWebhook')}</h2>
        <ErrorBanner error={error} />
        {created?.secret && (
          <>
            <div className="secret-box" role="status"><code>{created.secret}</code><CopyButton text={created.secret} /></div>
            <p className="field-hint">{t('admin.webhookSecretOnce')}</p>
          </>
        )}
        <form className="stack" onSubmit={create}>
          <label className="field"><span>{t('admin.url')}</span><input type="url" required placeholder={t('admin.webhookUrlExample')} value={url} onChange={(event) => setUrl(event.target.value)} /></label>
          <fieldset className="checkbox-grid" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="field"><span>{t('admin.events')}</span></legend>
            {WEBHOOK_EVENTS.map((name) => (
              <label key={name}>
                <input type="checkbox" checked={events.has(name)} onChange={(event) => setEvents((current) => { const next = new Set(current); if (event.target.checked) next.add(name); else next.delete(name); return next; })} />
                <code>{name}</code>
              </label>
            ))}
          </fieldset>
          <div><button type="submit" className="btn btn-primary" disabled={events.size === 0}>{t('admin.create')}</button></div>
        </form>
      </section>
      <section className="admin-section">
        <h2>{t('admin.webhooks')}</h2>
        <ErrorBanner error={hooks.error} onRetry={() => void hooks.reload()} />
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('admin.url')}</th><th>{t('admin.events')}</th><th>{t('admin.since')}</th><th>{t('admin.state')}</th><th /></tr></thead>
            <tbody>
              {hooks.data?.data.map((hook) => (
                <tr key={hook.id} className={hook.active ? '' : 'inactive'}>
                  <td className="mono">{hook.url}</td>
                  <td className="small">{hook.events.join(', ')}</td>
                  <td>{format.date(hook.createdAt)}</td>
                  <td>{hook.active ? t('admin.active') : t('admin.inactive')}</td>
                  <td><div className="row row-nowrap">
                    <button type="button" className="btn btn-small" onClick={() => setLogFor(hook)}>{t('admin.deliveries')}</button>
                    <button type="button" className="btn btn-small" onClick={() => void toggleActive(hook)}>{hook.active ? t('admin.deactivate') : t('admin.reactivate')}</button>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => void remove(hook)}>{t('admin.delete')}</button>
                  </div></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hooks.data?.data.length === 0 && <p className="empty-state">{t('admin.noWebhooks')}</p>}
      </section>
      {logFor && <DeliveryLog webhook={logFor} onClose={() => setLogFor(null)} />}
    </>
  );
}
