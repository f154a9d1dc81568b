import { Link } from 'react-router';
import { useT } from '../i18n/useT.ts';

/** Shown for an unknown address inside the app. */
export function NotFound() {
  const t = useT();
  return (
    <div className="page-pad empty-state">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
