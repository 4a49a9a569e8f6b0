/**
 * Finlet's bank-client key pair (ES256), used for `private_key_jwt` at every bank. From
 * `FINLET_BANK_CLIENT_KEY` (a private JWK) when set; otherwise generated once and kept encrypted
 * in the settings table, so every server node signs with the same key. The public half is
 * published at `/.well-known/bank-client-jwks.json` for banks to register (the sandbox banks do
 * through `SANDBOX_BANK_CLIENT_JWKS_URI`).
 */
import type { webcrypto } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { DataCipher } from '../crypto/data-cipher.ts';
import type { Database } from '../db/client.ts';
import { settings } from '../db/schema.ts';

export interface ResolvedClientKey {
  key: webcrypto.CryptoKey;
  kid: string;
  publicJwk: JWK;
}

const SETTING = 'bank_client_key';

async function fromJwk(jwk: JWK): Promise<ResolvedClientKey> {
  const { d: _d, ...pub } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(pub));
  const key = (await importJWK({ ...jwk, alg: 'ES256' }, 'ES256')) as webcrypto.CryptoKey;
  return { key, kid, publicJwk: { ...pub, kid, alg: 'ES256', use: 'sig' } };
}

export async function resolveBankClientKey(o: {
  configured: string | undefined;
  database: Database;
  cipher: DataCipher;
  now: Date;
}): Promise<ResolvedClientKey> {
  if (o.configured) return fromJwk(JSON.parse(o.configured) as JWK);
  const [row] = await o.database.db.select().from(settings).where(eq(settings.key, SETTING));
  if (row)
    return fromJwk(JSON.parse(o.cipher.decryptText(row.value as string, 'settings.bank_client_key')) as JWK);
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  jwk.kid = await calculateJwkThumbprint({ kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! });
  const value = o.cipher.encrypt(JSON.stringify(jwk), 'settings.bank_client_key');
  await o.database.db
    .insert(settings)
    .values({ key: SETTING, value, updatedAt: o.now })
    .onConflictDoNothing();
  // Another node may have won the race: use whatever is stored.
  const [stored] = await o.database.db.select().from(settings).where(eq(settings.key, SETTING));
  return fromJwk(
    JSON.parse(o.cipher.decryptText(stored!.value as string, 'settings.bank_client_key')) as JWK,
  );
}
