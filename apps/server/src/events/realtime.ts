import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { WebSocket } from 'ws';
import type { Database } from '../db/client.ts';
import type { Actor } from '../lib/context.ts';
import { EVENTS_CHANNEL, type EventEnvelope } from './emit.ts';

/** The NOTIFY channel presence changes travel on between instances. */
export const PRESENCE_CHANNEL = 'tuki_presence';
const PRESENCE_TTL_MS = 40_000;

/** Presence states a client reports for a ticket. */
export type PresenceState = 'viewing' | 'typing' | 'left';

/** One connection's presence on a ticket; a user with two tabs has two connections. */
type PresenceNotice = { workspaceId: string; ticketId: string; connectionId: string; user: { id: string; name: string }; state: PresenceState };
type PresenceEntry = { userId: string; name: string; state: Exclude<PresenceState, 'left'>; expiresAt: number };
type Client = { socket: WebSocket; actor: Extract<Actor, { kind: 'user' }>; tickets: Set<string>; stillValid?: () => Promise<boolean> };

/** The close code sent when the credential a socket was opened with no longer works (logout, revoked token, deactivated user). */
export const CLOSE_SESSION_ENDED = 4401;
const REVALIDATE_MS = 60_000;

/** Per-instance fan-out of domain events and presence to this instance's websockets. */
export type RealtimeHub = {
  /** Serves a socket; `stillValid` re-checks its credential, and the socket is closed once it fails. */
  attach(socket: WebSocket, actor: Actor, options?: { stillValid?: () => Promise<boolean> }): void;
  /** Re-checks every socket's credential now (also runs every minute). */
  revalidate(): Promise<void>;
  presenceOf(workspaceId: string, ticketId: string): { id: string; name: string; state: PresenceState }[];
  close(): Promise<void>;
  instanceId: string;
};

/** Subscribes to events and presence on the database and serves them to attached sockets. */
export async function startRealtimeHub(database: Database, { revalidateMs = REVALIDATE_MS }: { revalidateMs?: number } = {}): Promise<RealtimeHub> {
  const instanceId = randomUUID();
  const clientsByWorkspace = new Map<string, Set<Client>>();
  // workspace:ticket -> connectionId -> who and what, with expiry (clients re-announce well within the TTL)
  const presence = new Map<string, Map<string, PresenceEntry>>();

  const send = (client: Client, message: unknown) => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  };

  const presenceList = (workspaceId: string, ticketId: string) => {
    const entries = presence.get(`${workspaceId}:${ticketId}`);
    if (!entries) return [];
    const now = Date.now();
    // One line per user: typing in any of their connections wins over viewing.
    const users = new Map<string, { id: string; name: string; state: PresenceState }>();
    for (const [connectionId, entry] of entries) {
      if (entry.expiresAt < now) {
        entries.delete(connectionId);
        continue;
      }
      const seen = users.get(entry.userId);
      if (!seen || entry.state === 'typing') users.set(entry.userId, { id: entry.userId, name: entry.name, state: entry.state });
    }
    if (!entries.size) presence.delete(`${workspaceId}:${ticketId}`);
    return [...users.values()];
  };

  const onEvent = (payload: string) => {
    let event: EventEnvelope;
    try {
      event = JSON.parse(payload) as EventEnvelope;
    } catch {
      return;
    }
    const targets = event.userIds ? new Set(event.userIds) : null;
    for (const client of clientsByWorkspace.get(event.workspaceId) ?? []) {
      if (targets && !targets.has(client.actor.id)) continue;
      send(client, { type: 'event', name: event.name, data: event.data, at: event.at });
    }
  };

  const onPresence = (payload: string) => {
    let notice: PresenceNotice;
    try {
      notice = JSON.parse(payload) as PresenceNotice;
    } catch {
      return;
    }
    const key = `${notice.workspaceId}:${notice.ticketId}`;
    let entries = presence.get(key);
    if (!entries) presence.set(key, (entries = new Map()));
    if (notice.state === 'left') entries.delete(notice.connectionId);
    else entries.set(notice.connectionId, { userId: notice.user.id, name: notice.user.name, state: notice.state, expiresAt: Date.now() + PRESENCE_TTL_MS });
    const users = presenceList(notice.workspaceId, notice.ticketId);
    for (const client of clientsByWorkspace.get(notice.workspaceId) ?? []) {
      if (client.tickets.has(notice.ticketId)) send(client, { type: 'presence', ticketId: notice.ticketId, users });
    }
  };

  const unsubscribers = [await database.listen(EVENTS_CHANNEL, onEvent), await database.listen(PRESENCE_CHANNEL, onPresence)];

  const revalidate = async () => {
    const checks: Promise<void>[] = [];
    for (const clients of clientsByWorkspace.values()) {
      for (const client of clients) {
        if (!client.stillValid) continue;
        checks.push(
          client.stillValid().then(
            (valid) => {
              if (!valid) client.socket.close(CLOSE_SESSION_ENDED, 'session ended');
            },
            () => {}, // a database hiccup is no reason to drop people
          ),
        );
      }
    }
    await Promise.all(checks);
  };
  const revalidateTimer = setInterval(() => void revalidate(), revalidateMs);
  revalidateTimer.unref();

  const publishPresence = async (notice: PresenceNotice) => {
    await database.db.execute(sql`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(notice)})`);
  };

  return {
    instanceId,
    revalidate,
    attach(socket, actor, options = {}) {
      if (actor.kind !== 'user') {
        socket.close(1008, 'users only');
        return;
      }
      const client: Client = { socket, actor, tickets: new Set(), stillValid: options.stillValid };
      let clients = clientsByWorkspace.get(actor.workspaceId);
      if (!clients) clientsByWorkspace.set(actor.workspaceId, (clients = new Set()));
      clients.add(client);
      send(client, { type: 'ready', instanceId });
      const user = { id: actor.id, name: actor.name };
      const connectionId = randomUUID();
      socket.on('message', (raw) => {
        let message: { type?: string; ticketId?: string; state?: string };
        try {
          message = JSON.parse(String(raw));
        } catch {
          send(client, { type: 'error', code: 'bad_request', message: 'Messages must be JSON' });
          return;
        }
        if (message.type === 'ping') return send(client, { type: 'pong' });
        const validState = message.state === 'viewing' || message.state === 'typing' || message.state === 'left';
        if (message.type !== 'presence' || typeof message.ticketId !== 'string' || !/^[0-9a-f-]{36}$/.test(message.ticketId) || !validState) {
          send(client, { type: 'error', code: 'validation_failed', message: 'Expected {type:"presence", ticketId, state: viewing|typing|left}' });
          return;
        }
        const state = message.state as PresenceState;
        if (state === 'left') client.tickets.delete(message.ticketId);
        else client.tickets.add(message.ticketId);
        void publishPresence({ workspaceId: actor.workspaceId, ticketId: message.ticketId, connectionId, user, state }).catch(() => {});
      });
      socket.on('close', () => {
        clients.delete(client);
        if (!clients.size && clientsByWorkspace.get(actor.workspaceId) === clients) clientsByWorkspace.delete(actor.workspaceId);
        for (const ticketId of client.tickets) {
          void publishPresence({ workspaceId: actor.workspaceId, ticketId, connectionId, user, state: 'left' }).catch(() => {});
        }
        client.tickets.clear();
      });
    },
    presenceOf: presenceList,
    async close() {
      clearInterval(revalidateTimer);
      for (const unsubscribe of unsubscribers) await unsubscribe();
      for (const clients of clientsByWorkspace.values()) for (const client of clients) client.socket.close(1001, 'server shutting down');
    },
  };
}
