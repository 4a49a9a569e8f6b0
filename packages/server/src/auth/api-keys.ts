/**
 * Secret API keys `sk_test_…` / `sk_live_…`: generated once, shown once, stored as SHA-256, and
 * authenticated here. Lookups go through the node's key cache (auth/api-key-cache.ts), so a
 * request costs no query while its key is cached; an expired (rolled) key is refused by the
 * clock even while cached. Creating, rolling and revoking keys is auth/api-key-lifecycle.ts.
 */
import { hash as digest } from 'node:crypto';
import { newId, randomBase62 } from '@finlet/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { apiKeys, partners } from '../db/schema.ts';

/** One-shot `crypto.hash`: runs on every API request, and a Hash object costs more than the digest. */
export const hashSecret = (secret: string) => digest('sha256', secret, 'hex');

export interface AuthenticatedPartner {
  id: string;
  name: string;
  allowedOrigins: string[];
  mode: 'test' | 'live';
  keyId: string;
}

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Inserts a new key; the secret is returned to be shown once and is never stored. */
export async function insertApiKey(
  tx: DbOrTx,
  key: { partnerId: string; mode: 'test' | 'live'; description?: string | null; now: Date },
): Promise<{ row: ApiKeyRow; secret: string }> {
  const secret = `sk_${key.mode}_${randomBase62(32)}`;
  const [row] = await tx
    .insert(apiKeys)
    .values({
      id: newId('api_key'),
      partnerId: key.partnerId,
      keyHash: hashSecret(secret),
      hint: secret.slice(-4),
      mode: key.mode,
      description: key.description ?? null,
      createdAt: key.now,
    })
    .returning();
  return { row: row!, secret };
}

export async function createApiKey(tx: DbOrTx, partnerId: string, mode: 'test' | 'live', now: Date) {
  return (await insertApiKey(tx, { partnerId, mode, now })).secret;
}

/** `last_used_at` is written at most this often per key (it is read by people, not by the API). */
const LAST_USED_EVERY_MS = 60_000;

export function createApiKeyLookup(deps: Pick<Deps, 'database' | 'clock' | 'apiKeyCache'>) {
  const { db } = deps.database;
  const cache = deps.apiKeyCache;
  return async function lookup(secret: string): Promise<AuthenticatedPartner | null> {
    const hash = hashSecret(secret);
    const now = deps.clock.now();
    let key = cache.get(hash);
    if (!key) {
      const [row] = await db
        .select({
          id: partners.id,
          name: partners.name,
          allowedOrigins: partners.allowedOrigins,
          mode: apiKeys.mode,
          keyId: apiKeys.id,
          expiresAt: apiKeys.expiresAt,
          lastUsedAt: apiKeys.lastUsedAt,
        })
        .from(apiKeys)
        .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
        .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
        .limit(1);
      if (row) {
        const { expiresAt, lastUsedAt, ...partner } = row;
        key = { partner, expiresAt: expiresAt?.getTime() ?? null };
        const usable = !expiresAt || expiresAt > now;
        if (usable && (!lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_EVERY_MS))
          await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.keyId));
      } else key = { partner: null, expiresAt: null };
      cache.set(hash, key);
    }
    if (key.expiresAt !== null && key.expiresAt <= now.getTime()) return null;
    return key.partner;
  };
}
