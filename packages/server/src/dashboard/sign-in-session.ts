/**
 * Dashboard sessions: a random token in an HttpOnly, SameSite=Strict cookie (Strict: no request
 * that another site starts, link or form, carries it), kept in the database as its SHA-256. A
 * session ends after 2 hours without use or 12 hours after sign-in, at sign-out, and when its user
 * is disabled. Signing in always starts a NEW session and never adopts a token the browser already
 * had (no session fixation). Over HTTPS the cookie is `__Host-` prefixed and Secure.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashSecret } from '../auth/api-keys.ts';
import type { Deps } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { dashboardSessions, dashboardUsers } from '../db/schema.ts';

export const IDLE_MS = 2 * 3600_000;
export const ABSOLUTE_MS = 12 * 3600_000;
/** `last_seen_at` is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

export type DashboardUserRow = typeof dashboardUsers.$inferSelect;
export type DashboardSessionRow = typeof dashboardSessions.$inferSelect;

export interface SignedIn {
  user: DashboardUserRow;
  session: DashboardSessionRow;
}

const secure = (deps: Pick<Deps, 'config'>) => deps.config.publicUrl.startsWith('https://');

export function cookieName(deps: Pick<Deps, 'config'>): string {
  return secure(deps) ? '__Host-finlet_dashboard' : 'finlet_dashboard';
}

function cookieOptions(deps: Pick<Deps, 'config'>) {
  return {
    httpOnly: true,
    sameSite: 'Strict' as const,
    // `__Host-` requires Path=/ and Secure; over plain HTTP (development) the cookie stays on /dashboard.
    path: secure(deps) ? '/' : '/dashboard',
    secure: secure(deps),
  };
}

/** Starts a session for `userId` and sets its cookie; whatever cookie the browser sent is replaced. */
export async function startSession(
  deps: Deps,
  c: Context,
  tx: DbOrTx,
  userId: string,
): Promise<DashboardSessionRow> {
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const [row] = await tx
    .insert(dashboardSessions)
    .values({
      id: hashSecret(token),
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_MS),
    })
    .returning();
  setCookie(c, cookieName(deps), token, { ...cookieOptions(deps), maxAge: ABSOLUTE_MS / 1000 });
  return row!;
}

export function clearSessionCookie(deps: Deps, c: Context): void {
  deleteCookie(c, cookieName(deps), cookieOptions(deps));
}

/** The signed-in user of this request, or null (no cookie, unknown, ended, idle or user disabled). */
export async function currentSession(deps: Deps, c: Context): Promise<SignedIn | null> {
  const token = getCookie(c, cookieName(deps));
  if (!token || token.length > 100) return null;
  const now = deps.clock.now();
  const { db } = deps.database;
  const [row] = await db
    .select({ session: dashboardSessions, user: dashboardUsers })
    .from(dashboardSessions)
    .innerJoin(dashboardUsers, eq(dashboardUsers.id, dashboardSessions.userId))
    .where(
      and(
        eq(dashboardSessions.id, hashSecret(token)),
        isNull(dashboardSessions.revokedAt),
        gt(dashboardSessions.expiresAt, now),
        gt(dashboardSessions.lastSeenAt, new Date(now.getTime() - IDLE_MS)),
        eq(dashboardUsers.status, 'active'),
      ),
    );
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS)
    await db
      .update(dashboardSessions)
      .set({ lastSeenAt: now })
      .where(eq(dashboardSessions.id, row.session.id));
  return row;
}

export async function endSession(deps: Deps, sessionId: string): Promise<void> {
  await deps.database.db
    .update(dashboardSessions)
    .set({ revokedAt: deps.clock.now() })
    .where(eq(dashboardSessions.id, sessionId));
}

/** Ends every session of a user (disabled, role changed, password changed). */
export async function endUserSessions(tx: DbOrTx, userId: string, now: Date): Promise<void> {
  await tx
    .update(dashboardSessions)
    .set({ revokedAt: now })
    .where(and(eq(dashboardSessions.userId, userId), isNull(dashboardSessions.revokedAt)));
}
