import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions } from '../../../db/schema/index.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';

/** Ends a session. */
export async function logOut(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  await invalidateShared(db, 'auth', `session:${sessionId}`);
}
