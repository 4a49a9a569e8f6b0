/**
 * Ids in paths (issue 12, item 3): every documented `{id}` route — taken from the OpenAPI document
 * the server serves, so a new route is covered without editing this file — answers an id of the
 * wrong shape or prefix (a NUL, another kind's prefix, unicode, 3,000 characters) with 404
 * `not_found` in the envelope, exactly like an id that does not exist. A NUL used to reach
 * PostgreSQL, which cannot store it, and come back as a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
let clientToken: string;
let routes: { method: string; path: string; auth: string }[];

beforeAll(async () => {
  t = await createTestContext();
  clientToken = (await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json()).client_token;
  const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();
  routes = Object.entries(doc.paths as Record<string, Record<string, { security: object[] }>>)
    .filter(([path]) => path.includes('{id}'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        auth: Object.keys(op.security[0] ?? {})[0] ?? 'none',
      })),
    );
});
afterAll(() => t.close());

const badIds = [
  ['a NUL', '%00'],
  ['a NUL after a valid prefix', 'ses_%00'],
  ['a NUL inside an id-shaped value', 'pay_AAAAAAAAAAAA%00AAAAAAAAAAA'],
  ['an id of another kind', 'zzz_AAAAAAAAAAAAAAAAAAAAAAAA'],
  ['unicode', encodeURIComponent('ses_💥')],
  ['an unpaired surrogate (raw percent bytes)', '%ED%A0%80'],
  ['3,000 characters', 'x'.repeat(3000)],
  ['a path-traversal attempt', '..%2F..%2Fetc%2Fpasswd'],
];

describe('ids in paths', () => {
  it('covers the documented id routes of every resource', () => {
    const resources = new Set(routes.map((r) => r.path.split('/')[2]));
    for (const r of ['sessions', 'payments', 'links', 'accounts', 'identity_verifications', 'events']) {
      expect(resources).toContain(r);
    }
    expect(resources).toContain('webhook_endpoints');
  });

  it.each(badIds)('answers %s with 404 not_found on every {id} route', async (_name, id) => {
    const failures: string[] = [];
    for (const r of routes) {
      const path = r.path.replace('{id}', id);
      const headers: Record<string, string> =
        r.auth === 'client_token' ? { authorization: `Bearer ${clientToken}` } : {};
      const res = await t.api(r.method, path, {
        ...(r.auth === 'client_token' ? { key: null, headers } : {}),
        ...(r.method === 'POST' ? { body: {} } : {}),
      });
      const body = await res.json().catch(() => null);
      if (res.status !== 404 || body?.error?.code !== 'not_found' || !body.error.request_id) {
        failures.push(`${r.method} ${r.path}: ${res.status} ${JSON.stringify(body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('still answers an unknown id of the right kind with 404 not_found', async () => {
    const res = await t.api('GET', '/v1/payments/pay_AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
