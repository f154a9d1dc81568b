import { Link } from 'react-router';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useApiData } from '../common/useApiData.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Loading } from '../common/Loading.tsx';

/** Tags in use, with how many tickets carry each. */
export function TagsPage() {
  const t = useT();
  const format = useFormat();
  const tags = useApiData(() => adminApi.tags(), []);
  return (
    <section className="admin-section">
      <h2>{t('admin.tags')}</h2>
      <p className="muted">{t('admin.tagsHint')}</p>
      <ErrorBanner error={tags.error} onRetry={() => void tags.reload()} />
      {tags.loading && !tags.data && <Loading />}
      {tags.data && tags.data.data.length === 0 && <p className="empty-state">{t('admin.noTags')}</p>}
      {tags.data && tags.data.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('condition.tag')}</th><th>{t('admin.ticketCount')}</th></tr></thead>
            <tbody>
              {[...tags.data.data].sort((a, b) => b.count - a.count).map((tag) => (
                <tr key={tag.name}>
                  <td><Link to={`/search?q=${encodeURIComponent(`tag:${tag.name}`)}`} className="tag">{tag.name}</Link></td>
                  <td>{format.number(tag.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
