/**
 * Every partner list pages the same way (openapi/contract.ts, db/list-cursor.ts): `limit`,
 * `starting_after`, `has_more`, newest first — `GET /v1/accounts` too, which used to refuse
 * `limit` and `starting_after` as unknown parameters against the README's list convention.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { linkBank, startLinkWorld } from '../link/support.ts';

const world = await startLinkWorld();
afterAll(() => world.close());
const t = world.ctx;
await linkBank(t, 'sandbox-bank-uk', 'user_multi');

describe('GET /v1/accounts', () => {
  it('takes limit and starting_after and pages with has_more', async () => {
    const all = await (await t.api('GET', '/v1/accounts?limit=100')).json();
    expect(all.data.length).toBeGreaterThan(1);
    expect(all.has_more).toBe(false);

    const first = await (await t.api('GET', '/v1/accounts?limit=1')).json();
    expect(first.data.map((a: { id: string }) => a.id)).toEqual([all.data[0].id]);
    expect(first.has_more).toBe(true);

    const second = await (
      await t.api('GET', `/v1/accounts?limit=1&starting_after=${first.data[0].id}`)
    ).json();
    expect(second.data.map((a: { id: string }) => a.id)).toEqual([all.data[1].id]);
  });

  it('refuses an unknown parameter', async () => {
    const res = await t.api('GET', '/v1/accounts?page=2');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'unknown_parameter', param: 'page' });
  });
});
