import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSessionContext } from './session/useSession.ts';
import { LoginPage } from './login/LoginPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { Loading } from './common/Loading.tsx';
import { HomeRedirect } from './shell/HomeRedirect.tsx';
import { NotFound } from './common/NotFound.tsx';

const InboxPage = lazy(() => import('./inbox/InboxPage.tsx').then((module) => ({ default: module.InboxPage })));
const TicketPage = lazy(() => import('./ticket/TicketPage.tsx').then((module) => ({ default: module.TicketPage })));
const SearchPage = lazy(() => import('./search/SearchPage.tsx').then((module) => ({ default: module.SearchPage })));
const AdminRoutes = lazy(() => import('./admin/AdminRoutes.tsx').then((module) => ({ default: module.AdminRoutes })));
const ProfilePage = lazy(() => import('./shell/ProfilePage.tsx').then((module) => ({ default: module.ProfilePage })));

/** Top-level routes: login when signed out, otherwise the app shell with lazily loaded areas. */
export function App() {
  const { state } = useSessionContext();
  const location = useLocation();

  if (state.status === 'loading') return <Loading fullPage />;
  if (state.status === 'signed-out') {
    if (location.pathname !== '/login') {
      const next = location.pathname + location.search;
      return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return <LoginPage startupError={state.error} />;
  }

  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomeRedirect />} />
          <Route path="/login" element={<HomeRedirect />} />
          <Route path="/views/:viewId" element={<InboxPage />} />
          <Route path="/tickets/:ticketId" element={<TicketPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/admin/*" element={<AdminRoutes />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
