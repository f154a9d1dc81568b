import { Type } from 'typebox';
import { and, or, type SQL } from 'drizzle-orm';
import { IdParams, Page, PageQuery, TicketListItemSchema, VIEW_SORT_FIELDS, ViewBody, ViewSchema, type ViewCondition } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/context.ts';
import { findFollowerIds } from '../tickets/queries.ts';
import { findContactSummaries } from '../contacts/queries.ts';
import { presentTicket } from '../tickets/ticket.presenter.ts';
import { countTickets, findTags, findTicketsPage, findViews, getView, viewActorFor, type TicketSortField } from './queries.ts';
import { buildViewFilter, conditionToSql, type ViewActor } from './view-filter.ts';
import { decodeTicketCursor, encodeTicketCursor, listDigest, type TicketListKey } from './ticket-cursor.ts';
import { presentView } from './view.presenter.ts';
import { countViews } from './view-counts.ts';
import { authorizeView } from './view.policy.ts';
import { createView } from './commands/create-view.ts';
import { updateView } from './commands/update-view.ts';
import { deleteView } from './commands/delete-view.ts';

const tags = ['views'];
const SortQuery = Type.Object({
  sortBy: Type.Optional(Type.Enum(VIEW_SORT_FIELDS)),
  sortOrder: Type.Optional(Type.Enum(['asc', 'desc'] as const)),
});
const ListFilter = Type.String({ minLength: 1, maxLength: 4000 });
const TicketListQuery = Type.Intersect([
  PageQuery,
  SortQuery,
  Type.Object({
    status: Type.Optional(ListFilter),
    priority: Type.Optional(ListFilter),
    type: Type.Optional(ListFilter),
    assigneeId: Type.Optional(ListFilter),
    groupId: Type.Optional(ListFilter),
    tag: Type.Optional(ListFilter),
    requesterId: Type.Optional(ListFilter),
  }),
]);

function userIdOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

function split(value: string | undefined): string[] {
  return value ? [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))] : [];
}

/** `none` matches an empty column; other values go through the view condition. */
function idFilter(field: 'assignee' | 'group', values: string[], viewActor: ViewActor): SQL | undefined {
  if (!values.length) return undefined;
  const named = values.filter((value) => value !== 'none');
  const parts = [
    ...(named.length < values.length ? [conditionToSql({ field, operator: 'is_empty' }, viewActor)] : []),
    ...(named.length ? [conditionToSql({ field, operator: 'in', value: named }, viewActor)] : []),
  ];
  return parts.length === 1 ? parts[0] : or(...parts)!;
}

/** Ad-hoc list filters (comma-separated values) → the same SQL as views. */
function adHocFilter(workspaceId: string, query: Record<string, string | undefined>, viewActor: ViewActor): SQL {
  const conditions: ViewCondition[] = [];
  for (const field of ['status', 'priority', 'type'] as const) {
    const values = split(query[field]);
    if (values.length) conditions.push({ field, operator: 'in', value: values });
  }
  const tagValues = split(query.tag);
  if (tagValues.length) conditions.push({ field: 'tag', operator: 'contains', value: tagValues });
  const requesters = split(query.requesterId);
  if (requesters.length) conditions.push({ field: 'requester', operator: 'in', value: requesters });
  const base = buildViewFilter(workspaceId, conditions, viewActor);
  const extra = [idFilter('assignee', split(query.assigneeId), viewActor), idFilter('group', split(query.groupId), viewActor)].filter((part): part is SQL => !!part);
  return extra.length ? and(base, ...extra)! : base;
}

