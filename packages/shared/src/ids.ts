/**
 * Prefixed identifiers (docs/architecture.md §5): a type prefix and 24 random base62 characters (~143 bits).
 * The prefix tells a reader (and a log search) what kind of object an id names.
 */
export const ID_PREFIXES = {
  session: 'ses',
  event: 'evt',
  identity_verification: 'idv',
  link: 'lnk',
  account: 'acc',
  transaction: 'txn',
  payment: 'pay',
  refund: 'ref',
  webhook_endpoint: 'whe',
  partner: 'par',
  screening: 'scr',
  delivery: 'wha',
  signing_key: 'key',
  api_key: 'apk',
  provider_account: 'pa',
  dashboard_user: 'usr',
  invitation: 'inv',
  audit_entry: 'aud',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Random bytes from the platform CSPRNG, drawn a block at a time: one `getRandomValues` call per id
 * cost more than the id itself on the server's hot path (three ids per request).
 */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let next = 0;

function randomByte(): number {
  if (next >= pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    next = 0;
  }
  return pool[next++]!;
}

/** Random base62 string; rejection sampling keeps every character uniform. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const b = randomByte();
    if (b < 248) out += ALPHABET[b % 62];
  }
  return out;
}

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomBase62(24)}`;
}

/** True when `id` has the given kind's prefix and a well-formed random part. */
export function isId(kind: IdKind, id: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-Za-z]{8,64}$`).test(id);
}
