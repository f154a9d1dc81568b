import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { RealtimeProvider } from '../session/RealtimeProvider.tsx';
import { DirectoryProvider } from '../session/DirectoryProvider.tsx';
import { ViewsProvider } from './ViewsProvider.tsx';
import { Sidebar } from './Sidebar.tsx';
import { TopBar } from './TopBar.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { useShortcuts } from '../common/useShortcuts.ts';
import { useT } from '../i18n/useT.ts';
import './shell.css';

/** The signed-in frame: sidebar of views, top bar, and the routed page. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <RealtimeProvider>
      <DirectoryProvider>
        <ViewsProvider>
          <ShellLayout>{children}</ShellLayout>
        </ViewsProvider>
      </DirectoryProvider>
    </RealtimeProvider>
  );
}

function ShellLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  useShortcuts({
    '/': () => document.getElementById('global-search')?.focus(),
    '?': () => setHelpOpen((open) => !open),
    g: () => navigate('/'),
  });

  return (
    <div className={menuOpen ? 'shell shell-menu-open' : 'shell'}>
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Sidebar onShowShortcuts={() => setHelpOpen(true)} />
      {menuOpen && <div className="shell-scrim" onClick={() => setMenuOpen(false)} aria-hidden="true" />}
      <div className="shell-main">
        <TopBar menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} onShowShortcuts={() => setHelpOpen(true)} />
        <main id="main" className="shell-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
