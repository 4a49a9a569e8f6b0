/**
 * The audit log: every change made in the dashboard, written by the code that makes it — in the
 * same transaction when the change is Finlet's own rows, right after it when the change goes
 * through a provider (a refund, a link revocation), whose service commits on its own. `before` and
 * `after` are the target's resource as the dashboard shows it, never a secret.
 */
import { newId } from '@finlet/shared';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { DashboardUserRow } from './sign-in-session.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  /** The partner whose data changed (null: the operator's own, e.g. a new operator). */
  partnerId: string | null;
  mode?: 'test' | 'live' | null;
  before?: unknown;
  after?: unknown;
}

/** Drops what must never sit in the log, wherever it appears in a resource. */
function scrub(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      key === 'secret' || key === 'client_token' || key === 'password' ? undefined : v,
    ),
  );
}

export async function recordAudit(
  tx: DbOrTx,
  actor: Pick<DashboardUserRow, 'id' | 'email'>,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await tx.insert(auditLog).values({
    id: newId('audit_entry'),
    partnerId: entry.partnerId,
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    mode: entry.mode ?? null,
    before: scrub(entry.before),
    after: scrub(entry.after),
    createdAt: now,
  });
}

export function toAuditResource(r: AuditRow) {
  return {
    id: r.id,
    object: 'audit_entry' as const,
    partner_id: r.partnerId,
    actor: { id: r.actorId, email: r.actorEmail },
    action: r.action,
    target: { type: r.targetType, id: r.targetId },
    mode: r.mode,
    before: r.before,
    after: r.after,
    created_at: r.createdAt.toISOString(),
  };
}
