import type { FastifyRequest } from 'fastify';
import type { App } from '../http/types.ts';
import { resolveActor } from '../http/auth.ts';
import { AppError } from '../lib/errors.ts';
import type { RealtimeHub } from './realtime.ts';

/** True unless a browser (cookie session) opens the socket from a page on another origin (cross-site websocket hijacking). */
function originAllowed(request: FastifyRequest): boolean {
  if (request.actor.kind !== 'user' || request.actor.via !== 'session') return true;
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

/** The agents' websocket: domain events and presence, authenticated like any API call. */
export function registerRealtimeRoutes(app: App, hub: RealtimeHub) {
  app.get('/api/v1/realtime', { websocket: true, schema: { tags: ['realtime'], description: 'Websocket: events and presence. See docs/API.md.' } }, (socket, request) => {
    if (!originAllowed(request)) {
      socket.close(1008, 'origin not allowed');
      return;
    }
    const { actor, ctx } = request;
    // The socket outlives the request: re-resolve its credential so logout, token revocation and deactivation end it.
    const stillValid = async () => {
      const resolved = await resolveActor(ctx.db, request).catch((error: unknown) => {
        if (error instanceof AppError) return null; // revoked or invalid credential
        throw error; // the database is unwell: keep the socket, check again later
      });
      return resolved?.actor.kind === 'user' && actor.kind === 'user' && resolved.actor.id === actor.id;
    };
    hub.attach(socket, actor, { stillValid });
  });
}
