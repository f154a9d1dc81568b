import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ViewCondition } from '@tuki/shared';
import type { Database, Db } from '../../db/client.ts';
import { cached, invalidateLocalPrefix } from '../../events/shared-cache.ts';
import { EVENTS_CHANNEL } from '../../events/emit.ts';
import { countTickets, type ViewRow } from './queries.ts';
import { buildViewFilter, type ViewActor } from './view-filter.ts';

/**
 * How long a user's view counts are reused when no ticket of the workspace changes. Any ticket
 * event drops them at once (see `dropViewCountsOnTicketEvents`), so the limit only bounds counts
 * that move with the clock alone, such as "overdue".
 */
export const VIEW_COUNTS_CACHE_MS = 5_000;

/** A view's count, stopping at the cap ("10,000+"). */
export type ViewCount = { count: number; capped: boolean };

/**
 * The live counts of `rows` for one user, in order. Every agent's sidebar asks for them all
 * the time; concurrent requests share one computation and the result is reused until a ticket
 * of the workspace changes.
 */
export async function countViews(db: Db, workspaceId: string, rows: ViewRow[], viewActor: ViewActor): Promise<ViewCount[]> {
  const key = [
    workspaceId,
    viewActor.userId ?? 'system',
    [...viewActor.groupIds].sort().join(','),
    // Edited conditions make a new key: views carry no update time.
    createHash('sha1').update(JSON.stringify(rows.map((row) => [row.id, row.conditions]))).digest('base64url'),
  ].join(':');
  return cached('viewCounts', key, VIEW_COUNTS_CACHE_MS, () =>
    Promise.all(rows.map((row) => countTickets(db, buildViewFilter(row.workspaceId, row.conditions as ViewCondition[], viewActor)))),
  );
}

/** Drops a workspace's cached view counts whenever any instance emits an event in it; returns the unsubscribe function. */
export async function dropViewCountsOnTicketEvents(database: Database): Promise<() => Promise<void>> {
  return database.listen(EVENTS_CHANNEL, (payload) => {
    let workspaceId: unknown;
    try {
      workspaceId = (JSON.parse(payload) as { workspaceId?: unknown }).workspaceId;
    } catch {
      workspaceId = undefined;
    }
    invalidateLocalPrefix('viewCounts', typeof workspaceId === 'string' ? `${workspaceId}:` : '');
  });
}

/**
 * An onSend hook for authenticated routes: a successful write drops the workspace's view counts
 * in this process before the response leaves, so this instance never answers a read that
 * follows a write with counts from before it. Other instances learn of it through the event.
 */
export async function dropViewCountsAfterWrite(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return;
  // Unset when authentication refused the request (the hook also sees those responses).
  const workspaceId = (request.actor as FastifyRequest['actor'] | undefined)?.workspaceId;
  if (workspaceId) invalidateLocalPrefix('viewCounts', `${workspaceId}:`);
}
