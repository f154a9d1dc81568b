import type { Db } from '../../db/client.ts';
import { ticketEvents } from '../../db/schema/index.ts';
import { actorUserId, type Actor } from '../../lib/context.ts';

/** One recorded change: a field going from one value to another, or an action such as "merged". */
export type TimelineEntry = { action: string; field?: string | null; before?: unknown; after?: unknown };

/** Writes timeline entries for a ticket inside the caller's transaction. */
export async function recordTimeline(db: Db, actor: Actor, ticket: { id: string; workspaceId: string }, entries: TimelineEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.insert(ticketEvents).values(
    entries.map((entry) => ({
      workspaceId: ticket.workspaceId,
      ticketId: ticket.id,
      actorUserId: actorUserId(actor),
      actorType: actor.kind,
      action: entry.action,
      field: entry.field ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}

/** The changed fields between a ticket before and after an update, as timeline entries. */
export function diffTicket<T extends Record<string, unknown>>(before: T, after: T, fields: (keyof T & string)[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const field of fields) {
    const from = normalize(before[field]);
    const to = normalize(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) entries.push({ action: 'changed', field, before: from, after: to });
  }
  return entries;
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
