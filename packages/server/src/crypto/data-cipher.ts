/**
 * AES-256-GCM for sensitive columns (identity numbers, dates of birth, images, bank tokens,
 * webhook secrets, private signing keys). Ciphertext format: `v1.<iv>.<ciphertext+tag>` (base64url),
 * with the column name bound in as associated data so a value cannot be moved to another column.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface DataCipher {
  encrypt(plain: string | Buffer, context: string): string;
  decrypt(box: string, context: string): Buffer;
  decryptText(box: string, context: string): string;
}

export function createDataCipher(key: Buffer): DataCipher {
  if (key.length !== 32) throw new Error('data key must be 32 bytes');
  return {
    encrypt(plain, context) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      c.setAAD(Buffer.from(context));
      const body = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(box, context) {
      const [v, ivB64, bodyB64] = box.split('.');
      if (v !== 'v1' || !ivB64 || !bodyB64) throw new Error('not a v1 ciphertext');
      const body = Buffer.from(bodyB64, 'base64url');
      const d = createDecipheriv('aes-256-gcm', key, Buffer.from(ivB64, 'base64url'));
      d.setAAD(Buffer.from(context));
      d.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([d.update(body.subarray(0, body.length - 16)), d.final()]);
    },
    decryptText(box, context) {
      return this.decrypt(box, context).toString('utf8');
    },
  };
}

/**
 * The data key from FINLET_DATA_KEY; in development, one generated into the data directory
 * (reported through `onGenerated` so the caller can log it loudly). Production never gets here
 * without a key: env.ts refuses to start.
 */
export function resolveDataKey(
  configured: string | undefined,
  dataDir: string,
  onGenerated: (file: string) => void,
): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  const file = path.join(dataDir, 'dev-data-key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  onGenerated(file);
  return key;
}
