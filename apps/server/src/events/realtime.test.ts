import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSecondInstance, startTestServer, type SecondInstance, type TestServer } from '../../test/harness.ts';
import { api, buildAgent, buildTicket, buildWorkspace, type TestUser } from '../../test/factories.ts';

// Frames are JSON of several shapes; tests read them loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Frame = any;
type Socket = {
  ws: WebSocket;
  frames: Frame[];
  /** Resolves with the first frame (received so far or later) matching `match`. */
  next(match: (frame: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  send(message: unknown): void;
  close(): Promise<void>;
};

let server: TestServer;
let baseUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  baseUrl = (await server.app.listen({ port: 0, host: '127.0.0.1' })).replace(/^http/, 'ws');
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await server?.close();
});

/** Opens the realtime socket with headers (a bearer token by default) and waits for `ready`. */
async function connect(user: TestUser | null, { url = baseUrl, headers }: { url?: string; headers?: Record<string, string> } = {}): Promise<Socket> {
  const ws = new WebSocket(`${url}/api/v1/realtime`, { headers: headers ?? (user ? { authorization: `Bearer ${user.token}` } : {}) });
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (raw) => {
    frames.push(JSON.parse(String(raw)));
    for (const wake of waiters) wake();
  });
  ws.on('close', () => {
    for (const wake of waiters) wake();
  });
  const socket: Socket = {
    ws,
    frames,
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    send(message) {
      ws.send(JSON.stringify(message));
    },
    close() {
      return new Promise((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      });
    },
  };
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
  await socket.next((frame) => frame.type === 'ready');
  return socket;
}

const isEvent = (name: string, ticketId?: string) => (frame: Frame) => frame.type === 'event' && frame.name === name && (!ticketId || frame.data?.ticketId === ticketId);
const presenceOf = (ticketId: string, predicate: (users: { id: string; state: string }[]) => boolean) => (frame: Frame) =>
  frame.type === 'presence' && frame.ticketId === ticketId && predicate(frame.users);
const stateOf = (users: { id: string; state: string }[], user: TestUser) => users.find((entry) => entry.id === user.id)?.state;

describe('realtime events', () => {
  it('pushes ticket.created and message.created to the workspace’s sockets', async () => {
    const { admin } = await buildWorkspace(server);
    const socket = await connect(admin);
    const created = await api(server, admin).post('/api/v1/tickets', { subject: 'Live', body: 'Hello', requester: { email: 'live@customer.example' } });
    expect(created.status).toBe(201);
    const event = await socket.next(isEvent('ticket.created', created.body.id));
    expect(event).toMatchObject({ type: 'event', name: 'ticket.created', data: { ticketId: created.body.id, number: created.body.number } });
    expect(Date.parse(event.at)).not.toBeNaN();

    const message = await api(server, admin).post(`/api/v1/tickets/${created.body.id}/messages`, { kind: 'note', body: 'Internal' });
    expect(message.status).toBe(201);
    const messageEvent = await socket.next(isEvent('message.created', created.body.id));
    expect(messageEvent.data).toMatchObject({ ticketId: created.body.id, messageId: message.body.id, kind: 'note' });
  });

  it('sends a notification only to the user it is for, and nothing to other workspaces', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const assignee = await buildAgent(server, workspace.id);
    const bystander = await buildAgent(server, workspace.id);
    const outsider = (await buildWorkspace(server)).admin;
    const [assigneeSocket, bystanderSocket, adminSocket, outsiderSocket] = await Promise.all([connect(assignee), connect(bystander), connect(admin), connect(outsider)]);
    const ticket = await buildTicket(server, admin);

    const assigned = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { assigneeId: assignee.id });
    expect(assigned.status).toBe(200);
    const notification = await assigneeSocket.next(isEvent('notification.created', ticket.id));
    expect(notification.data).toMatchObject({ kind: 'assigned', ticketId: ticket.id, notificationId: expect.any(String) });
    // Everyone in the workspace sees the assignment; the hub fans out each NOTIFY to all its sockets at once.
    await bystanderSocket.next(isEvent('ticket.assigned', ticket.id));
    await adminSocket.next(isEvent('ticket.assigned', ticket.id));
    expect(bystanderSocket.frames.filter(isEvent('notification.created'))).toEqual([]);
    expect(adminSocket.frames.filter(isEvent('notification.created'))).toEqual([]);

    // A later event in the outsider's own workspace proves its socket was live all along.
    const own = await buildTicket(server, outsider);
    await outsiderSocket.next(isEvent('ticket.created', own.id));
    expect(outsiderSocket.frames.filter((frame) => frame.type === 'event' && frame.data?.ticketId !== own.id)).toEqual([]);
  });

  it('refuses sockets without valid credentials', async () => {
    await expect(connect(null)).rejects.toThrow(/HTTP 401/);
    await expect(connect(null, { headers: { authorization: 'Bearer tuki_not-a-real-token' } })).rejects.toThrow(/HTTP 401/);
  });

  it('refuses a cookie-session socket opened from another origin', async () => {
    const { workspace } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: agent.email, password: agent.password } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const host = new URL(baseUrl).host;

    const sameOrigin = await connect(null, { headers: { cookie, origin: `http://${host}` } });
    expect(sameOrigin.frames[0]).toMatchObject({ type: 'ready' });

    const ws = new WebSocket(`${baseUrl}/api/v1/realtime`, { headers: { cookie, origin: 'https://evil.example' } });
    const code = await new Promise<number>((resolve) => ws.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(1008);
  });

  it('answers pings and rejects malformed messages without closing', async () => {
    const { admin } = await buildWorkspace(server);
    const socket = await connect(admin);
    socket.ws.send('not json');
    await socket.next((frame) => frame.type === 'error' && frame.code === 'bad_request');
    socket.send({ type: 'presence', ticketId: 'nope', state: 'viewing' });
    await socket.next((frame) => frame.type === 'error' && frame.code === 'validation_failed');
    socket.send({ type: 'ping' });
    await socket.next((frame) => frame.type === 'pong');
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });
});

