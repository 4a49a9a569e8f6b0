/**
 * Token signing keys (EdDSA / Ed25519), stored in the database with a `kid`, private half encrypted.
 * `rotate()` adds a new active key and keeps the previous public key published until every token
 * it signed has expired (MAX_TOKEN_LIFETIME after its retirement). Nodes cache the set briefly and
 * reload when they meet an unknown `kid`; a rotation is announced to every node in its transaction
 * (db/notifications.ts), which reload at once: every node signs with, and publishes, the new key.
 */

import { newId } from '@finlet/shared';
import { and, desc, gt, isNull, or } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK, type SignJWT } from 'jose';
import type { Clock } from '../clock.ts';
import type { DataCipher } from '../crypto/data-cipher.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { CacheNotifications } from '../db/notifications.ts';
import { signingKeys } from '../db/schema.ts';

/** New keys are Ed25519 (EdDSA): signing costs about half of ES256's. Keys made earlier keep their own alg. */
export const TOKEN_ALG = 'EdDSA';
export const ACCEPTED_ALGS = ['EdDSA', 'ES256'];
/** No token Finlet signs lives longer than this (client tokens ≤ 30 min, docs/architecture.md §3). */
export const MAX_TOKEN_LIFETIME_MS = 30 * 60 * 1000;
const CACHE_MS = 30_000;

type PrivateKey = Parameters<SignJWT['sign']>[0];

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: PrivateKey;
}

export interface KeyStore {
  /** The newest active key. Creates the first key when the table is empty. */
  signingKey(): Promise<SigningKey>;
  /** Public keys to publish and to verify with (active + retired within their overlap). */
  jwks(opts?: { refresh?: boolean }): Promise<JSONWebKeySet>;
  rotate(): Promise<{ kid: string; retired: string[] }>;
}

export function createKeyStore(
  db: Db,
  cipher: DataCipher,
  clock: Clock,
  notifications?: Pick<CacheNotifications, 'changed' | 'on'>,
): KeyStore {
  let cached: { at: number; active: SigningKey | null; jwks: JSONWebKeySet } | null = null;
  notifications?.on('signing_keys', () => {
    cached = null;
  });

  async function load(): Promise<NonNullable<typeof cached>> {
    const now = clock.now();
    const rows = await db
      .select()
      .from(signingKeys)
      .where(or(isNull(signingKeys.retiredAt), gt(signingKeys.publishUntil, now)))
      .orderBy(desc(signingKeys.createdAt));
    const activeRow = rows.find((r) => r.retiredAt === null) ?? null;
    const active = activeRow
      ? {
          kid: activeRow.kid,
          alg: activeRow.alg,
          privateKey: (await importJWK(
            JSON.parse(cipher.decryptText(activeRow.privateJwkEnc, 'signing_keys.private_jwk')) as JWK,
            activeRow.alg,
          )) as PrivateKey,
        }
      : null;
    cached = { at: Date.now(), active, jwks: { keys: rows.map((r) => r.publicJwk as unknown as JWK) } };
    return cached;
  }

  async function current(refresh = false) {
    if (!refresh && cached && Date.now() - cached.at < CACHE_MS) return cached;
    return load();
  }

  async function insertKey(tx: DbOrTx = db): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALG, { crv: 'Ed25519', extractable: true });
    const kid = newId('signing_key');
    const pub = { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALG, use: 'sig' };
    const priv = JSON.stringify(await exportJWK(privateKey));
    await tx.insert(signingKeys).values({
      kid,
      alg: TOKEN_ALG,
      publicJwk: pub,
      privateJwkEnc: cipher.encrypt(priv, 'signing_keys.private_jwk'),
      createdAt: clock.now(),
    });
    return kid;
  }

  return {
    async signingKey() {
      let c = await current();
      if (!c.active) {
        await insertKey();
        c = await load();
      }
      return c.active!;
    },
    async jwks(opts) {
      return (await current(opts?.refresh)).jwks;
    },
    async rotate() {
      const now = clock.now();
      const { kid, retired } = await db.transaction(async (tx) => {
        const retired = await tx
          .update(signingKeys)
          .set({ retiredAt: now, publishUntil: new Date(now.getTime() + MAX_TOKEN_LIFETIME_MS) })
          .where(and(isNull(signingKeys.retiredAt)))
          .returning({ kid: signingKeys.kid });
        const kid = await insertKey(tx);
        await notifications?.changed(tx, 'signing_keys', '*');
        return { kid, retired };
      });
      await load();
      return { kid, retired: retired.map((r) => r.kid) };
    },
  };
}
