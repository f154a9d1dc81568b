import type { EventName } from '@tuki/shared';
import type { Db } from '../db/client.ts';
import type { Queue } from '../lib/queue.ts';
import type { EventEnvelope } from './emit.ts';

/** A reaction to a domain event, run inside the transaction that emitted it, so whatever it enqueues exists iff the change committed. */
export type EventListener = (db: Db, queue: Queue, event: EventEnvelope) => Promise<void>;

const listeners = new Map<EventName, Set<EventListener>>();

/** Subscribes a listener to a domain event; subscribing the same listener twice is a no-op. */
export function onEvent(name: EventName, listener: EventListener): void {
  const set = listeners.get(name) ?? new Set<EventListener>();
  set.add(listener);
  listeners.set(name, set);
}

/** Runs the listeners of an event in the caller's transaction (called by `emit`). */
export async function runListeners(db: Db, queue: Queue, event: EventEnvelope): Promise<void> {
  for (const listener of listeners.get(event.name) ?? []) await listener(db, queue, event);
}
