import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import type { Services } from '../lib/context.ts';
import { handleError, errorBody } from './errors.ts';
import { authenticate } from './auth.ts';
import type { App } from './types.ts';
import { registerApiRoutes, registerPublicApiRoutes } from './routes.ts';
import type { RealtimeHub } from '../events/realtime.ts';
import { dropViewCountsAfterWrite } from '../modules/views/view-counts.ts';

/** What the web role needs besides the services. */
export type AppOptions = {
  services: Services;
  realtime: RealtimeHub;
  logger?: FastifyServerOptions['logger'];
  agentAppDir?: string | null;
};

/** Builds the web application: REST API, OpenAPI docs, websockets and the agent app's files. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Only behind a proxy that sets X-Forwarded-For may clients' addresses come from it (login rate limits use them).
    trustProxy: options.services.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`)));

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: options.services.config.maxAttachmentBytes, files: 1, fields: 10 } });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tuki API', version: '1', description: 'REST API for agents, admins and integrations. Authenticate with a session cookie (plus the x-csrf-token header on writes) or `Authorization: Bearer <API token>`.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'tuki_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health', { schema: { hide: true } }, async () => ({ ok: true }));

  await app.register(async (scope) => registerPublicApiRoutes(scope as unknown as App, options));
  await app.register(async (scope) => {
    scope.addHook('onRequest', authenticate(options.services));
    scope.addHook('onSend', dropViewCountsAfterWrite);
    await registerApiRoutes(scope as unknown as App, options);
  });
  if (options.agentAppDir) await serveAgentApp(app, options.agentAppDir);
  return app;
}

async function serveAgentApp(app: App, root: string) {
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path.startsWith('/hooks/') || path.startsWith('/widget/') || path.startsWith('/hc/')) {
      return reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${path}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
