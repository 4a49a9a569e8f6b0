/**
 * Passkeys (WebAuthn, @simplewebauthn/server): a signed-in user enrols one (the registration
 * challenge lives on its dashboard session, 5 minutes), and anyone signs in with one without typing
 * an address (a discoverable credential; the sign-in challenge is a row used once, 5 minutes). The
 * relying party is Finlet's public URL: its host is the RP ID and its origin the only accepted one.
 * Every failure answers 401 `passkey_invalid` without saying why.
 */
import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Deps } from '../context.ts';
import { dashboardChallenges, dashboardPasskeys, dashboardSessions, dashboardUsers } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { type DashboardUserRow, type SignedIn, startSession } from './sign-in-session.ts';

const CHALLENGE_MS = 5 * 60_000;

type PasskeyRow = typeof dashboardPasskeys.$inferSelect;

const relyingParty = (deps: Pick<Deps, 'config'>) => {
  const url = new URL(deps.config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
};

export const toPasskeyResource = (p: PasskeyRow) => ({
  id: p.id,
  object: 'passkey' as const,
  name: p.name,
  created_at: p.createdAt.toISOString(),
  last_used_at: p.lastUsedAt?.toISOString() ?? null,
});

export async function listPasskeys(deps: Deps, userId: string) {
  const rows = await deps.database.db
    .select()
    .from(dashboardPasskeys)
    .where(eq(dashboardPasskeys.userId, userId))
    .orderBy(asc(dashboardPasskeys.createdAt));
  return rows.map(toPasskeyResource);
}

export async function registrationOptions(deps: Deps, me: SignedIn) {
  const existing = await deps.database.db
    .select({ id: dashboardPasskeys.id, transports: dashboardPasskeys.transports })
    .from(dashboardPasskeys)
    .where(eq(dashboardPasskeys.userId, me.user.id));
  const options = await generateRegistrationOptions({
    rpName: 'Finlet',
    rpID: relyingParty(deps).rpID,
    userName: me.user.email,
    userDisplayName: me.user.name,
    userID: new TextEncoder().encode(me.user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports as never })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await deps.database.db
    .update(dashboardSessions)
    .set({
      challenge: options.challenge,
      challengeExpiresAt: new Date(deps.clock.now().getTime() + CHALLENGE_MS),
    })
    .where(eq(dashboardSessions.id, me.session.id));
  return options;
}

export async function registerPasskey(deps: Deps, me: SignedIn, input: { name: string; response: unknown }) {
  const now = deps.clock.now();
  // Take the challenge off the session first: one registration per challenge, whatever happens next.
  const taken = await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ challenge: dashboardSessions.challenge, expiresAt: dashboardSessions.challengeExpiresAt })
      .from(dashboardSessions)
      .where(eq(dashboardSessions.id, me.session.id))
      .for('update');
    await tx
      .update(dashboardSessions)
      .set({ challenge: null, challengeExpiresAt: null })
      .where(eq(dashboardSessions.id, me.session.id));
    return row?.expiresAt && row.expiresAt > now ? row.challenge : null;
  });
  if (!taken) throw new ApiError('passkey_invalid');
  const { rpID, origin } = relyingParty(deps);
  const verified = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: taken,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verified?.verified) throw new ApiError('passkey_invalid');
  const { credential } = verified.registrationInfo;
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dashboardPasskeys)
      .values({
        id: credential.id,
        userId: me.user.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: input.name,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ApiError('passkey_invalid');
    await recordAudit(
      tx,
      me.user,
      {
        action: 'passkey.added',
        targetType: 'passkey',
        targetId: row.id,
        partnerId: me.user.partnerId,
        after: toPasskeyResource(row),
      },
      now,
    );
    return toPasskeyResource(row);
  });
}

export async function removePasskey(deps: Deps, me: SignedIn, id: string) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(dashboardPasskeys)
      .where(and(eq(dashboardPasskeys.id, id), eq(dashboardPasskeys.userId, me.user.id)))
      .returning();
    if (!row) throw notFound('passkey');
    await recordAudit(
      tx,
      me.user,
      {
        action: 'passkey.removed',
        targetType: 'passkey',
        targetId: id,
        partnerId: me.user.partnerId,
        before: toPasskeyResource(row),
      },
      now,
    );
    return toPasskeyResource(row);
  });
}

export async function authenticationOptions(deps: Deps) {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps).rpID,
    userVerification: 'preferred',
  });
  const now = deps.clock.now();
  const id = randomBytes(18).toString('base64url');
  await deps.database.db.insert(dashboardChallenges).values({
    id,
    challenge: options.challenge,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_MS),
  });
  return { challenge_id: id, options };
}

export async function signInWithPasskey(
  deps: Deps,
  c: Context,
  input: { challenge_id: string; response: { id?: unknown } },
): Promise<DashboardUserRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const [challenge] = await db
    .delete(dashboardChallenges)
    .where(and(eq(dashboardChallenges.id, input.challenge_id), gt(dashboardChallenges.expiresAt, now)))
    .returning();
  if (!challenge || typeof input.response.id !== 'string') throw new ApiError('passkey_invalid');
  const [found] = await db
    .select({ passkey: dashboardPasskeys, user: dashboardUsers })
    .from(dashboardPasskeys)
    .innerJoin(dashboardUsers, eq(dashboardUsers.id, dashboardPasskeys.userId))
    .where(eq(dashboardPasskeys.id, input.response.id));
  if (found?.user.status !== 'active') throw new ApiError('passkey_invalid');
  const { rpID, origin } = relyingParty(deps);
  const verified = await verifyAuthenticationResponse({
    response: input.response as AuthenticationResponseJSON,
    expectedChallenge: challenge.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: {
      id: found.passkey.id,
      publicKey: new Uint8Array(Buffer.from(found.passkey.publicKey, 'base64url')),
      counter: found.passkey.counter,
      transports: found.passkey.transports as never,
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verified?.verified) throw new ApiError('passkey_invalid');
  return db.transaction(async (tx) => {
    await tx
      .update(dashboardPasskeys)
      .set({ counter: verified.authenticationInfo.newCounter, lastUsedAt: now })
      .where(eq(dashboardPasskeys.id, found.passkey.id));
    const [user] = await tx
      .update(dashboardUsers)
      .set({ lastSignInAt: now })
      .where(eq(dashboardUsers.id, found.user.id))
      .returning();
    await startSession(deps, c, tx, found.user.id);
    return user!;
  });
}
