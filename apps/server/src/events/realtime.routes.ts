import type { App } from '../http/types.ts';
import type { RealtimeHub } from './realtime.ts';

/** The agents' websocket: domain events and presence, authenticated like any API call. */
export function registerRealtimeRoutes(app: App, hub: RealtimeHub) {
  app.get('/api/v1/realtime', { websocket: true, schema: { tags: ['realtime'], description: 'Websocket: events and presence. See docs/API.md.' } }, (socket, request) => {
    hub.attach(socket, request.actor);
  });
}
