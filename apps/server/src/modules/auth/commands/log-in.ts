import { and, eq, gt, sql } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import type { Db } from '../../../db/client.ts';
import { loginAttempts, sessions, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';

/** What a login needs. */
export type LogInInput = {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
  maxAttempts: number;
  windowSeconds: number;
  sessionDays?: number;
};

// A valid argon2 hash of a random password: verified against when the user does not exist,
// so a wrong e-mail costs the same time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$cyguIW31JGEruMWZN5Jhrg$jp2NfFbtldyw5pdtHMsW7n8kCLmT2PN7wgLEC/Pc83o';

/** Checks credentials (rate-limited per e-mail and per IP) and opens a session; returns the cookie value. */
export async function logIn(db: Db, input: LogInInput) {
  const email = input.email.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${input.ip}`];
  const since = new Date(Date.now() - input.windowSeconds * 1000);
  for (const key of keys) {
    const [{ count }] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), gt(loginAttempts.createdAt, since)));
    if (count >= input.maxAttempts) {
      throw new AppError('rate_limited', 'Too many failed login attempts; try again later', { retryAfterSeconds: input.windowSeconds });
    }
  }
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !user.passwordHash || !ok || !user.active) {
    await db.insert(loginAttempts).values(keys.map((key) => ({ key })));
    throw new AppError('invalid_credentials', 'The e-mail or password is wrong');
  }
  const cookieValue = randomSecret(32);
  const csrfToken = randomSecret(24);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sha256(cookieValue),
      workspaceId: user.workspaceId,
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + (input.sessionDays ?? 14) * 86_400_000),
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      ip: input.ip,
    });
    await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
    await tx.delete(loginAttempts).where(eq(loginAttempts.key, `email:${email}`));
  });
  return { cookieValue, csrfToken, userId: user.id, workspaceId: user.workspaceId };
}
