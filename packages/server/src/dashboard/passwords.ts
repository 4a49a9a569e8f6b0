/**
 * Dashboard passwords, hashed with node:crypto scrypt (no native add-on to install). Parameters:
 * N = 2^15, r = 8, p = 3 — one of OWASP's recommended scrypt settings (32 MiB of memory, about
 * the work of N = 2^17, p = 1) — a 16-byte random salt and a 32-byte key. The stored form names its
 * parameters (`scrypt$15$8$3$<salt>$<hash>`, base64url), so they can be raised later without
 * breaking stored hashes: `verifyPassword` reads them from the hash, `needsRehash` tells when a
 * successful sign-in should store a stronger one.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../errors.ts';

const LOG_N = 15;
const R = 8;
const P = 3;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    // maxmem: scrypt needs 128·N·r bytes (32 MiB here); Node's default cap is exactly 32 MiB.
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** 12 to 200 characters, not one character repeated: length is what makes a password strong. */
export function assertStrongPassword(password: string): void {
  if (password.length < 12 || password.length > 200 || new Set(password).size < 2)
    throw new ApiError('weak_password', undefined, 'password');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG_N, R, P);
  return ['scrypt', LOG_N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function needsRehash(stored: string): boolean {
  const [, logN, r, p] = stored.split('$');
  return Number(logN) < LOG_N || Number(r) < R || Number(p) < P;
}

/**
 * A hash no password matches, verified when the e-mail address is unknown so that an unknown
 * address takes as long to refuse as a wrong password (no account enumeration by timing).
 */
export const DUMMY_HASH = `scrypt$${LOG_N}$${R}$${P}$${Buffer.alloc(SALT_BYTES).toString('base64url')}$${Buffer.alloc(KEY_BYTES).toString('base64url')}`;
