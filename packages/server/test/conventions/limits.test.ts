import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext, type TestResponse } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ FINLET_RATE_LIMIT: '1', FINLET_RATE_BURST: '5' });
});
afterAll(() => t.close());

describe('rate limits and lists', () => {
  it('answers 429 rate_limited with Retry-After once a key exceeds its burst', async () => {
    const statuses: number[] = [];
    let limited: TestResponse | undefined;
    for (let i = 0; i < 8; i++) {
      const r = await t.api('GET', '/v1/sessions');
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited!.json()).error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
  });

  it('limits each key separately', async () => {
    const other = await t.newPartner('Other', ['https://shop.example']);
    const r = await t.api('GET', '/v1/sessions', { key: other.secretKey });
    expect(r.status).toBe(200);
  });
});

describe('cursor lists', () => {
  it('pages through sessions newest first with starting_after and has_more', async () => {
    const p = await t.newPartner('Lister', ['https://shop.example']);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const s = await (await t.api('POST', '/v1/sessions', { key: p.secretKey, body: sessionBody() })).json();
      created.push(s.id);
      t.clock.advance(1000);
      await new Promise((r) => setTimeout(r, 1100)); // refill the 1 req/s bucket
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const q = `/v1/sessions?limit=2${after ? `&starting_after=${after}` : ''}`;
      const page = await (await t.api('GET', q, { key: p.secretKey })).json();
      seen.push(...page.data.map((s: { id: string }) => s.id));
      if (!page.has_more) break;
      after = page.data.at(-1).id;
      await new Promise((r) => setTimeout(r, 1100));
    }
    expect(seen).toEqual([...created].reverse());
  }, 30_000);
});
