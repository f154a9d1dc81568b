import { Type } from 'typebox';
import { IdParams, Page, PageQuery } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { findInboundEmails, findMailboxes, getInboundEmail, getInboundEmailRaw, getMailbox, INBOUND_STATUSES } from './queries.ts';
import { presentInboundEmail, presentMailbox } from './mailbox.presenter.ts';
import { InboundEmailSchema, MailboxBody, MailboxSchema } from './mailbox.schemas.ts';
import { createMailbox } from './commands/create-mailbox.ts';
import { updateMailbox } from './commands/update-mailbox.ts';
import { deleteMailbox } from './commands/delete-mailbox.ts';
import { retryInboundEmail } from './commands/retry-inbound-email.ts';

const tags = ['mailboxes'];
const MANAGE = 'manage mailboxes';
const InboundQuery = Type.Intersect([PageQuery, Type.Object({ status: Type.Optional(Type.Union(INBOUND_STATUSES.map((status) => Type.Literal(status)))) })]);

/** Mailboxes (admins): settings, fetch errors, the inbound mail log (failed, spam, ignored), retries and raw .eml downloads. */
export function registerMailboxRoutes(app: App) {
  app.get('/api/v1/mailboxes', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(MailboxSchema) }) } } }, async (request) => {
    requireRole(request.actor, 'admin', MANAGE);
    return { data: (await findMailboxes(request.ctx.db, request.actor.workspaceId)).map((row) => presentMailbox(row, { withSecret: true })) };
  });

  app.post('/api/v1/mailboxes', { schema: { tags, body: MailboxBody, response: { 201: MailboxSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', MANAGE);
    return reply.status(201).send(presentMailbox(await createMailbox(request.ctx, request.body), { withSecret: true }));
  });

  app.get('/api/v1/mailboxes/:id', { schema: { tags, params: IdParams, response: { 200: MailboxSchema } } }, async (request) => {
    const mailbox = await getMailbox(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    return presentMailbox(mailbox, { withSecret: true });
  });

  app.patch('/api/v1/mailboxes/:id', { schema: { tags, params: IdParams, body: Type.Partial(MailboxBody), response: { 200: MailboxSchema } } }, async (request) => {
    const mailbox = await getMailbox(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    return presentMailbox(await updateMailbox(request.ctx, mailbox, request.body), { withSecret: true });
  });

  app.delete('/api/v1/mailboxes/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const mailbox = await getMailbox(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    await deleteMailbox(request.ctx, mailbox);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/mailboxes/:id/inbound', { schema: { tags, params: IdParams, querystring: InboundQuery, response: { 200: Page(InboundEmailSchema) } } }, async (request) => {
    const mailbox = await getMailbox(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    const before = request.query.cursor ? decodeCursor<{ receivedAt: string; id: string }>(request.query.cursor) : undefined;
    if (before && (typeof before.receivedAt !== 'string' || typeof before.id !== 'string' || Number.isNaN(Date.parse(before.receivedAt)))) {
      throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
    }
    const { rows, hasMore } = await findInboundEmails(request.ctx.db, mailbox, { status: request.query.status, limit: request.query.limit ?? 50, before });
    const last = rows.at(-1);
    return { data: rows.map(presentInboundEmail), nextCursor: hasMore && last ? encodeCursor({ receivedAt: last.receivedAt.toISOString(), id: last.id }) : null };
  });

  app.post('/api/v1/inbound-emails/:id/retry', { schema: { tags, params: IdParams, response: { 202: InboundEmailSchema } } }, async (request, reply) => {
    const inbound = await getInboundEmail(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    return reply.status(202).send(presentInboundEmail(await retryInboundEmail(request.ctx, inbound)));
  });

  app.get('/api/v1/inbound-emails/:id/raw', { schema: { tags, params: IdParams, summary: 'Download the original mail (.eml)' } }, async (request, reply) => {
    const inbound = await getInboundEmail(request.ctx.db, request.actor.workspaceId, request.params.id);
    // Agents read the original of mail on tickets; mail that made no ticket (spam, failed) is for admins.
    requireRole(request.actor, inbound.ticketId ? 'agent' : 'admin', 'download this mail');
    const raw = await getInboundEmailRaw(request.ctx.db, inbound.id);
    return reply.header('content-type', 'message/rfc822').header('content-disposition', `attachment; filename="${inbound.id}.eml"`).send(raw);
  });
}
