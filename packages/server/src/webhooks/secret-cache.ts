/**
 * Decrypted endpoint signing secrets, kept per endpoint row version (the encrypted values are the
 * version: a rotation changes them), so a busy endpoint's secrets are decrypted once rather than
 * for every delivery. The previous secret signs too until its 24 h overlap ends.
 */
import type { DataCipher } from '../crypto/data-cipher.ts';
import { SECRET_CONTEXT } from './secrets.ts';

export interface EndpointSecrets {
  secretEnc: string;
  previousSecretEnc: string | null;
  previousSecretExpiresAt: Date | null;
}

interface Entry {
  secretEnc: string;
  previousSecretEnc: string | null;
  current: string;
  previous?: string;
}

/** Bound on cached endpoints; past it the cache starts over (decrypting again is only slower). */
const MAX_ENTRIES = 10_000;

export function createSecretCache(cipher: DataCipher) {
  const cache = new Map<string, Entry>();
  return {
    /** The secrets that sign a delivery to `endpointId` at `now`, the current one first. */
    secretsFor(endpointId: string, ep: EndpointSecrets, now: Date): string[] {
      let entry = cache.get(endpointId);
      if (!entry || entry.secretEnc !== ep.secretEnc || entry.previousSecretEnc !== ep.previousSecretEnc) {
        if (cache.size >= MAX_ENTRIES) cache.clear();
        entry = {
          secretEnc: ep.secretEnc,
          previousSecretEnc: ep.previousSecretEnc,
          current: cipher.decryptText(ep.secretEnc, SECRET_CONTEXT),
        };
        cache.set(endpointId, entry);
      }
      if (!ep.previousSecretEnc || !ep.previousSecretExpiresAt || ep.previousSecretExpiresAt <= now)
        return [entry.current];
      entry.previous ??= cipher.decryptText(ep.previousSecretEnc, SECRET_CONTEXT);
      return [entry.current, entry.previous];
    },
  };
}
