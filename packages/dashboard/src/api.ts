/**
 * Talks to `/dashboard/api`: JSON in and out, the session cookie sent by the browser, and on every
 * change the session's CSRF token in `X-CSRF-Token` (the server also checks the Origin). Errors
 * come back as `DashboardApiError` with the server's stable code.
 */
export class DashboardApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The request field the error is about, when the server named one. */
    readonly param?: string,
  ) {
    super(message);
  }
}

let csrf: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrf = token;
};

export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`/dashboard/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new DashboardApiError(0, 'network_error', 'network');
  }
  if (res.status === 204) return undefined as T;
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; param?: string } }).error;
    throw new DashboardApiError(
      res.status,
      e?.code ?? 'internal_error',
      e?.message ?? res.statusText,
      e?.param,
    );
  }
  return json as T;
}

export const get = <T = unknown>(path: string) => api<T>('GET', path);
export const post = <T = unknown>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const del = <T = unknown>(path: string) => api<T>('DELETE', path);

/** A page of a list: `{ data, has_more }`. */
export interface List<T> {
  data: T[];
  has_more: boolean;
}
