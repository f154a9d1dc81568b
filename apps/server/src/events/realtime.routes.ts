import type { FastifyRequest } from 'fastify';
import type { App } from '../http/types.ts';
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
    hub.attach(socket, request.actor);
  });
}
