import { eq } from 'drizzle-orm';
import type { Services, Actor, CommandContext } from '../../lib/context.ts';
import { workspaces } from '../schema/index.ts';
import { createWorkspace } from '../../modules/workspaces/commands/create-workspace.ts';
import { createUser } from '../../modules/users/commands/create-user.ts';
import { saveGroup } from '../../modules/groups/commands/save-group.ts';
import { saveCompany } from '../../modules/contacts/commands/save-company.ts';
import { saveContact } from '../../modules/contacts/commands/save-contact.ts';
import { createTicket } from '../../modules/tickets/commands/create-ticket.ts';
import { addMessage } from '../../modules/tickets/commands/add-message.ts';
import { updateTicket } from '../../modules/tickets/commands/update-ticket.ts';
import { generateDemoWorkspace } from './content/generate.ts';

/** Every demo account shares this password; the first agent is the admin. */
export const DEMO_PASSWORD = 'tuki-demo-2026';
const DEMO_SLUG = 'demo';
const SEED = 2026;

/** The demo admin's e-mail (from the generated content). */
export function demoAdminEmail(): string {
  return generateDemoWorkspace(SEED).agents[0].email;
}

/**
 * Creates the demo workspace once: eight agents, six groups, companies, 80 contacts and
 * 200 tickets in English, Finnish, Estonian and Norwegian, through the same commands the API uses.
 */
export async function seedDemoWorkspace(services: Services): Promise<{ created: boolean; adminEmail: string; adminPassword: string }> {
  const demo = generateDemoWorkspace(SEED);
  const [adminSpec, ...agentSpecs] = demo.agents;
  const result = { adminEmail: adminSpec.email, adminPassword: DEMO_PASSWORD };
  const [existing] = await services.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, DEMO_SLUG)).limit(1);
  if (existing) return { created: false, ...result };

  const { workspace, admin } = await createWorkspace(services.db, {
    name: 'Demo Support',
    slug: DEMO_SLUG,
    timeZone: 'Europe/Helsinki',
    defaultLanguage: 'en',
    admin: { email: adminSpec.email, name: adminSpec.name, password: DEMO_PASSWORD, language: adminSpec.language },
  });
  const ctxFor = (actor: Actor): CommandContext => ({ ...services, actor });
  const adminActor: Actor = { kind: 'user', id: admin.id, workspaceId: workspace.id, role: 'admin', name: admin.name, via: 'session' };
  const adminCtx = ctxFor(adminActor);
  const agents = [admin];
  for (const spec of agentSpecs) {
    agents.push(await createUser(adminCtx, { email: spec.email, name: spec.name, role: spec.role, password: DEMO_PASSWORD, language: spec.language, timeZone: spec.timeZone }));
  }
  const agentActors: Actor[] = agents.map((user) => ({ kind: 'user', id: user.id, workspaceId: workspace.id, role: user.role as 'admin', name: user.name, via: 'session' }));
  const groups = [];
  for (const spec of demo.groups) {
    groups.push(await saveGroup(adminCtx, { name: spec.name, kind: spec.kind, description: spec.description, memberIds: spec.members.map((index) => agents[index].id) }));
  }
  const companies = [];
  for (const spec of demo.companies) companies.push(await saveCompany(adminCtx, { name: spec.name, domain: spec.domain }));
  const contacts = [];
  for (const spec of demo.contacts) {
    contacts.push(
      await saveContact(adminCtx, {
        name: spec.name,
        emails: [spec.email],
        phones: [spec.phone],
        language: spec.language,
        timeZone: spec.timeZone,
        companyId: spec.company === null ? null : companies[spec.company].id,
      }),
    );
  }

  const system = ctxFor({ kind: 'system', workspaceId: workspace.id, name: 'Tuki' });
  const now = Date.now();
  for (const spec of demo.tickets) {
    const createdAt = new Date(now - spec.createdMinutesAgo * 60_000);
    const [opening, ...rest] = spec.messages;
    let ticket = await createTicket(
      system,
      {
        subject: spec.subject,
        body: opening.body,
        requester: { id: contacts[spec.requester].id },
        priority: spec.priority,
        type: spec.type,
        channel: spec.channel,
        language: spec.language,
        tags: [...spec.tags],
        groupId: groups[spec.group].id,
        assigneeId: spec.assignee === null ? null : agents[spec.assignee].id,
        status: spec.assignee === null ? 'new' : 'open',
      },
      { createdAt },
    );
    for (const message of rest) {
      const at = new Date(createdAt.getTime() + message.minutesAfterCreated * 60_000);
      const byAgent = message.author === 'agent';
      const ctx = byAgent && message.agent !== null ? ctxFor(agentActors[message.agent]) : system;
      ({ ticket } = await addMessage(ctx, ticket, {
        kind: message.kind,
        body: message.body,
        author: byAgent ? 'agent' : { contactId: contacts[spec.requester].id },
        channel: spec.channel,
        createdAt: at,
      }));
    }
    if (ticket.status !== spec.status) {
      const closer = spec.assignee === null ? adminCtx : ctxFor(agentActors[spec.assignee]);
      if (spec.status === 'closed' && ticket.status !== 'solved') ({ ticket } = await updateTicket(closer, ticket, { status: 'solved' }));
      await updateTicket(closer, ticket, { status: spec.status });
    }
  }
  return { created: true, ...result };
}
