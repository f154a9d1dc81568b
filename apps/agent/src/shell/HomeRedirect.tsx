import { Navigate, useSearchParams } from 'react-router';
import { useViews } from './ViewsProvider.tsx';
import { Loading } from '../common/Loading.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { useT } from '../i18n/useT.ts';

/** Sends the agent to where they were going, or to their first view. */
export function HomeRedirect() {
  const t = useT();
  const [params] = useSearchParams();
  const { views, error, reload } = useViews();
  const next = params.get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && next !== '/login') return <Navigate to={next} replace />;
  if (error) return <div className="page-pad"><ErrorBanner error={error} onRetry={() => void reload()} /></div>;
  if (!views) return <Loading />;
  const first = views[0];
  if (!first) return <div className="empty-state">{t('inbox.noViews')}</div>;
  return <Navigate to={`/views/${first.id}`} replace />;
}
