import type { WebhookDeliverySchema, WebhookSchema } from '@tuki/shared';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useApiData } from '../common/useApiData.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { Loading } from '../common/Loading.tsx';
import type { Translate } from '../i18n/I18nProvider.tsx';

function deliveryStatusLabel(t: Translate, status: WebhookDeliverySchema['status']): string {
  switch (status) {
    case 'pending': return t('admin.deliveryPending');
    case 'delivered': return t('admin.deliveryDelivered');
    case 'failed': return t('admin.deliveryFailed');
  }
}

/** The recent delivery attempts of one webhook. */
export function DeliveryLog({ webhook, onClose }: { webhook: WebhookSchema; onClose: () => void }) {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const deliveries = useApiData(() => adminApi.deliveries(webhook.id), [webhook.id]);

  const redeliver = async (delivery: WebhookDeliverySchema) => {
    try {
      await adminApi.redeliver(webhook.id, delivery.id);
      toast.success(t('admin.redeliverQueued'));
      await deliveries.reload();
    } catch (error) {
      toast.error(error);
    }
  };
  return (
    <Dialog title={t('admin.deliveriesOf', { url: webhook.url })} onClose={onClose} wide>
      <ErrorBanner error={deliveries.error} onRetry={() => void deliveries.reload()} />
      {deliveries.loading && !deliveries.data && <Loading />}
      {deliveries.data && deliveries.data.data.length === 0 && <p className="empty-state">{t('admin.noDeliveries')}</p>}
      {deliveries.data && deliveries.data.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('admin.event')}</th><th>{t('admin.state')}</th><th>{t('admin.attempts')}</th><th>{t('admin.response')}</th><th>{t('admin.time')}</th><th /></tr></thead>
            <tbody>
              {deliveries.data.data.map((delivery) => (
                <tr key={delivery.id}>
                  <td className="mono">{delivery.event}</td>
                  <td className={`delivery-status-${delivery.status}`}>{deliveryStatusLabel(t, delivery.status)}</td>
                  <td>{format.number(delivery.attempts)}</td>
                  <td className="small">{delivery.responseStatus ?? ''} {delivery.error ?? ''}</td>
                  <td>{format.dateTime(delivery.createdAt)}</td>
                  <td>
                    {delivery.status === 'failed' && (
                      <button type="button" className="btn btn-small" onClick={() => void redeliver(delivery)}>{t('admin.redeliver')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => void deliveries.reload()}>{t('common.refresh')}</button>
        <button type="button" className="btn" onClick={onClose}>{t('common.close')}</button>
      </div>
    </Dialog>
  );
}
