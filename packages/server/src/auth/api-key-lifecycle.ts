/**
 * A secret key's life: created (secret shown once), rolled (a new key; the old one keeps working
 * for an overlap of at most 7 days, then answers 401), revoked (stops at once). Used by the
 * partner API (routes/api-keys.ts) and the operator CLI (`finlet api-keys …`).
 *
 * A partner is never left without a working key by mistake: revoking its last active key (not
 * revoked, not rolled) is refused with `invalid_state` — create or roll one first. The operator
 * CLI may still do it (a leaked last key must be stoppable) and warns. Every change is announced to
 * every node in its transaction (db/notifications.ts), which forget the key when it commits, and
 * forgets it in this node's cache after it commits, so it holds here on the next request.
 */
import type { ApiKey } from '@finlet/shared';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { apiKeys } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { type ApiKeyRow, insertApiKey } from './api-keys.ts';

type LifecycleDeps = Pick<Deps, 'database' | 'clock' | 'apiKeyCache' | 'notifications'>;

export function apiKeyStatus(row: ApiKeyRow, now: Date): ApiKey['status'] {
  if (row.revokedAt) return 'revoked';
  if (!row.expiresAt) return 'active';
  return row.expiresAt > now ? 'expiring' : 'expired';
}

export function toApiKeyResource(row: ApiKeyRow, now: Date): ApiKey {
  return {
    id: row.id,
    object: 'api_key',
    mode: row.mode,
    description: row.description,
    last4: row.hint,
    status: apiKeyStatus(row, now),
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    expires_at: row.expiresAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createKey(
  deps: LifecycleDeps,
  key: { partnerId: string; mode: 'test' | 'live'; description?: string | null },
) {
  return insertApiKey(deps.database.db, { ...key, now: deps.clock.now() });
}

/** The key row, locked for the change; `invalid_state` unless it is still active. */
async function lockActive(tx: DbOrTx, id: string, action: string): Promise<ApiKeyRow> {
  const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  if (!row) throw new ApiError('not_found', 'No such API key.');
  if (row.revokedAt || row.expiresAt)
    throw new ApiError(
      'invalid_state',
      `Only an active key can be ${action}; this one is ${row.revokedAt ? 'revoked' : 'already rolled'}.`,
    );
  return row;
}

/** A new key in place of `id`; the old one works `overlapSeconds` more. */
export async function rollKey(deps: LifecycleDeps, id: string, overlapSeconds: number) {
  const now = deps.clock.now();
  const result = await deps.database.db.transaction(async (tx) => {
    const old = await lockActive(tx, id, 'rolled');
    const [previous] = await tx
      .update(apiKeys)
      .set({ expiresAt: new Date(now.getTime() + overlapSeconds * 1000) })
      .where(eq(apiKeys.id, id))
      .returning();
    const created = await insertApiKey(tx, {
      partnerId: old.partnerId,
      mode: old.mode,
      description: old.description,
      now,
    });
    await deps.notifications.changed(tx, 'api_key', id);
    return { ...created, previous: previous! };
  });
  deps.apiKeyCache.forget(id);
  return result;
}

/**
 * Revokes `id` (a revoked key stays revoked). Refuses to leave the partner without an active key
 * unless `allowLast`; `lastKey` says whether it did.
 */
export async function revokeKey(deps: LifecycleDeps, id: string, o: { allowLast?: boolean } = {}) {
  const now = deps.clock.now();
  const result = await deps.database.db.transaction(async (tx) => {
    const [target] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
    if (!target) throw new ApiError('not_found', 'No such API key.');
    if (target.revokedAt) return { row: target, lastKey: false };
    // The partner's unrevoked keys, locked in id order: two revocations at once cannot both
    // count the other's key as the one left.
    const keys = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.partnerId, target.partnerId), isNull(apiKeys.revokedAt)))
      .orderBy(asc(apiKeys.id))
      .for('update');
    const othersActive = keys.filter((k) => k.id !== id && !k.expiresAt).length;
    if (othersActive === 0 && !o.allowLast)
      throw new ApiError(
        'invalid_state',
        'This is the last active key of the partner: create or roll another key before revoking it.',
      );
    const [row] = await tx.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, id)).returning();
    await deps.notifications.changed(tx, 'api_key', id);
    return { row: row!, lastKey: othersActive === 0 };
  });
  deps.apiKeyCache.forget(id);
  return result;
}
