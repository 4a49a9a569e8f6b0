/**
 * Tables of the partner dashboard (issue 14): its users (a partner's admins, developers, reviewers
 * and viewers, or the operator's people), invitations by link, signed-in sessions, passkeys,
 * WebAuthn sign-in challenges and the audit log. Secrets are kept only as SHA-256 (session and
 * invitation tokens: 192-bit random, so no slow hash is needed) or as an scrypt hash (passwords,
 * dashboard/passwords.ts). Re-exported by db/schema.ts.
 */
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type DashboardRole = 'operator' | 'admin' | 'developer' | 'reviewer' | 'viewer';

/** A person who signs in to the dashboard: `partner_id` null and role `operator` for the operator's. */
export const dashboardUsers = pgTable(
  'dashboard_users',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id'),
    /** Lower-cased; one account per address across the whole installation. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<DashboardRole>().notNull(),
    passwordHash: text('password_hash'),
    status: text('status').$type<'active' | 'disabled'>().notNull(),
    /** Failed password sign-ins since the last success; at the limit the account locks for a while. */
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    lastSignInAt: ts('last_sign_in_at'),
  },
  (t) => [
    uniqueIndex('dashboard_users_email_idx').on(t.email),
    index('dashboard_users_partner_idx').on(t.partnerId),
  ],
);

/** An invitation link: its token is shown once to whoever invited, and kept only as SHA-256. */
export const dashboardInvitations = pgTable(
  'dashboard_invitations',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    partnerId: text('partner_id'),
    email: text('email').notNull(),
    role: text('role').$type<DashboardRole>().notNull(),
    /** The user who invited (`usr_…`), or `cli` for `finlet users create`. */
    invitedBy: text('invited_by').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('dashboard_invitations_token_idx').on(t.tokenHash),
    index('dashboard_invitations_partner_idx').on(t.partnerId, t.createdAt),
  ],
);

/**
 * A signed-in browser. The cookie holds a random token; the row's id is its SHA-256, so a database
 * reader cannot take over a session. `csrf_token` must come back in a header on every change.
 * `challenge` is the pending WebAuthn registration challenge of this session (passkey enrolment).
 */
export const dashboardSessions = pgTable(
  'dashboard_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    challenge: text('challenge'),
    challengeExpiresAt: ts('challenge_expires_at'),
  },
  (t) => [index('dashboard_sessions_user_idx').on(t.userId)],
);

/** A WebAuthn credential (passkey) of a user: its id and COSE public key, base64url. */
export const dashboardPasskeys = pgTable(
  'dashboard_passkeys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    publicKey: text('public_key').notNull(),
    /** The authenticator's signature counter (a clone shows up as a counter that goes back). */
    counter: bigint('counter', { mode: 'number' }).notNull(),
    transports: jsonb('transports').$type<string[]>().notNull(),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull(),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [index('dashboard_passkeys_user_idx').on(t.userId)],
);

/** A passkey sign-in challenge: used once, within minutes, by whoever holds its id. */
export const dashboardChallenges = pgTable('dashboard_challenges', {
  id: text('id').primaryKey(),
  challenge: text('challenge').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
});

/**
 * Every change made in the dashboard: who (user id and e-mail at the time), what (action and
 * target), when, in which mode, and the target before and after (secrets never included).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id'),
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    mode: text('mode').$type<'test' | 'live'>(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('audit_log_partner_created_idx').on(t.partnerId, t.createdAt, t.id)],
);
