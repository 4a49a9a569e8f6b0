/**
 * Adyen client-side encryption (`adyen_cse`), as Adyen's Web SDK sends card fields: each field is
 * its own compact JWE (RFC 7516) for the merchant account's client encryption public key —
 * key wrap RSA-OAEP (SHA-1), content A256CBC-HS512 — whose payload is a small JSON object naming
 * the field and when it was encrypted (`{"number":"…","generationtime":"…"}`). Adyen's key comes
 * as `"<hex exponent>|<hex modulus>"` (e.g. `10001|A1B2…`). Finlet forwards the four strings
 * untouched in `paymentMethod` of `/payments`; only Adyen holds the private key. WebCrypto does
 * every step, so no library ships in the frame for it.
 */
import type { CardSourceBody } from '@finlet/shared';
import type { CardDetails } from '../payment-card.ts';
import type { Tokenize } from './index.ts';

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const even = hex.length % 2 ? `0${hex}` : hex;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(even.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Adyen's `exponent|modulus` (hex) as a WebCrypto RSA-OAEP public key. */
export async function importAdyenKey(publicKey: string): Promise<CryptoKey> {
  const [e, n] = publicKey.trim().split('|');
  if (!e || !n || !/^[0-9a-f]+$/i.test(e) || !/^[0-9a-f]+$/i.test(n)) {
    throw new Error('The Adyen public key must read "<hex exponent>|<hex modulus>".');
  }
  const jwk: JsonWebKey = {
    kty: 'RSA',
    e: base64url(hexBytes(e)),
    n: base64url(hexBytes(n.replace(/^(00)+/, ''))),
    alg: 'RSA-OAEP',
    ext: true,
  };
  return crypto.subtle.importKey('jwk', jwk, { name: 'RSA-OAEP', hash: 'SHA-1' }, false, ['encrypt']);
}

/** One compact JWE (RSA-OAEP + A256CBC-HS512, RFC 7518 §5.2.5) of `payload` for `key`. */
export async function encryptField(key: CryptoKey, payload: Record<string, string>): Promise<string> {
  const header = base64url(
    encoder.encode(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256CBC-HS512', version: '1' })),
  );
  // The 64-byte content key: the first half authenticates (HMAC-SHA-512), the second encrypts (AES-256-CBC).
  const cek = crypto.getRandomValues(new Uint8Array(64));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const aesKey = await crypto.subtle.importKey('raw', cek.slice(32), 'AES-CBC', false, ['encrypt']);
  const macKey = await crypto.subtle.importKey(
    'raw',
    cek.slice(0, 32),
    { name: 'HMAC', hash: 'SHA-512' },
    false,
    ['sign'],
  );
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, encoder.encode(JSON.stringify(payload))),
  );
  const aad = encoder.encode(header);
  const aadBits = new Uint8Array(8);
  new DataView(aadBits.buffer).setBigUint64(0, BigInt(aad.length * 8));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', macKey, concat(aad, iv, ciphertext, aadBits)));
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, cek));
  return [header, base64url(wrapped), base64url(iv), base64url(ciphertext), base64url(mac.slice(0, 32))].join(
    '.',
  );
}

/** The four encrypted fields of `card`, as Adyen's Web SDK would send them. */
export async function encryptCard(
  publicKey: string,
  card: CardDetails,
  now: () => Date = () => new Date(),
): Promise<Extract<CardSourceBody, { type: 'encrypted' }>> {
  const key = await importAdyenKey(publicKey);
  const field = (name: string, value: string) =>
    encryptField(key, { [name]: value, generationtime: now().toISOString() });
  const [number, month, year, cvc] = await Promise.all([
    field('number', card.number),
    field('expiryMonth', String(card.exp_month).padStart(2, '0')),
    field('expiryYear', String(card.exp_year)),
    field('cvc', card.cvc),
  ]);
  return {
    type: 'encrypted',
    encrypted_card_number: number,
    encrypted_expiry_month: month,
    encrypted_expiry_year: year,
    encrypted_security_code: cvc,
    ...(card.name ? { holder_name: card.name } : {}),
  };
}

export const tokenize: Tokenize<'adyen_cse'> = (collection, card) => encryptCard(collection.public_key, card);
