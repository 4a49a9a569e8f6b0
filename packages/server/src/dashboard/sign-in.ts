/**
 * Password sign-in with lock-out: 5 wrong passwords in a row lock the account for 15 minutes
 * (429 `account_locked` with Retry-After), and a success clears the count. An unknown address, a
 * disabled user and a wrong password all answer the same `invalid_credentials` after the same
 * scrypt work, so the answer tells nobody which addresses have accounts. (A lock-out lets anyone who
 * knows an address lock it for 15 minutes: a passkey still signs its owner in — passkeys are not
 * guessable, so they are not locked.)
 */
import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Deps } from '../context.ts';
import { dashboardUsers } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { type DashboardUserRow, startSession } from './sign-in-session.ts';
import { normalizeEmail } from './team.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MS = 15 * 60_000;

export async function signInWithPassword(
  deps: Deps,
  c: Context,
  input: { email: string; password: string },
): Promise<DashboardUserRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const [user] = await db
    .select()
    .from(dashboardUsers)
    .where(eq(dashboardUsers.email, normalizeEmail(input.email)));
  if (user?.lockedUntil && user.lockedUntil > now) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new ApiError('account_locked', undefined, undefined, {
      headers: { 'Retry-After': String(seconds) },
    });
  }
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.status !== 'active' || !user.passwordHash) {
    if (user) {
      // One statement: concurrent wrong guesses each count, and the one that reaches the limit locks.
      await db
        .update(dashboardUsers)
        .set({
          failedSignIns: sql`case when ${dashboardUsers.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS} then 0 else ${dashboardUsers.failedSignIns} + 1 end`,
          lockedUntil: sql`case when ${dashboardUsers.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS} then ${new Date(now.getTime() + LOCK_MS).toISOString()}::timestamptz else ${dashboardUsers.lockedUntil} end`,
        })
        .where(eq(dashboardUsers.id, user.id));
    }
    throw new ApiError('invalid_credentials');
  }
  const rehash = needsRehash(user.passwordHash) ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(dashboardUsers)
      .set({
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: now,
        ...(rehash ? { passwordHash: rehash } : {}),
      })
      .where(eq(dashboardUsers.id, user.id))
      .returning();
    await startSession(deps, c, tx, user.id);
    return updated!;
  });
}
