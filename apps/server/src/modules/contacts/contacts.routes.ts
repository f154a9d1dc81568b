import { Type } from 'typebox';
import { CompanyBody, CompanySchema, ContactBody, ContactSchema, IdParams, Page, PageQuery, TicketSchema, type Language } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import type { Db } from '../../db/client.ts';
import type { companies, contacts } from '../../db/schema/index.ts';
import { requireRole } from '../../lib/roles.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { findCompanies, findContacts, findIdentities, getCompany, getContact } from './queries.ts';
import { saveContact } from './commands/save-contact.ts';
import { saveCompany } from './commands/save-company.ts';
import { findRequesterTickets } from '../tickets/queries.ts';
import { presentTicket } from '../tickets/ticket.presenter.ts';

const tags = ['contacts'];
const SearchQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) })]);
type NamePosition = { name: string; id: string };

async function presentContacts(db: Db, rows: (typeof contacts.$inferSelect)[]): Promise<ContactSchema[]> {
  const identities = await findIdentities(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    emails: identities.get(row.id)?.emails ?? [],
    phones: identities.get(row.id)?.phones ?? [],
    language: row.language as Language,
    timeZone: row.timeZone,
    companyId: row.companyId,
    createdAt: row.createdAt.toISOString(),
  }));
}

function presentCompany(row: typeof companies.$inferSelect): CompanySchema {
  return { id: row.id, name: row.name, domain: row.domain, notes: row.notes, createdAt: row.createdAt.toISOString() };
}

/** Customers (contacts) and their companies. */
export function registerContactRoutes(app: App) {
  app.get('/api/v1/contacts', { schema: { tags, querystring: SearchQuery, response: { 200: Page(ContactSchema) } } }, async (request) => {
    const after = request.query.cursor ? decodeCursor<NamePosition>(request.query.cursor) : undefined;
    const { rows, hasMore } = await findContacts(request.ctx.db, request.actor.workspaceId, { q: request.query.q, limit: request.query.limit ?? 50, after });
    const last = rows.at(-1);
    return { data: await presentContacts(request.ctx.db, rows), nextCursor: hasMore && last ? encodeCursor({ name: last.name, id: last.id }) : null };
  });

  app.get('/api/v1/contacts/:id', { schema: { tags, params: IdParams, response: { 200: ContactSchema } } }, async (request) => {
    const [contact] = await presentContacts(request.ctx.db, [await getContact(request.ctx.db, request.actor.workspaceId, request.params.id)]);
    return contact;
  });

  app.post('/api/v1/contacts', { schema: { tags, body: ContactBody, response: { 201: ContactSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'agent', 'add contacts');
    const [contact] = await presentContacts(request.ctx.db, [await saveContact(request.ctx, request.body)]);
    return reply.status(201).send(contact);
  });

  app.patch('/api/v1/contacts/:id', { schema: { tags, params: IdParams, body: ContactBody, response: { 200: ContactSchema } } }, async (request) => {
    const existing = await getContact(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'agent', 'change contacts');
    const [contact] = await presentContacts(request.ctx.db, [await saveContact(request.ctx, request.body, existing)]);
    return contact;
  });

  app.get('/api/v1/contacts/:id/tickets', { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: Page(TicketSchema) } } }, async (request) => {
    const contact = await getContact(request.ctx.db, request.actor.workspaceId, request.params.id);
    const before = request.query.cursor ? decodeCursor<{ createdAt: string; id: string }>(request.query.cursor) : undefined;
    const { rows, hasMore } = await findRequesterTickets(request.ctx.db, contact.workspaceId, contact.id, { limit: request.query.limit ?? 50, before });
    const last = rows.at(-1);
    return { data: rows.map((row) => presentTicket(row)), nextCursor: hasMore && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null };
  });

  app.get('/api/v1/companies', { schema: { tags, querystring: SearchQuery, response: { 200: Page(CompanySchema) } } }, async (request) => {
    const after = request.query.cursor ? decodeCursor<NamePosition>(request.query.cursor) : undefined;
    const { rows, hasMore } = await findCompanies(request.ctx.db, request.actor.workspaceId, { q: request.query.q, limit: request.query.limit ?? 50, after });
    const last = rows.at(-1);
    return { data: rows.map(presentCompany), nextCursor: hasMore && last ? encodeCursor({ name: last.name, id: last.id }) : null };
  });

  app.get('/api/v1/companies/:id', { schema: { tags, params: IdParams, response: { 200: CompanySchema } } }, async (request) => {
    return presentCompany(await getCompany(request.ctx.db, request.actor.workspaceId, request.params.id));
  });

  app.post('/api/v1/companies', { schema: { tags, body: CompanyBody, response: { 201: CompanySchema } } }, async (request, reply) => {
    requireRole(request.actor, 'agent', 'add companies');
    return reply.status(201).send(presentCompany(await saveCompany(request.ctx, request.body)));
  });

  app.patch('/api/v1/companies/:id', { schema: { tags, params: IdParams, body: CompanyBody, response: { 200: CompanySchema } } }, async (request) => {
    const existing = await getCompany(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'agent', 'change companies');
    return presentCompany(await saveCompany(request.ctx, request.body, existing));
  });
}
