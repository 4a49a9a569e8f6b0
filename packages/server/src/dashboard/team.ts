/**
 * Dashboard users and invitations. A user joins only by an invitation link (no e-mail server: the
 * link is shown once to whoever invited): an admin invites people to its partner, the operator
 * invites a partner's first admin or another operator, and `finlet users create` makes the first
 * operator's link. Accepting sets the name and password and signs in. Role changes and disabling
 * end the user's sessions at once. Every change is in the audit log, in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '@finlet/shared';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { hashSecret } from '../auth/api-keys.ts';
import type { Deps } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { type DashboardRole, dashboardInvitations, dashboardUsers, partners } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { type DashboardUserRow, endUserSessions, startSession } from './sign-in-session.ts';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export type InvitationRow = typeof dashboardInvitations.$inferSelect;
/** Who invites: a signed-in user, or the operator's CLI. */
export type Inviter = Pick<DashboardUserRow, 'id' | 'email'>;
export const CLI_ACTOR: Inviter = { id: 'cli', email: 'finlet CLI' };

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function toUserResource(u: DashboardUserRow) {
  return {
    id: u.id,
    object: 'dashboard_user' as const,
    email: u.email,
    name: u.name,
    role: u.role,
    partner_id: u.partnerId,
    status: u.status,
    created_at: u.createdAt.toISOString(),
    last_sign_in_at: u.lastSignInAt?.toISOString() ?? null,
  };
}

export function toInvitationResource(i: InvitationRow) {
  return {
    id: i.id,
    object: 'invitation' as const,
    email: i.email,
    role: i.role,
    partner_id: i.partnerId,
    created_at: i.createdAt.toISOString(),
    expires_at: i.expiresAt.toISOString(),
  };
}

export const invitationUrl = (deps: Pick<Deps, 'config'>, token: string) =>
  // The token travels in the fragment: it never reaches a server log or a Referer.
  `${deps.config.publicUrl}/dashboard/invite#token=${token}`;

async function assertEmailFree(tx: DbOrTx, email: string, now: Date) {
  const [user] = await tx
    .select({ id: dashboardUsers.id })
    .from(dashboardUsers)
    .where(eq(dashboardUsers.email, email));
  const [pending] = await tx
    .select({ id: dashboardInvitations.id })
    .from(dashboardInvitations)
    .where(
      and(
        eq(dashboardInvitations.email, email),
        isNull(dashboardInvitations.acceptedAt),
        isNull(dashboardInvitations.revokedAt),
        gt(dashboardInvitations.expiresAt, now),
      ),
    );
  if (user || pending) throw new ApiError('email_taken', undefined, 'email');
}

/** Creates an invitation; the link (with its token) is in this answer only. */
export async function createInvitation(
  deps: Pick<Deps, 'database' | 'clock' | 'config'>,
  inviter: Inviter,
  input: { partnerId: string | null; email: string; role: DashboardRole },
) {
  if ((input.partnerId === null) !== (input.role === 'operator'))
    throw new ApiError(
      'invalid_request',
      'Operators belong to no partner; partner users need a partner role.',
      'role',
    );
  const email = normalizeEmail(input.email);
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const row = await deps.database.db.transaction(async (tx) => {
    if (input.partnerId) {
      const [p] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, input.partnerId));
      if (!p) throw notFound('partner');
    }
    await assertEmailFree(tx, email, now);
    const [inv] = await tx
      .insert(dashboardInvitations)
      .values({
        id: newId('invitation'),
        tokenHash: hashSecret(token),
        partnerId: input.partnerId,
        email,
        role: input.role,
        invitedBy: inviter.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      })
      .returning();
    await recordAudit(
      tx,
      inviter,
      {
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: inv!.id,
        partnerId: input.partnerId,
        after: toInvitationResource(inv!),
      },
      now,
    );
    return inv!;
  });
  return { invitation: toInvitationResource(row), url: invitationUrl(deps, token) };
}

/** The invitation a token names, if it can still be accepted. */
async function usableInvitation(tx: DbOrTx, token: string, now: Date, lock = false) {
  if (!/^[\w-]{20,64}$/.test(token)) throw new ApiError('invitation_invalid');
  const q = tx
    .select()
    .from(dashboardInvitations)
    .where(eq(dashboardInvitations.tokenHash, hashSecret(token)));
  const [inv] = lock ? await q.for('update') : await q;
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= now)
    throw new ApiError('invitation_invalid');
  return inv;
}

export async function describeInvitation(deps: Deps, token: string) {
  const inv = await usableInvitation(deps.database.db, token, deps.clock.now());
  const [p] = inv.partnerId
    ? await deps.database.db
        .select({ name: partners.name })
        .from(partners)
        .where(eq(partners.id, inv.partnerId))
    : [];
  return { email: inv.email, role: inv.role, partner_name: p?.name ?? null };
}