describe('ending sockets', () => {
  const closeCode = (socket: Socket) => new Promise<number>((resolve) => (socket.ws.readyState === WebSocket.CLOSED ? resolve(-1) : socket.ws.once('close', (code) => resolve(code))));

  it('closes sockets whose token was revoked, whose user was deactivated, or whose session logged out', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const keeper = await connect(admin);

    const token = await api(server, admin).post('/api/v1/api-tokens', { name: 'socket' });
    const tokenSocket = await connect(null, { headers: { authorization: `Bearer ${token.body.token}` } });
    const agent = await buildAgent(server, workspace.id);
    const agentSocket = await connect(agent);
    const sessionUser = await buildAgent(server, workspace.id);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: sessionUser.email, password: sessionUser.password } });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const sessionSocket = await connect(null, { headers: { cookie } });

    await server.realtime.revalidate();
    for (const socket of [keeper, tokenSocket, agentSocket, sessionSocket]) expect(socket.ws.readyState).toBe(WebSocket.OPEN);

    expect((await api(server, admin).delete(`/api/v1/api-tokens/${token.body.id}`)).status).toBe(204);
    expect((await api(server, admin).patch(`/api/v1/users/${agent.id}`, { active: false })).status).toBe(200);
    const logout = await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': JSON.parse(login.body).csrfToken } });
    expect(logout.statusCode).toBe(204);
    const codes = Promise.all([tokenSocket, agentSocket, sessionSocket].map(closeCode));
    await server.realtime.revalidate();
    expect(await codes).toEqual([4401, 4401, 4401]);
    expect(keeper.ws.readyState).toBe(WebSocket.OPEN);

    // The deactivated agent hears nothing more.
    const ticket = await buildTicket(server, admin);
    await keeper.next(isEvent('ticket.created', ticket.id));
    expect(agentSocket.frames.filter(isEvent('ticket.created', ticket.id))).toEqual([]);
  });
});

