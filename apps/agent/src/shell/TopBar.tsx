import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT.ts';
import { Icon } from '../common/Icon.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';
import { NewTicketDialog } from './NewTicketDialog.tsx';
import { useSession } from '../session/useSession.ts';

/** The bar above every page: menu toggle (phones), search, notifications, user menu. */
export function TopBar({ menuOpen, onToggleMenu, onShowShortcuts }: { menuOpen: boolean; onToggleMenu: () => void; onShowShortcuts: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const { user } = useSession();

  useEffect(() => {
    if (location.pathname === '/search') setQuery(params.get('q') ?? '');
  }, [location.pathname, params]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <header className="topbar">
      <button type="button" className="icon-btn topbar-menu" onClick={onToggleMenu} aria-expanded={menuOpen} aria-label={t('shell.menu')}>
        <Icon name="menu" />
      </button>
      <form className="topbar-search" role="search" onSubmit={onSubmit}>
        <label htmlFor="global-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <Icon name="search" />
        <input
          id="global-search"
          type="search"
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && event.currentTarget.blur()}
          autoComplete="off"
        />
        <kbd className="topbar-search-hint" aria-hidden="true">/</kbd>
      </form>
      <div className="topbar-actions">
        {user.role !== 'read-only' && (
          <button type="button" className="btn btn-primary btn-small topbar-new" aria-label={t('newTicket.title')} onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> <span className="topbar-new-label" aria-hidden="true">{t('newTicket.button')}</span>
          </button>
        )}
        <NotificationBell />
        <UserMenu onShowShortcuts={onShowShortcuts} />
      </div>
      {creating && <NewTicketDialog onClose={() => setCreating(false)} />}
    </header>
  );
}
