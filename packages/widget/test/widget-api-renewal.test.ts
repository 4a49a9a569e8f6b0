/**
 * The widget API client renews an expired client token: a call refused with `token_expired` is sent
 * again once with the host page's fresh token, calls refused together share one renewal, and a call
 * that still fails (or gets no token) ends with the server's code so the widget can exit `expired`.
 * `fetch` is a stand-in server that accepts only the tokens it was told are live.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetApiError, widgetApi } from '../src/flow/api/widget-api.ts';

function server(live: Set<string>) {
  const seen: string[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const token = String((init.headers as Record<string, string>).authorization).replace('Bearer ', '');
    seen.push(token);
    if (!live.has(token))
      return new Response(JSON.stringify({ error: { code: 'token_expired', message: 'expired' } }), {
        status: 401,
      });
    return new Response(JSON.stringify({ ok: true }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client token renewal', () => {
  it('retries a refused call once with the fresh token and keeps using it', async () => {
    const seen = server(new Set(['fresh']));
    const renew = vi.fn(async () => 'fresh');
    const api = widgetApi('old', '/widget/v1', renew);
    await expect(api.request('/identity', { method: 'POST', body: '{}' })).resolves.toEqual({ ok: true });
    await expect(api.session()).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['old', 'fresh', 'fresh']);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('asks the page once for calls refused together', async () => {
    const seen = server(new Set(['fresh']));
    let give: (token: string) => void = () => {};
    const renew = vi.fn(() => new Promise<string>((resolve) => (give = resolve)));
    const api = widgetApi('old', '/widget/v1', renew);
    const calls = Promise.all([api.session(), api.request('/link'), api.complete()]);
    await vi.waitFor(() => expect(renew).toHaveBeenCalled());
    give('fresh');
    await expect(calls).resolves.toHaveLength(3);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(seen.filter((t) => t === 'fresh')).toHaveLength(3);
  });

  it('ends with token_expired when the page has no token, or the fresh one is refused too', async () => {
    server(new Set());
    for (const renew of [undefined, async () => undefined, async () => 'also-expired']) {
      const api = widgetApi('old', '/widget/v1', renew);
      const error = await api.session().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WidgetApiError);
      expect((error as WidgetApiError).code).toBe('token_expired');
    }
  });

  it('does not renew for other refusals', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'token_invalid', message: 'no' } }), { status: 401 }),
      ),
    );
    const renew = vi.fn(async () => 'fresh');
    const error = await widgetApi('old', '/widget/v1', renew)
      .session()
      .catch((e: unknown) => e);
    expect((error as WidgetApiError).code).toBe('token_invalid');
    expect(renew).not.toHaveBeenCalled();
  });
});