/** Accepting: the user is created with the invitation's role and signed in (a new session). */
export async function acceptInvitation(
  deps: Deps,
  c: Context,
  input: { token: string; name: string; password: string },
) {
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const inv = await usableInvitation(tx, input.token, now, true);
    const [taken] = await tx
      .select({ id: dashboardUsers.id })
      .from(dashboardUsers)
      .where(eq(dashboardUsers.email, inv.email));
    if (taken) throw new ApiError('email_taken', undefined, 'email');
    const [user] = await tx
      .insert(dashboardUsers)
      .values({
        id: newId('dashboard_user'),
        partnerId: inv.partnerId,
        email: inv.email,
        name: input.name,
        role: inv.role,
        passwordHash,
        status: 'active',
        createdAt: now,
        updatedAt: now,
        lastSignInAt: now,
      })
      .returning();
    await tx.update(dashboardInvitations).set({ acceptedAt: now }).where(eq(dashboardInvitations.id, inv.id));
    await recordAudit(
      tx,
      user!,
      {
        action: 'invitation.accepted',
        targetType: 'dashboard_user',
        targetId: user!.id,
        partnerId: inv.partnerId,
        after: toUserResource(user!),
      },
      now,
    );
    await startSession(deps, c, tx, user!.id);
    return user!;
  });
}

/** The people of a partner (or, for null, the operator's) and the invitations still open. */
export async function listTeam(deps: Deps, partnerId: string | null) {
  const { db } = deps.database;
  const now = deps.clock.now();
  const of = <T extends typeof dashboardUsers | typeof dashboardInvitations>(t: T) =>
    partnerId === null ? isNull(t.partnerId) : eq(t.partnerId, partnerId);
  const users = await db
    .select()
    .from(dashboardUsers)
    .where(of(dashboardUsers))
    .orderBy(asc(dashboardUsers.createdAt));
  const invitations = await db
    .select()
    .from(dashboardInvitations)
    .where(
      and(
        of(dashboardInvitations),
        isNull(dashboardInvitations.acceptedAt),
        isNull(dashboardInvitations.revokedAt),
        gt(dashboardInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(dashboardInvitations.createdAt));
  return { users: users.map(toUserResource), invitations: invitations.map(toInvitationResource) };
}

/** A user of the same partner (or both the operator's); anyone else's is 404. */
async function teammate(tx: DbOrTx, actor: DashboardUserRow, userId: string) {
  const [u] = await tx.select().from(dashboardUsers).where(eq(dashboardUsers.id, userId)).for('update');
  if (!u || u.partnerId !== actor.partnerId) throw notFound('user');
  if (u.id === actor.id) throw new ApiError('invalid_state', 'You cannot change your own role or access.');
  return u;
}

export async function updateTeammate(
  deps: Deps,
  actor: DashboardUserRow,
  userId: string,
  patch: { role?: DashboardRole; status?: 'active' | 'disabled' },
) {
  if (patch.role && (actor.partnerId === null) !== (patch.role === 'operator'))
    throw new ApiError('invalid_request', 'That role is not for this team.', 'role');
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const before = await teammate(tx, actor, userId);
    const [after] = await tx
      .update(dashboardUsers)
      .set({ ...patch, updatedAt: now })
      .where(eq(dashboardUsers.id, userId))
      .returning();
    // A new role or a disabled account takes effect now, not at the next sign-in.
    await endUserSessions(tx, userId, now);
    await recordAudit(
      tx,
      actor,
      {
        action:
          patch.status === 'disabled'
            ? 'user.disabled'
            : patch.status === 'active'
              ? 'user.enabled'
              : 'user.role_changed',
        targetType: 'dashboard_user',
        targetId: userId,
        partnerId: actor.partnerId,
        before: toUserResource(before),
        after: toUserResource(after!),
      },
      now,
    );
    return toUserResource(after!);
  });
}

export async function revokeInvitation(deps: Deps, actor: DashboardUserRow, id: string) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [inv] = await tx
      .select()
      .from(dashboardInvitations)
      .where(eq(dashboardInvitations.id, id))
      .for('update');
    if (!inv || inv.partnerId !== actor.partnerId) throw notFound('invitation');
    if (inv.acceptedAt || inv.revokedAt)
      throw new ApiError('invalid_state', 'The invitation is no longer open.');
    const [after] = await tx
      .update(dashboardInvitations)
      .set({ revokedAt: now })
      .where(eq(dashboardInvitations.id, id))
      .returning();
    await recordAudit(
      tx,
      actor,
      {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: id,
        partnerId: actor.partnerId,
        before: toInvitationResource(inv),
        after: toInvitationResource(after!),
      },
      now,
    );
    return toInvitationResource(after!);
  });
}
