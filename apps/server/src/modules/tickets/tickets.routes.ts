import { Type } from 'typebox';
import {
  BulkUpdateTicketsBody, CreateMessageBody, CreateTicketBody, EscalateTicketBody, IdParams, LinkTicketBody, MergeTicketBody,
  MessageSchema, Page, PageQuery, TicketEventSchema, TicketLinkSchema, TicketSchema, UpdateTicketBody,
} from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { findFollowerIds, findMessages, getMessageWithDetails, findTicketEvents, findTicketLinks, getTicket } from './queries.ts';
import { presentMessage, presentTicket, presentTicketEvent } from './ticket.presenter.ts';
import { authorizeTicket } from './ticket.policy.ts';
import { createTicket } from './commands/create-ticket.ts';
import { updateTicket } from './commands/update-ticket.ts';
import { addMessage } from './commands/add-message.ts';
import { escalateTicket } from './commands/escalate-ticket.ts';
import { mergeTickets } from './commands/merge-tickets.ts';
import { linkTickets } from './commands/link-tickets.ts';
import { bulkUpdateTickets } from './commands/bulk-update-tickets.ts';

const tags = ['tickets'];
type Position = { createdAt: string; id: string };

/** Tickets, their messages, timeline and links. Listing with filters lives in the views module. */
export function registerTicketRoutes(app: App) {
  app.post('/api/v1/tickets', { schema: { tags, body: CreateTicketBody, response: { 201: TicketSchema } } }, async (request, reply) => {
    authorizeTicket(request.actor, 'create');
    const ticket = await createTicket(request.ctx, request.body, { firstMessageAuthor: request.body.channel === 'agent' ? 'agent' : 'requester' });
    return reply.status(201).send(presentTicket(ticket));
  });

  app.get('/api/v1/tickets/:id', { schema: { tags, params: IdParams, response: { 200: TicketSchema } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'view', ticket);
    const followers = await findFollowerIds(request.ctx.db, [ticket.id]);
    return presentTicket(ticket, followers.get(ticket.id));
  });

  app.patch('/api/v1/tickets/:id', { schema: { tags, params: IdParams, body: UpdateTicketBody, response: { 200: TicketSchema } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'update', ticket);
    const result = await updateTicket(request.ctx, ticket, request.body);
    return presentTicket(result.ticket, result.followerIds);
  });

  app.post(
    '/api/v1/tickets/bulk',
    {
      schema: {
        tags,
        body: BulkUpdateTicketsBody,
        response: { 200: Type.Object({ updated: Type.Integer(), failed: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), message: Type.String() })) }) },
      },
    },
    async (request) => {
      authorizeTicket(request.actor, 'bulk-update');
      return bulkUpdateTickets(request.ctx, request.body);
    },
  );

  app.get('/api/v1/tickets/:id/messages', { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: Page(MessageSchema) } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'view', ticket);
    const after = request.query.cursor ? decodeCursor<Position>(request.query.cursor) : undefined;
    const { rows, attachments, hasMore } = await findMessages(request.ctx.db, ticket.id, { limit: request.query.limit ?? 100, after });
    const last = rows.at(-1)?.message;
    return {
      data: rows.map((row) => presentMessage(row.message, row.userName ?? row.contactName, attachments)),
      nextCursor: hasMore && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  });

  app.post('/api/v1/tickets/:id/messages', { schema: { tags, params: IdParams, body: CreateMessageBody, response: { 201: MessageSchema } } }, async (request, reply) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, request.body.kind === 'note' ? 'note' : 'reply', ticket);
    const { message } = await addMessage(request.ctx, ticket, { ...request.body, author: 'agent' });
    const details = await getMessageWithDetails(request.ctx.db, message.id);
    return reply.status(201).send(presentMessage(details.message, details.userName, details.attachments));
  });

  app.get('/api/v1/tickets/:id/events', { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: Page(TicketEventSchema) } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'view', ticket);
    const after = request.query.cursor ? decodeCursor<Position>(request.query.cursor) : undefined;
    const { rows, hasMore } = await findTicketEvents(request.ctx.db, ticket.id, { limit: request.query.limit ?? 100, after });
    const last = rows.at(-1)?.event;
    return {
      data: rows.map((row) => presentTicketEvent(row.event, row.actorName)),
      nextCursor: hasMore && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  });

  app.get('/api/v1/tickets/:id/links', { schema: { tags, params: IdParams, response: { 200: Type.Object({ data: Type.Array(TicketLinkSchema) }) } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'view', ticket);
    return { data: await findTicketLinks(request.ctx.db, ticket) };
  });

  app.post('/api/v1/tickets/:id/links', { schema: { tags, params: IdParams, body: LinkTicketBody, response: { 204: Type.Null() } } }, async (request, reply) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    const related = await getTicket(request.ctx.db, request.actor.workspaceId, request.body.relatedId);
    authorizeTicket(request.actor, 'update', ticket);
    await linkTickets(request.ctx, ticket, related);
    return reply.status(204).send(null);
  });

  app.delete(
    '/api/v1/tickets/:id/links/:relatedId',
    { schema: { tags, params: Type.Object({ id: Type.String({ format: 'uuid' }), relatedId: Type.String({ format: 'uuid' }) }), response: { 204: Type.Null() } } },
    async (request, reply) => {
      const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
      const related = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.relatedId);
      authorizeTicket(request.actor, 'update', ticket);
      await linkTickets(request.ctx, ticket, related, { unlink: true });
      return reply.status(204).send(null);
    },
  );

  app.post('/api/v1/tickets/:id/escalate', { schema: { tags, params: IdParams, body: EscalateTicketBody, response: { 200: TicketSchema } } }, async (request) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeTicket(request.actor, 'update', ticket);
    const result = await escalateTicket(request.ctx, ticket, request.body);
    return presentTicket(result.ticket, result.followerIds);
  });

  app.post('/api/v1/tickets/:id/merge', { schema: { tags, params: IdParams, body: MergeTicketBody, response: { 200: TicketSchema } } }, async (request) => {
    const source = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    const target = await getTicket(request.ctx.db, request.actor.workspaceId, request.body.targetId);
    authorizeTicket(request.actor, 'merge', source);
    authorizeTicket(request.actor, 'merge', target);
    const merged = await mergeTickets(request.ctx, source, target);
    const followers = await findFollowerIds(request.ctx.db, [merged.id]);
    return presentTicket(merged, followers.get(merged.id));
  });
}
