/**
 * The per-node memory of authenticated API keys, so authentication costs no query on the hot path.
 * An entry lives at most `ttlMs` (1 s): a key revoked or rolled on another node, or by the CLI,
 * stops working here within that time. On this node revoke and roll `forget` the key at once.
 * Behind this small interface so a cross-node invalidation (LISTEN/NOTIFY) can replace the TTL.
 */
import type { AuthenticatedPartner } from './api-keys.ts';

export interface CachedKey {
  /** null: no such key, or revoked. */
  partner: AuthenticatedPartner | null;
  /** Epoch ms after which a rolled key stops working; null when it has no end. */
  expiresAt: number | null;
}

export interface ApiKeyCache {
  get(hash: string): CachedKey | undefined;
  set(hash: string, key: CachedKey): void;
  /** Drops every entry of this key on this node. */
  forget(keyId: string): void;
}

export function createApiKeyCache(o: { ttlMs?: number; max?: number; now?: () => number } = {}): ApiKeyCache {
  const { ttlMs = 1000, max = 10_000, now = () => performance.now() } = o;
  const entries = new Map<string, { at: number; key: CachedKey }>();
  return {
    get(hash) {
      const e = entries.get(hash);
      if (!e) return undefined;
      if (now() - e.at < ttlMs) return e.key;
      entries.delete(hash);
      return undefined;
    },
    set(hash, key) {
      if (entries.size >= max) entries.clear();
      entries.set(hash, { at: now(), key });
    },
    forget(keyId) {
      for (const [hash, e] of entries) if (e.key.partner?.keyId === keyId) entries.delete(hash);
    },
  };
}
