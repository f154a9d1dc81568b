import { NavLink } from 'react-router';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useViews } from './ViewsProvider.tsx';
import { useSession } from '../session/useSession.ts';
import { useRealtime } from '../session/RealtimeProvider.tsx';
import { Icon } from '../common/Icon.tsx';
import { viewName } from '../common/labels.ts';

/** Left navigation: views with live counts, admin links, connection state. */
export function Sidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const t = useT();
  const format = useFormat();
  const { views, error } = useViews();
  const { user, workspace } = useSession();
  const { state } = useRealtime();
  const isManager = user.role === 'admin' || user.role === 'supervisor';

  return (
    <nav className="sidebar" aria-label={t('shell.navigation')}>
      <div className="sidebar-brand">
        <span className="logo-mark" aria-hidden="true">T</span>
        <span className="sidebar-workspace" title={workspace.name}>{workspace.name}</span>
      </div>
      <h2 className="sidebar-heading">{t('shell.views')}</h2>
      {error ? <p className="sidebar-error" role="alert">{t('shell.viewsFailed')}</p> : null}
      <ul className="sidebar-list">
        {views?.map((view) => (
          <li key={view.id}>
            <NavLink to={`/views/${view.id}`} className="sidebar-link">
              <span className="sidebar-link-name">{viewName(t, view)}</span>
              {view.count !== undefined && (
                <span className="count-pill sidebar-count" aria-label={t('tickets.count', { count: view.count })}>
                  {format.number(view.count)}
                  {view.countCapped ? '+' : ''}
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
      {isManager && (
        <>
          <h2 className="sidebar-heading">{t('shell.admin')}</h2>
          <ul className="sidebar-list">
            <li>
              <NavLink to="/admin" className="sidebar-link">
                <Icon name="settings" /> <span className="sidebar-link-name">{t('admin.title')}</span>
              </NavLink>
            </li>
          </ul>
        </>
      )}
      <div className="sidebar-footer">
        <button type="button" className="sidebar-shortcuts" onClick={onShowShortcuts}>
          <Icon name="keyboard" /> {t('shortcuts.title')}
        </button>
        <span className={`connection connection-${state}`} role="status">
          <span className="connection-dot" aria-hidden="true" />
          {state === 'open' ? t('shell.live') : state === 'connecting' ? t('shell.connecting') : t('shell.offline')}
        </span>
      </div>
    </nav>
  );
}
