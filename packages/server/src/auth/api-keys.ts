/**
 * Secret API keys `sk_test_…` / `sk_live_…`: generated once, shown once, stored as SHA-256.
 * Lookups are cached for a few seconds per node so that authentication costs no query on the
 * hot path; a revoked key stops working within that window.
 */
import { hash as digest } from 'node:crypto';
import { randomBase62 } from '@finlet/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.ts';
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

export async function createApiKey(tx: DbOrTx, partnerId: string, mode: 'test' | 'live', now: Date) {
  const secret = `sk_${mode}_${randomBase62(32)}`;
  await tx.insert(apiKeys).values({
    id: `apk_${randomBase62(24)}`,
    partnerId,
    keyHash: hashSecret(secret),
    hint: secret.slice(-4),
    mode,
    createdAt: now,
  });
  return secret;
}

const CACHE_MS = 5_000;

export function createApiKeyLookup(db: Db) {
  const cache = new Map<string, { at: number; partner: AuthenticatedPartner | null }>();
  return async function lookup(secret: string): Promise<AuthenticatedPartner | null> {
    const hash = hashSecret(secret);
    const hit = cache.get(hash);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.partner;
    const [row] = await db
      .select({
        id: partners.id,
        name: partners.name,
        allowedOrigins: partners.allowedOrigins,
        mode: apiKeys.mode,
        keyId: apiKeys.id,
      })
      .from(apiKeys)
      .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
      .limit(1);
    const partner = row ?? null;
    if (cache.size > 10_000) cache.clear();
    cache.set(hash, { at: Date.now(), partner });
    return partner;
  };
}
