/**
 * Berlin Group NextGenPSD2 error bodies: `{ tppMessages: [{ category, code, path?, text }] }` with
 * the standard message codes (FORMAT_ERROR, CONSENT_EXPIRED, ACCESS_EXCEEDED, …), made in one place.
 */

export class BgError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 429 | 500,
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }

  body(): unknown {
    return bgErrorBody(this.code, this.message, this.path);
  }
}

export function bgErrorBody(code: string, text: string, path?: string): unknown {
  return { tppMessages: [{ category: 'ERROR', code, text: text.slice(0, 500), ...(path ? { path } : {}) }] };
}

const FAULT_CODES: Record<number, string> = {
  429: 'ACCESS_EXCEEDED',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

export function bgFaultBody(status: number): unknown {
  return bgErrorBody(
    FAULT_CODES[status] ?? 'INTERNAL_SERVER_ERROR',
    `Sandbox fault injected: HTTP ${status}`,
  );
}
