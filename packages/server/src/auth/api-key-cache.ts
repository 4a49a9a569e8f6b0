/**
 * The per-node memory of authenticated API keys, so authentication costs no query on the hot path.
 * Revoke and roll announce the key (db/notifications.ts) and every node `forget`s it when the change
 * commits. An entry lives at most `ttlMs`: 30 s while this node hears those announcements, 1 s while
 * it does not (its listening connection lost), so a missed revocation holds within a second.
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
  /** Drops every entry (announcements may have been missed). */
  clear(): void;
}

export function createApiKeyCache(
  o: { ttlMs?: number | (() => number); max?: number; now?: () => number } = {},
): ApiKeyCache {
  const { max = 10_000, now = () => performance.now() } = o;
  const ttl = o.ttlMs ?? 1000;
  const ttlMs = typeof ttl === 'number' ? () => ttl : ttl;
  const entries = new Map<string, { at: number; key: CachedKey }>();
  return {
    get(hash) {
      const e = entries.get(hash);
      if (!e) return undefined;
      if (now() - e.at < ttlMs()) return e.key;
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
    clear() {
      entries.clear();
    },
  };
}
