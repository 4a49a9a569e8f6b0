/**
 * The widget API client (`/widget/v1/*` on the frame's own origin, client token as Bearer).
 * Failures become one `WidgetApiError` with the server's stable `code` (or `network`), so screens
 * decide what to show from codes, never from message text. A call refused with `token_expired` is
 * sent again once with a fresh token from `renewToken` (the host page's `onTokenExpired`), if it
 * gives one: the server refused it before doing anything, so even a POST is safe to repeat. Calls
 * that fail together share one renewal.
 */
import type { WidgetComplete, WidgetSession } from '@finlet/shared';

export class WidgetApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
  }

  /**
   * Whatever a call threw, as a `WidgetApiError`: the client's own errors pass through; anything
   * else (a chunk that failed to load, a fetch the browser aborted) counts as the network.
   */
  static from(error: unknown): WidgetApiError {
    return error instanceof WidgetApiError ? error : new WidgetApiError('network', 0);
  }

  /** Worth a Retry button: the network, rate limits and server faults may pass. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export interface WidgetApi {
  session(): Promise<WidgetSession>;
  complete(): Promise<WidgetComplete>;
  /** Any other widget API call, e.g. `request('/identity')` from a flow's steps. */
  request<T>(path: string, init?: RequestInit): Promise<T>;
  /** A POST with a JSON body; `idempotencyKey` for calls that may start something (a payment). */
  post<T>(path: string, body?: unknown, options?: { idempotencyKey?: string }): Promise<T>;
}

export function widgetApi(
  token: string,
  base = '/widget/v1',
  renewToken?: () => Promise<string | undefined>,
): WidgetApi {
  let current = token;
  let renewal: Promise<string | undefined> | undefined;
  const renewed = async (used: string): Promise<string | undefined> => {
    if (!renewToken) return undefined;
    if (current !== used) return current; // another call renewed it meanwhile
    renewal ??= renewToken().finally(() => {
      renewal = undefined;
    });
    const fresh = await renewal;
    if (fresh) current = fresh;
    return fresh;
  };
  const call = async <T>(path: string, init: RequestInit = {}, retried = false): Promise<T> => {
    const used = current;
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${used}`, accept: 'application/json', ...init.headers },
      });
    } catch {
      throw new WidgetApiError('network', 0);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const code = errorCode(body) ?? `http_${response.status}`;
      if (code === 'token_expired' && !retried && (await renewed(used))) return call<T>(path, init, true);
      throw new WidgetApiError(code, response.status);
    }
    if (typeof body !== 'object' || body === null) throw new WidgetApiError('invalid_response', 502);
    return body as T;
  };
  const post = <T>(path: string, body: unknown = {}, options: { idempotencyKey?: string } = {}) =>
    call<T>(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
  return {
    request: (path, init) => call(path, init),
    post,
    session: () => call<WidgetSession>('/session'),
    complete: () => post<WidgetComplete>('/session/complete'),
  };
}

function errorCode(body: unknown): string | undefined {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string' ? error.code : undefined;
}
