import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { workspaces } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** Loads a workspace; throws not_found. */
export async function getWorkspace(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return found(row, 'Workspace');
}

/** The name of the per-workspace ticket number sequence. */
export function ticketNumberSequence(workspaceId: string): string {
  return `ticket_number_${workspaceId.replace(/-/g, '')}`;
}
