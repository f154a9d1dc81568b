import { useT } from '../i18n/useT.ts';
import { errorMessage } from './errorMessage.ts';

/** A visible, announced error message with an optional retry button. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{errorMessage(t, error)}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