/** Saved views with live counts, their tickets, ad-hoc ticket lists and the tags in use. */
export function registerViewRoutes(app: App) {
  app.get('/api/v1/views', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(ViewSchema) }) } } }, async (request) => {
    const db = request.ctx.db;
    const viewActor = await viewActorFor(db, request.actor);
    const rows = await findViews(db, request.actor.workspaceId, userIdOf(request.actor));
    const counts = await countViews(db, request.actor.workspaceId, rows, viewActor);
    return { data: rows.map((row, index) => presentView(row, counts[index])) };
  });

  app.post('/api/v1/views', { schema: { tags, body: ViewBody, response: { 201: ViewSchema } } }, async (request, reply) => {
    authorizeView(request.actor, 'create', { personal: request.body.personal !== false });
    const view = await createView(request.ctx, request.body);
    return reply.status(201).send(presentView(view));
  });

  app.patch('/api/v1/views/:id', { schema: { tags, params: IdParams, body: Type.Partial(ViewBody), response: { 200: ViewSchema } } }, async (request) => {
    const view = await getView(request.ctx.db, request.actor.workspaceId, request.params.id, userIdOf(request.actor));
    authorizeView(request.actor, 'update', view);
    return presentView(await updateView(request.ctx, view, request.body));
  });

  app.delete('/api/v1/views/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const view = await getView(request.ctx.db, request.actor.workspaceId, request.params.id, userIdOf(request.actor));
    authorizeView(request.actor, 'delete', view);
    await deleteView(request.ctx, view);
    return reply.status(204).send(null);
  });

  app.get(
    '/api/v1/views/:id/tickets',
    { schema: { tags, params: IdParams, querystring: Type.Intersect([PageQuery, SortQuery]), response: { 200: Page(TicketListItemSchema) } } },
    async (request) => {
      const db = request.ctx.db;
      const view = await getView(db, request.actor.workspaceId, request.params.id, userIdOf(request.actor));
      const where = buildViewFilter(view.workspaceId, view.conditions as ViewCondition[], await viewActorFor(db, request.actor));
      const key: TicketListKey = {
        list: `view:${view.id}`,
        sortBy: (request.query.sortBy ?? view.sortBy) as TicketSortField,
        sortOrder: request.query.sortOrder ?? (view.sortOrder as 'asc' | 'desc'),
      };
      return ticketPage(db, request.actor.workspaceId, where, key, request.query);
    },
  );

  app.get('/api/v1/tickets', { schema: { tags: ['tickets'], querystring: TicketListQuery, response: { 200: Page(TicketListItemSchema) } } }, async (request) => {
    const db = request.ctx.db;
    const { cursor, limit, sortBy, sortOrder, ...filters } = request.query;
    const where = adHocFilter(request.actor.workspaceId, filters, await viewActorFor(db, request.actor));
    const key: TicketListKey = { list: `filter:${listDigest(filters)}`, sortBy: sortBy ?? 'updated_at', sortOrder: sortOrder ?? 'desc' };
    return ticketPage(db, request.actor.workspaceId, where, key, { cursor, limit });
  });

  app.get(
    '/api/v1/tags',
    {
      schema: {
        tags: ['tickets'],
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Type.Object({ data: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() })) }) },
      },
    },
    async (request) => ({ data: await findTags(request.ctx.db, request.actor.workspaceId, request.query.q) }),
  );
}

async function ticketPage(db: Db, workspaceId: string, where: SQL, key: TicketListKey, query: { cursor?: string; limit?: number }) {
  const after = query.cursor ? decodeTicketCursor(query.cursor, key) : undefined;
  const { rows, hasMore, last } = await findTicketsPage(db, workspaceId, where, key.sortBy, key.sortOrder, query.limit ?? 50, after);
  const followers = await findFollowerIds(db, rows.map((row) => row.id));
  // A separate lookup by primary key, not a join: the keyset query's plan (and its top-N sorts) stays as it is.
  const requesters = await findContactSummaries(db, workspaceId, rows.map((row) => row.requesterId));
  return {
    data: rows.map((row) => ({ ...presentTicket(row, followers.get(row.id)), requester: requesters.get(row.requesterId) ?? null })),
    nextCursor: hasMore && last ? encodeTicketCursor(key, last) : null,
  };
}
