import { Type } from 'typebox';
import { LANGUAGES } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { getMessageWithDetails, getTicket } from '../tickets/queries.ts';
import { resendEmail } from './commands/resend-email.ts';
import { startEmailTicket } from './commands/start-email-ticket.ts';
import { presentTicket } from '../tickets/ticket.presenter.ts';
import { TicketSchema } from '@tuki/shared';
import { saveEmailTemplate } from './commands/save-email-template.ts';
import { findEmailTemplateOverrides } from './queries.ts';
import { DEFAULT_TEMPLATES, NOTIFICATION_KINDS, templateFor } from './notification-templates.ts';

const tags = ['email'];
const ResendParams = Type.Object({ id: Type.String({ format: 'uuid' }), messageId: Type.String({ format: 'uuid' }) });
const Kind = Type.Union(NOTIFICATION_KINDS.map((kind) => Type.Literal(kind)));
const Language = Type.Union(LANGUAGES.map((language) => Type.Literal(language)));
const TemplateParams = Type.Object({ kind: Kind, language: Language });
const TemplateBody = Type.Object({ subject: Type.String({ minLength: 1, maxLength: 500 }), body: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false });
const StartEmailTicketBody = Type.Object(
  {
    to: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    cc: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20 })),
    bcc: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20 })),
    subject: Type.String({ minLength: 1, maxLength: 500 }),
    body: Type.String({ minLength: 1, maxLength: 200_000 }),
    bodyHtml: Type.Optional(Type.String({ maxLength: 1_000_000 })),
    mailboxId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
const TemplateSchema = Type.Object({ kind: Type.String(), language: Type.String(), subject: Type.String(), body: Type.String(), custom: Type.Boolean() });

/** E-mail conversations: starting one with a customer, resending failed mail and the customer notification templates (per language). */
export function registerConversationRoutes(app: App) {
  app.post('/api/v1/tickets/:id/messages/:messageId/resend', { schema: { tags, params: ResendParams, response: { 202: Type.Object({ deliveryStatus: Type.String() }) } } }, async (request, reply) => {
    const ticket = await getTicket(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'agent', 'resend mail');
    const { message } = await getMessageWithDetails(request.ctx.db, request.params.messageId);
    await resendEmail(request.ctx, ticket, message);
    return reply.status(202).send({ deliveryStatus: 'queued' });
  });

  app.post('/api/v1/email-tickets', { schema: { tags, body: StartEmailTicketBody, response: { 201: TicketSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'agent', 'start e-mail conversations');
    const { ticket } = await startEmailTicket(request.ctx, request.body);
    return reply.status(201).send(presentTicket(ticket));
  });

  app.get('/api/v1/email-templates', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(TemplateSchema) }) } } }, async (request) => {
    requireRole(request.actor, 'admin', 'manage e-mail templates');
    const overrides = await findEmailTemplateOverrides(request.ctx.db, request.actor.workspaceId);
    const data = NOTIFICATION_KINDS.flatMap((kind) =>
      LANGUAGES.map((language) => {
        const template = templateFor(overrides, kind, language);
        return { kind, language, ...template, custom: template !== DEFAULT_TEMPLATES[kind][language] };
      }),
    );
    return { data };
  });

  app.put('/api/v1/email-templates/:kind/:language', { schema: { tags, params: TemplateParams, body: TemplateBody, response: { 200: TemplateSchema } } }, async (request) => {
    requireRole(request.actor, 'admin', 'manage e-mail templates');
    await saveEmailTemplate(request.ctx, request.params.kind, request.params.language, request.body);
    return { kind: request.params.kind, language: request.params.language, ...request.body, custom: true };
  });

  app.delete('/api/v1/email-templates/:kind/:language', { schema: { tags, params: TemplateParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', 'manage e-mail templates');
    await saveEmailTemplate(request.ctx, request.params.kind, request.params.language, null);
    return reply.status(204).send(null);
  });
}
