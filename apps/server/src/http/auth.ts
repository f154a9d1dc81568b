import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import type { Actor, CommandContext, Services } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { safeEqual, sha256 } from '../lib/secrets.ts';
import { cached } from '../events/shared-cache.ts';

// Who a token or session is stays cached this long; revocation, logout and user changes drop it at once on every instance.
const AUTH_CACHE_MS = 30_000;
import { findSessionActor, findTokenActor } from '../modules/auth/queries.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'tuki_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated actor; set by the auth hook on every /api/v1 route except the public ones. */
    actor: Actor;
    /** The command context for this request. */
    ctx: CommandContext;
    /** The session id (hashed cookie) when signed in through the web app. */
    sessionId: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves who is calling from a bearer token or the session cookie; null when nobody. */
export async function resolveActor(db: Db, request: FastifyRequest): Promise<{ actor: Actor; csrfToken: string | null; sessionId: string | null } | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <token>"');
    const actor = await cached('auth', `token:${sha256(match[1])}`, AUTH_CACHE_MS, () => findTokenActor(db, match[1]));
    if (!actor) throw new AppError('unauthenticated', 'The API token is invalid or revoked');
    return { actor, csrfToken: null, sessionId: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await cached('auth', `session:${sha256(cookie)}`, AUTH_CACHE_MS, () => findSessionActor(db, cookie));
  return session && { actor: session.actor, csrfToken: session.csrfToken, sessionId: session.sessionId };
}

/** An onRequest hook: requires an actor, checks CSRF for cookie-authenticated writes, and builds `request.ctx`. */
export function authenticate(services: Services) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const resolved = await resolveActor(services.db, request);
    if (!resolved) throw new AppError('unauthenticated', 'Sign in, or send an API token');
    if (resolved.csrfToken && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, resolved.csrfToken)) {
        throw new AppError('csrf_failed', 'The x-csrf-token header is missing or wrong; reload the page');
      }
    }
    request.actor = resolved.actor;
    request.sessionId = resolved.sessionId;
    request.ctx = { ...services, actor: resolved.actor };
  };
}
