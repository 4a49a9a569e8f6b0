/**
 * How a verification reaches its decision and changes afterwards: the provider's signed result
 * (plus sanctions and PEP screening) decides `processing → approved | declined | review`; a
 * reviewer decides a `review`; re-screening after a list change sends an approved customer back
 * to `review`. Each change, its webhook event and the session's flow state commit in one transaction.
 */
import type { IdentityCheck, IdentityStatus, PersonalDetails, WebhookEventType } from '@finlet/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { KycResult } from '../connectors/kyc/kyc.ts';
import type { Deps } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { isOwnedBy, type Owner } from '../db/ownership.ts';
import { identityVerifications } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { setFlowState } from '../sessions/lifecycle.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { DETAILS_CONTEXT } from './capture.ts';
import { decide, sanctionsCheck } from './decision.ts';
import { rulesFor, toVerificationResource, type VerificationRow } from './resource.ts';

const EVENT: Record<string, WebhookEventType> = {
  approved: 'identity.approved',
  declined: 'identity.declined',
  review: 'identity.review_required',
};

async function lock(tx: Tx, id: string) {
  const [row] = await tx
    .select()
    .from(identityVerifications)
    .where(eq(identityVerifications.id, id))
    .for('update');
  return row;
}

/** Writes the change, its event and (when the session is still open) the session's flow state. */
async function record(
  deps: Deps,
  tx: Tx,
  row: VerificationRow,
  patch: Partial<VerificationRow>,
  flowState: boolean,
) {
  const now = deps.clock.now();
  const [updated] = await tx
    .update(identityVerifications)
    .set({ ...patch, updatedAt: now })
    .where(eq(identityVerifications.id, row.id))
    .returning();
  const status = updated!.status;
  if (flowState) {
    try {
      await setFlowState(deps, tx, row.sessionId, 'identity', {
        status,
        result: { identity_verification: row.id, status },
      });
    } catch (e) {
      // A session that closed meanwhile keeps its state; the verification and its webhook still count.
      if (!(e instanceof ApiError)) throw e;
    }
  }
  const type = EVENT[status];
  if (type)
    await recordEvent(tx, { partnerId: row.partnerId, type, object: toVerificationResource(updated!), now });
  return updated!;
}

function detailsOf(deps: Deps, row: VerificationRow): PersonalDetails | null {
  return row.detailsEnc
    ? (JSON.parse(deps.cipher.decryptText(row.detailsEnc, DETAILS_CONTEXT)) as PersonalDetails)
    : null;
}

/** Sanctions and PEP screening of the details; `unavailable` when a required list is not usable. */
async function screen(deps: Deps, d: PersonalDetails) {
  const query = {
    name: `${d.first_name} ${d.last_name}`,
    birth_date: d.date_of_birth,
    country: d.nationality,
    type: 'individual' as const,
  };
  let sanctions: Awaited<ReturnType<Deps['screening']['screen']>>;
  let pep: Awaited<ReturnType<Deps['screening']['screenPep']>>;
  try {
    [sanctions, pep] = await Promise.all([
      deps.screening.screen(query, 0.8),
      deps.screening.screenPep(query),
    ]);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'screening_unavailable')
      return { unavailable: true as const, versions: {} };
    throw e;
  }
  const lists = [...sanctions.lists, ...(pep.performed ? pep.lists : [])];
  return {
    sanctions: sanctions.hits,
    pep,
    versions: Object.fromEntries(lists.map((l) => [l.name, l.version])),
  };
}

/** Every list entry a hit names: the subject's entries on each list (screening/subjects.ts). */
const entryKeys = (h: { list: string; entry_id: string; entries?: { list: string; entry_id: string }[] }) =>
  [h, ...(h.entries ?? [])].map((e) => `${e.list}:${e.entry_id}`);

/** Applies the provider's result; a duplicate or late callback changes nothing. */
export async function applyKycResult(deps: Deps, result: KycResult): Promise<VerificationRow | null> {
  const [current] = await deps.database.db
    .select()
    .from(identityVerifications)
    .where(eq(identityVerifications.id, result.reference));
  if (current?.status !== 'processing') return current ?? null;
  const details = detailsOf(deps, current);
  const screening = details
    ? await screen(deps, details)
    : { sanctions: [], pep: { performed: false as const }, versions: {} };
  const rules = await rulesFor(deps.database.db, current.partnerId);
  const at = deps.clock.now().toISOString();
  const decision = decide(result, screening, rules, at);
  const checks = [...(current.checks as IdentityCheck[]), ...decision.checks];
  const status: IdentityStatus = checks.some((c) => c.outcome === 'fail') ? 'declined' : decision.status;
  const updated = await deps.database.db.transaction(async (tx) => {
    const row = await lock(tx, current.id);
    if (row?.status !== 'processing') return null;
    return record(
      deps,
      tx,
      row,
      {
        status,
        checks,
        screenedVersions: screening.versions,
        decidedAt: status === 'review' ? null : deps.clock.now(),
      },
      true,
    );
  });
  if (updated) deps.pokeDispatcher();
  return updated;
}

