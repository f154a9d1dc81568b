import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { getWorkspace } from './queries.ts';
import { presentWorkspace } from './workspace.presenter.ts';
import { updateWorkspace } from './commands/update-workspace.ts';
import { UpdateWorkspaceBody, WorkspaceSchema } from './workspace.schemas.ts';

const tags = ['workspace'];

/** The signed-in user's workspace: everyone reads its settings; admins change them. */
export function registerWorkspaceRoutes(app: App) {
  app.get('/api/v1/workspace', { schema: { tags, response: { 200: WorkspaceSchema } } }, async (request) => {
    return presentWorkspace(await getWorkspace(request.ctx.db, request.actor.workspaceId));
  });

  app.patch('/api/v1/workspace', { schema: { tags, body: UpdateWorkspaceBody, response: { 200: WorkspaceSchema } } }, async (request) => {
    const workspace = await getWorkspace(request.ctx.db, request.actor.workspaceId);
    requireRole(request.actor, 'admin', 'change workspace settings');
    return presentWorkspace(await updateWorkspace(request.ctx, workspace, request.body));
  });
}
