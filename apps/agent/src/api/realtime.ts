/** A user shown as present on a ticket. */
export type PresenceUser = { id: string; name: string; state: 'viewing' | 'typing' };

/** A message the server pushes over the realtime socket. */
export type RealtimeMessage =
  | { type: 'event'; name: string; data: { ticketId?: string } & Record<string, unknown> }
  | { type: 'presence'; ticketId: string; users: PresenceUser[] };

/** What the agent tells the server about the ticket they are on. */
export type PresenceState = 'viewing' | 'typing' | 'left';

/** Connection state of the realtime socket. */
export type ConnectionState = 'connecting' | 'open' | 'closed';

type Listener = (message: RealtimeMessage) => void;
type StateListener = (state: ConnectionState) => void;

/** Delay before reconnect attempt `attempt` (1-based): exponential, capped at 30 s, with jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

/** A websocket to `/api/v1/realtime` that reconnects with backoff and re-announces presence. */
export class RealtimeClient {
  private socket: WebSocket | null = null;
  private listeners = new Set<Listener>();
  private stateListeners = new Set<StateListener>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private presence = new Map<string, PresenceState>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  state: ConnectionState = 'closed';

  constructor(private readonly url: string = defaultRealtimeUrl()) {}

  /** Opens the socket (idempotent). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /** Closes the socket and stops reconnecting. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.socket?.close(1000);
    this.socket = null;
    this.setState('closed');
  }

  /** Calls `listener` for every server message; returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` whenever the connection state changes; returns an unsubscribe function. */
  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Tells the server what this agent is doing on a ticket; re-sent after reconnects. */
  sendPresence(ticketId: string, state: PresenceState): void {
    if (state === 'left') this.presence.delete(ticketId);
    else this.presence.set(ticketId, state);
    this.send({ type: 'presence', ticketId, state });
  }

  private send(payload: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(payload));
  }

  /** Presence expires on the server after 40 s, so it is re-sent regularly; the ping keeps proxies from idling out. */
  private beat(): void {
    if (this.presence.size === 0) this.send({ type: 'ping' });
    for (const [ticketId, state] of this.presence) this.send({ type: 'presence', ticketId, state });
  }

  private connect(): void {
    this.setState('connecting');
    this.heartbeat ??= setInterval(() => this.beat(), 20_000);
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.setState('open');
      for (const [ticketId, state] of this.presence) this.send({ type: 'presence', ticketId, state });
    });
    socket.addEventListener('message', (event) => {
      const message = parseMessage(event.data);
      if (message) for (const listener of this.listeners) listener(message);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setState('closed');
      if (!this.stopped) this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, backoffDelay(this.attempt));
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

function defaultRealtimeUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/api/v1/realtime`;
}

function parseMessage(raw: unknown): RealtimeMessage | null {
  if (typeof raw !== 'string') return null;
  try {
    const value = JSON.parse(raw) as RealtimeMessage;
    if (value && (value.type === 'event' || value.type === 'presence')) return value;
  } catch {
    console.warn('Ignoring malformed realtime frame', raw);
  }
  return null;
}