/** A reviewer's decision on a verification in review; the API key id is the audit trail's "who". */
export async function reviewVerification(
  deps: Deps,
  owner: Owner,
  keyId: string,
  id: string,
  input: { decision: 'approved' | 'declined'; note?: string | undefined },
) {
  const updated = await deps.database.db.transaction(async (tx) => {
    const row = await lock(tx, id);
    if (!row || !isOwnedBy(row, owner)) throw new ApiError('not_found', 'No such identity verification.');
    if (row.status !== 'review')
      throw new ApiError('invalid_state', `The identity verification is ${row.status}, not review.`);
    const now = deps.clock.now();
    const entry = {
      decision: input.decision,
      note: input.note ?? null,
      decided_by: keyId,
      decided_at: now.toISOString(),
      previous_status: row.status,
    };
    return record(
      deps,
      tx,
      row,
      { status: input.decision, reviews: [...row.reviews, entry], decidedAt: now },
      true,
    );
  });
  deps.pokeDispatcher();
  return updated;
}

/** True when a verification was screened with another version of any list screened against now. */
const outdated = (screened: unknown, current: Record<string, string>) => {
  const versions = (screened ?? {}) as Record<string, string>;
  return Object.entries(current).some(([list, version]) => versions[list] !== version);
};

/** The verifications `rescreenChanged` keeps screened: approved, details not erased. */
const rescreenable = and(
  eq(identityVerifications.status, 'approved'),
  isNull(identityVerifications.erasedAt),
);

/** Whether any customer is kept screened (whether a list change would re-screen anyone). */
export async function anyToRescreen(deps: Deps): Promise<boolean> {
  const [row] = await deps.database.db
    .select({ id: identityVerifications.id })
    .from(identityVerifications)
    .where(rescreenable)
    .limit(1);
  return row !== undefined;
}

/**
 * Re-screens the approved, not erased verifications screened with other list versions than the
 * current ones; a new hit sends one to review (`identity.review_required`), a clean one is stamped
 * with the current versions. The versions stored with each verification — not what a process holds
 * in memory — decide who is re-screened, so a process restarted after a change still re-screens,
 * and several running it at once screen and flag each customer once (the row lock and a second look
 * at its versions). Returns how many were screened and how many flagged.
 */
export async function rescreenChanged(deps: Deps): Promise<{ screened: number; flagged: number }> {
  const current = await deps.screening.versions();
  const rows = await deps.database.db.select().from(identityVerifications).where(rescreenable);
  let screened = 0;
  let flagged = 0;
  for (const row of rows) {
    if (!outdated(row.screenedVersions, current)) continue;
    const details = detailsOf(deps, row);
    if (!details) continue;
    const rules = await rulesFor(deps.database.db, row.partnerId);
    const screening = await screen(deps, details);
    // Nothing is re-screened against part of the lists: the caller reports the failure instead.
    if ('unavailable' in screening)
      throw new ApiError('screening_unavailable', 'Re-screening needs every list.');
    const check = sanctionsCheck(screening.sanctions, rules, deps.clock.now().toISOString());
    // A subject already reviewed stays known when it now comes first under another list's entry.
    const known = new Set((row.checks as IdentityCheck[]).flatMap((c) => c.hits ?? []).flatMap(entryKeys));
    const fresh = (check.hits ?? []).filter((h) => !entryKeys(h).some((k) => known.has(k)));
    const outcome = await deps.database.db.transaction(async (tx) => {
      const locked = await lock(tx, row.id);
      if (locked?.status !== 'approved' || !outdated(locked.screenedVersions, current)) return 'skipped';
      const versions = { ...(locked.screenedVersions as Record<string, string>), ...screening.versions };
      if (check.outcome === 'pass' || fresh.length === 0) {
        await tx
          .update(identityVerifications)
          .set({ screenedVersions: versions })
          .where(eq(identityVerifications.id, row.id));
        return 'clean';
      }
      const rescreen: IdentityCheck = {
        ...check,
        outcome: 'review',
        reasons: ['rescreening_match'],
        hits: fresh,
      };
      await record(
        deps,
        tx,
        locked,
        {
          status: 'review',
          checks: [...(locked.checks as IdentityCheck[]), rescreen],
          screenedVersions: versions,
          decidedAt: null,
        },
        false,
      );
      return 'flagged';
    });
    if (outcome !== 'skipped') screened++;
    if (outcome === 'flagged') flagged++;
  }
  if (flagged) deps.pokeDispatcher();
  return { screened, flagged };
}
