import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataCipher, resolveDataKey } from '../../../src/crypto/data-cipher.ts';

describe('data cipher (AES-256-GCM)', () => {
  const cipher = createDataCipher(randomBytes(32));

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('078-05-1120', 'identity.id_number');
    const b = cipher.encrypt('078-05-1120', 'identity.id_number');
    expect(a).not.toBe(b);
    expect(a).not.toContain('078');
    expect(cipher.decryptText(a, 'identity.id_number')).toBe('078-05-1120');
  });

  it('refuses a value moved to another column or tampered with', () => {
    const box = cipher.encrypt('secret', 'col.a');
    expect(() => cipher.decrypt(box, 'col.b')).toThrow();
    const flipped = `${box.slice(0, -2)}${box.at(-2) === 'A' ? 'B' : 'A'}${box.at(-1)}`;
    expect(() => cipher.decrypt(flipped, 'col.a')).toThrow();
  });

  it('generates a development key once into the data directory and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'finlet-key-'));
    const said: string[] = [];
    const k1 = resolveDataKey(undefined, dir, (f) => said.push(f));
    const k2 = resolveDataKey(undefined, dir, (f) => said.push(f));
    expect(k1.equals(k2)).toBe(true);
    expect(said).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'dev-data-key'), 'utf8').trim()).toBe(k1.toString('base64'));
  });
});
