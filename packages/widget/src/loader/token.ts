/**
 * Reads the client token's claims WITHOUT verifying it: the loader only needs `iss` (to find the
 * Finlet origin when the script's own URL is unknown) and `sub` (the session id for the frame URL).
 * The server verifies the token on every widget call.
 */
export interface TokenClaims {
  iss?: string;
  sub?: string;
}

export function readTokenClaims(token: string): TokenClaims {
  try {
    const part = token.split('.')[1] ?? '';
    const claims: unknown = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims === 'object' && claims !== null ? (claims as TokenClaims) : {};
  } catch {
    return {};
  }
}

/** The origin of an absolute http(s) URL, or undefined. */
export function originOf(url: string | undefined): string | undefined {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