describe('presence', () => {
  it('shows who views and types on a ticket, and removes people who leave or disconnect', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const ada = await buildAgent(server, workspace.id, { name: 'Ada' });
    const bo = await buildAgent(server, workspace.id, { name: 'Bo' });
    const ticket = await buildTicket(server, admin);
    const adaSocket = await connect(ada);
    const boSocket = await connect(bo);

    adaSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    await adaSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'viewing'));
    boSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    const both = await adaSocket.next(presenceOf(ticket.id, (users) => stateOf(users, bo) === 'viewing'));
    expect(both.users).toEqual(expect.arrayContaining([{ id: ada.id, name: 'Ada', state: 'viewing' }, { id: bo.id, name: 'Bo', state: 'viewing' }]));
    await boSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'viewing' && stateOf(users, bo) === 'viewing'));

    boSocket.send({ type: 'presence', ticketId: ticket.id, state: 'typing' });
    await adaSocket.next(presenceOf(ticket.id, (users) => stateOf(users, bo) === 'typing'));
    adaSocket.send({ type: 'presence', ticketId: ticket.id, state: 'typing' });
    await boSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'typing'));

    await adaSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'typing'));
    adaSocket.frames.length = 0;
    boSocket.send({ type: 'presence', ticketId: ticket.id, state: 'left' });
    const afterLeft = await adaSocket.next(presenceOf(ticket.id, (users) => users.length === 1));
    expect(afterLeft.users).toEqual([{ id: ada.id, name: 'Ada', state: 'typing' }]);

    adaSocket.frames.length = 0;
    boSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    await adaSocket.next(presenceOf(ticket.id, (users) => stateOf(users, bo) === 'viewing'));
    adaSocket.frames.length = 0;
    await boSocket.close();
    const afterDisconnect = await adaSocket.next(presenceOf(ticket.id, (users) => !stateOf(users, bo)));
    expect(afterDisconnect.users).toEqual([{ id: ada.id, name: 'Ada', state: 'typing' }]);
    expect(server.realtime.presenceOf(workspace.id, ticket.id)).toEqual([{ id: ada.id, name: 'Ada', state: 'typing' }]);
  });

  it('keeps a user present while another of their tabs is still open', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const ada = await buildAgent(server, workspace.id, { name: 'Ada' });
    const watcher = await buildAgent(server, workspace.id, { name: 'Watcher' });
    const ticket = await buildTicket(server, admin);
    const [tabOne, tabTwo, watcherSocket] = await Promise.all([connect(ada), connect(ada), connect(watcher)]);
    watcherSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    tabOne.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    await watcherSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'viewing'));
    // A distinct state, so we know when the second tab's notice has gone round.
    tabTwo.send({ type: 'presence', ticketId: ticket.id, state: 'typing' });
    await watcherSocket.next(presenceOf(ticket.id, (users) => stateOf(users, ada) === 'typing'));

    watcherSocket.frames.length = 0;
    await tabOne.close();
    const after = await watcherSocket.next(presenceOf(ticket.id, () => true));
    expect(after.users).toEqual(expect.arrayContaining([{ id: ada.id, name: 'Ada', state: 'typing' }]));
    expect(after.users).toHaveLength(2);
    expect(server.realtime.presenceOf(workspace.id, ticket.id).map((user) => user.id).sort()).toEqual([ada.id, watcher.id].sort());
  });

  it('does not show presence to another workspace', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const other = (await buildWorkspace(server)).admin;
    const ada = await buildAgent(server, workspace.id, { name: 'Ada' });
    const ticket = await buildTicket(server, admin);
    const [adaSocket, otherSocket] = await Promise.all([connect(ada), connect(other)]);
    // The other workspace's admin guesses the ticket id.
    otherSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    await otherSocket.next(presenceOf(ticket.id, (users) => users.length === 1 && users[0].id === other.id));
    adaSocket.send({ type: 'presence', ticketId: ticket.id, state: 'viewing' });
    const seen = await adaSocket.next(presenceOf(ticket.id, () => true));
    expect(seen.users).toEqual([{ id: ada.id, name: 'Ada', state: 'viewing' }]);
    expect(otherSocket.frames.filter(presenceOf(ticket.id, (users) => users.some((user) => user.id === ada.id)))).toEqual([]);
  });
});

describe('two instances', () => {
  it.skipIf(!process.env.DATABASE_URL)('delivers events and presence written through one instance to sockets on another', async () => {
    let second: SecondInstance | undefined;
    try {
      second = await startSecondInstance(server);
      const secondUrl = (await second.app.listen({ port: 0, host: '127.0.0.1' })).replace(/^http/, 'ws');
      const { workspace, admin } = await buildWorkspace(server);
      const ada = await buildAgent(server, workspace.id, { name: 'Ada' });
      const onA = await connect(ada);
      const onB = await connect(admin, { url: secondUrl });
      expect(onB.frames[0].instanceId).not.toBe(onA.frames[0].instanceId);

      const created = await api(server, admin).post('/api/v1/tickets', { subject: 'Across', body: 'Hi', requester: { email: 'across@customer.example' } });
      expect(created.status).toBe(201);
      await onB.next(isEvent('ticket.created', created.body.id));

      onA.send({ type: 'presence', ticketId: created.body.id, state: 'viewing' });
      onB.send({ type: 'presence', ticketId: created.body.id, state: 'typing' });
      await onB.next(presenceOf(created.body.id, (users) => stateOf(users, ada) === 'viewing' && stateOf(users, admin) === 'typing'));
      await onA.next(presenceOf(created.body.id, (users) => stateOf(users, ada) === 'viewing' && stateOf(users, admin) === 'typing'));
    } finally {
      await second?.close();
    }
  });
});
