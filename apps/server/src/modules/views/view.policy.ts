import type { Actor } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { hasRole } from '../../lib/roles.ts';
import type { ViewRow } from './queries.ts';

/** Things one can do with views. */
export type ViewAction = 'create' | 'update' | 'delete';

/** Throws unless the actor may do `action` to a view (or, for create, to a personal or shared one). */
export function authorizeView(actor: Actor, action: ViewAction, view: Pick<ViewRow, 'ownerUserId' | 'builtIn' | 'workspaceId'> | { personal: boolean }): void {
  if (actor.kind !== 'user') throw new AppError('forbidden', 'Only users have views');
  if ('personal' in view) {
    if (!view.personal && !hasRole(actor, 'supervisor')) throw new AppError('forbidden', 'Only supervisors and admins can create shared views');
    return;
  }
  if (view.workspaceId !== actor.workspaceId) throw new AppError('not_found', 'View not found');
  if (view.ownerUserId !== null) {
    if (view.ownerUserId !== actor.id) throw new AppError('not_found', 'View not found');
    return;
  }
  if (view.builtIn) {
    if (action === 'delete') throw new AppError('forbidden', 'Built-in views cannot be deleted; rename or reorder them instead');
    if (!hasRole(actor, 'admin')) throw new AppError('forbidden', 'Only admins can change built-in views');
    return;
  }
  if (!hasRole(actor, 'supervisor')) throw new AppError('forbidden', 'Only supervisors and admins can change shared views');
}
