import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useT } from '../i18n/useT.ts';
import { useSession } from '../session/useSession.ts';
import { Loading } from '../common/Loading.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import './admin.css';
import { useDocumentTitle } from '../common/useDocumentTitle.ts';

const AgentsPage = lazy(() => import('./AgentsPage.tsx').then((module) => ({ default: module.AgentsPage })));
const GroupsPage = lazy(() => import('./GroupsPage.tsx').then((module) => ({ default: module.GroupsPage })));
const CustomFieldsPage = lazy(() => import('./CustomFieldsPage.tsx').then((module) => ({ default: module.CustomFieldsPage })));
const ViewsAdminPage = lazy(() => import('./ViewsAdminPage.tsx').then((module) => ({ default: module.ViewsAdminPage })));
const TagsPage = lazy(() => import('./TagsPage.tsx').then((module) => ({ default: module.TagsPage })));
const ApiTokensPage = lazy(() => import('./ApiTokensPage.tsx').then((module) => ({ default: module.ApiTokensPage })));
const WebhooksPage = lazy(() => import('./WebhooksPage.tsx').then((module) => ({ default: module.WebhooksPage })));
const WorkspacePage = lazy(() => import('./WorkspacePage.tsx').then((module) => ({ default: module.WorkspacePage })));

/** The admin area: a tab strip of settings pages. */
export function AdminRoutes() {
  const t = useT();
  const { user } = useSession();
  useDocumentTitle(t('admin.title'));
  if (user.role !== 'admin' && user.role !== 'supervisor') {
    return <div className="page-pad"><ErrorBanner error={new Error(t('admin.onlyAdmins'))} /></div>;
  }
  const tabs: [string, string][] = [
    ['agents', t('admin.agents')],
    ['groups', t('admin.groups')],
    ['fields', t('admin.fields')],
    ['views', t('admin.views')],
    ['tags', t('admin.tags')],
    ['tokens', t('admin.tokens')],
    ['webhooks', t('admin.webhooks')],
    ['workspace', t('admin.workspace')],
  ];
  return (
    <div className="admin">
      <div className="admin-header">
        <h1>{t('admin.title')}</h1>
        <nav className="admin-tabs" aria-label={t('admin.sections')}>
          {tabs.map(([path, label]) => (
            <NavLink key={path} to={`/admin/${path}`} className="admin-tab">{label}</NavLink>
          ))}
        </nav>
      </div>
      <div className="admin-body">
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<Navigate to="agents" replace />} />
            <Route path="agents" element={<AgentsPage />} />
            <Route path="groups" element={<GroupsPage />} />
            <Route path="fields" element={<CustomFieldsPage />} />
            <Route path="views" element={<ViewsAdminPage />} />
            <Route path="tags" element={<TagsPage />} />
            <Route path="tokens" element={<ApiTokensPage />} />
            <Route path="webhooks" element={<WebhooksPage />} />
            <Route path="workspace" element={<WorkspacePage />} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}
