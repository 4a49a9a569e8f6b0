/**
 * Adyen client-side encryption in the frame: each card field becomes a compact JWE (RSA-OAEP,
 * A256CBC-HS512) for the account's `exponent|modulus` key, which the private key — and only it —
 * opens to Adyen's field payload. Decrypted here with jose and a generated key pair.
 */
import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptCard } from '../src/flow/steps/payment-card/tokenizers/adyen-cse.ts';

const hex = (b64url: string) => Buffer.from(b64url, 'base64url').toString('hex').toUpperCase();
const card = { number: '4111111111111111', exp_month: 3, exp_year: 2030, cvc: '737', name: 'Ada Lovelace' };
const at = new Date('2026-12-04T14:00:00.000Z');

let privateKey: CryptoKey;
let adyenKey: string;
beforeAll(async () => {
  const pair = await generateKeyPair('RSA-OAEP', { modulusLength: 2048, extractable: true });
  privateKey = pair.privateKey as CryptoKey;
  const jwk = await exportJWK(pair.publicKey);
  adyenKey = `${hex(jwk.e!).replace(/^0+/, '')}|${hex(jwk.n!)}`;
});

const open = async (jwe: string) =>
  JSON.parse(new TextDecoder().decode((await compactDecrypt(jwe, privateKey)).plaintext)) as unknown;

describe('Adyen client-side encryption', () => {
  it('encrypts each field to a JWE only the private key opens, with the payload Adyen reads', async () => {
    const source = await encryptCard(adyenKey, card, () => at);
    expect(source.type).toBe('encrypted');
    expect(await open(source.encrypted_card_number)).toEqual({
      number: card.number,
      generationtime: at.toISOString(),
    });
    expect(await open(source.encrypted_expiry_month)).toEqual({
      expiryMonth: '03',
      generationtime: at.toISOString(),
    });
    expect(await open(source.encrypted_expiry_year)).toEqual({
      expiryYear: '2030',
      generationtime: at.toISOString(),
    });
    expect(await open(source.encrypted_security_code)).toEqual({
      cvc: '737',
      generationtime: at.toISOString(),
    });
    expect(source.holder_name).toBe('Ada Lovelace');
    // Exactly the protected header Adyen's card encryption writes, on every field.
    for (const jwe of [
      source.encrypted_card_number,
      source.encrypted_expiry_month,
      source.encrypted_expiry_year,
      source.encrypted_security_code,
    ])
      expect(decodeProtectedHeader(jwe)).toEqual({ alg: 'RSA-OAEP', enc: 'A256CBC-HS512', version: '1' });
  });

  it('never carries the card in the clear, and encrypts the same number differently each time', async () => {
    const a = await encryptCard(adyenKey, card);
    const b = await encryptCard(adyenKey, card);
    expect(JSON.stringify(a)).not.toMatch(/4111|737/);
    expect(a.encrypted_card_number).not.toBe(b.encrypted_card_number);
  });

  it('a tampered field no longer opens (the HMAC covers header, IV and ciphertext)', async () => {
    const { encrypted_card_number: jwe } = await encryptCard(adyenKey, card);
    const parts = jwe.split('.');
    const ciphertext = Buffer.from(parts[3]!, 'base64url');
    ciphertext[0] = ciphertext[0]! ^ 1;
    parts[3] = ciphertext.toString('base64url');
    await expect(open(parts.join('.'))).rejects.toThrow();
  });

  it('refuses a key that is not "exponent|modulus" in hex', async () => {
    await expect(encryptCard('not-a-key', card)).rejects.toThrow(/hex exponent/);
  });
});
