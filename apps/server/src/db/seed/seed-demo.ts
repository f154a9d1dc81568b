import { eq } from 'drizzle-orm';
import type { Services } from '../../lib/context.ts';
import { workspaces } from '../schema/index.ts';
import { createWorkspace } from '../../modules/workspaces/commands/create-workspace.ts';

/** The demo admin's sign-in, printed on start. */
export const DEMO_ADMIN = { email: 'admin@demo.tuki.example', password: 'tuki-demo-2026' };
const DEMO_SLUG = 'demo';

/** Creates the demo workspace once (agents, groups, contacts, companies and tickets in four languages). */
export async function seedDemoWorkspace(services: Services): Promise<{ created: boolean; adminEmail: string; adminPassword: string }> {
  const [existing] = await services.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, DEMO_SLUG)).limit(1);
  if (existing) return { created: false, adminEmail: DEMO_ADMIN.email, adminPassword: DEMO_ADMIN.password };
  await createWorkspace(services.db, {
    name: 'Demo Support',
    slug: DEMO_SLUG,
    timeZone: 'Europe/Helsinki',
    admin: { email: DEMO_ADMIN.email, name: 'Demo Admin', password: DEMO_ADMIN.password },
  });
  return { created: true, adminEmail: DEMO_ADMIN.email, adminPassword: DEMO_ADMIN.password };
}
