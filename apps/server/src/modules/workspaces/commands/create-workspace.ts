import { sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { Language } from '@tuki/shared';
import type { Db } from '../../../db/client.ts';
import { users, views, workspaces } from '../../../db/schema/index.ts';
import { ticketNumberSequence } from '../queries.ts';
import { BUILT_IN_VIEWS } from '../../views/built-in-views.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';

/** What a new workspace needs: its name and first admin. */
export type CreateWorkspaceInput = {
  name: string;
  slug: string;
  timeZone?: string;
  languages?: Language[];
  defaultLanguage?: Language;
  admin: { email: string; name: string; password: string; language?: Language };
};

/** Creates a workspace with its ticket number sequence, built-in views and first admin. */
export async function createWorkspace(db: Db, input: CreateWorkspaceInput) {
  const passwordHash = await hash(input.admin.password);
  try {
    return await db.transaction(async (tx) => {
      const [workspace] = await tx
        .insert(workspaces)
        .values({
          name: input.name,
          slug: input.slug,
          timeZone: input.timeZone ?? 'Europe/Helsinki',
          languages: input.languages ?? ['en', 'fi', 'et', 'nb'],
          defaultLanguage: input.defaultLanguage ?? 'en',
        })
        .returning();
      await tx.execute(sql.raw(`create sequence if not exists ${ticketNumberSequence(workspace.id)}`));
      const [admin] = await tx
        .insert(users)
        .values({ workspaceId: workspace.id, email: input.admin.email, name: input.admin.name, passwordHash, role: 'admin', language: input.admin.language ?? 'en', timeZone: workspace.timeZone })
        .returning();
      await tx.insert(views).values(BUILT_IN_VIEWS.map((view, position) => ({ ...view, workspaceId: workspace.id, position, builtIn: true })));
      return { workspace, admin };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'That workspace slug or admin e-mail is already taken');
    throw error;
  }
}

