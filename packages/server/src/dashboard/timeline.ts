/**
 * A session's timeline for the dashboard: every step the server saw (session created, each
 * payment attempt and its last change, the identity verification, each of its checks and reviews,
 * the bank link, the session's end) and every event sent about it, oldest first.
 */
import type { IdentityCheck } from '@finlet/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { identityVerifications, links, payments } from '../db/schema.ts';
import { eventsOfSession } from '../webhooks/event-listing.ts';

export interface TimelineEntry {
  at: string;
  kind: 'session' | 'payment' | 'identity' | 'check' | 'review' | 'link' | 'event';
  /** A stable word the dashboard turns into localized text (created, succeeded, document, …). */
  what: string;
  id?: string | undefined;
  detail?: Record<string, unknown> | undefined;
}

export async function sessionTimeline(deps: Deps, owner: Owner, s: SessionRow) {
  const { db } = deps.database;
  const mine = <T extends typeof payments | typeof identityVerifications | typeof links>(t: T) =>
    and(ownedBy(t, owner), eq(t.sessionId, s.id));
  const pays = await db.select().from(payments).where(mine(payments)).orderBy(asc(payments.createdAt));
  const idvs = await db.select().from(identityVerifications).where(mine(identityVerifications));
  const lnks = await db.select().from(links).where(mine(links));
  const evs = await eventsOfSession(deps, owner, s.id);

  const out: TimelineEntry[] = [
    { at: s.createdAt.toISOString(), kind: 'session', what: 'created', id: s.id },
  ];
  for (const p of pays) {
    out.push({
      at: p.createdAt.toISOString(),
      kind: 'payment',
      what: 'started',
      id: p.id,
      detail: { method: p.method, amount: p.amount, currency: p.currency },
    });
    if (p.updatedAt > p.createdAt)
      out.push({
        at: p.updatedAt.toISOString(),
        kind: 'payment',
        what: p.status,
        id: p.id,
        detail: { failure_code: p.failureCode },
      });
  }
  for (const v of idvs) {
    out.push({ at: v.createdAt.toISOString(), kind: 'identity', what: 'started', id: v.id });
    for (const c of v.checks as IdentityCheck[])
      out.push({
        at: c.checked_at,
        kind: 'check',
        what: c.type,
        id: v.id,
        detail: { outcome: c.outcome, reasons: c.reasons },
      });
    for (const r of v.reviews as { decision: string; decided_by: string; decided_at: string }[])
      out.push({
        at: r.decided_at,
        kind: 'review',
        what: r.decision,
        id: v.id,
        detail: { decided_by: r.decided_by },
      });
  }
  for (const l of lnks)
    out.push({
      at: l.createdAt.toISOString(),
      kind: 'link',
      what: 'created',
      id: l.id,
      detail: { institution: l.institution },
    });
  const end = s.completedAt ?? s.canceledAt ?? (s.status === 'expired' ? s.expiresAt : null);
  if (end) out.push({ at: end.toISOString(), kind: 'session', what: s.status, id: s.id });
  for (const e of evs) out.push({ at: e.createdAt.toISOString(), kind: 'event', what: e.type, id: e.id });
  out.sort((a, b) => a.at.localeCompare(b.at));
  return { timeline: out, payments: pays, identityVerifications: idvs, links: lnks };
}
