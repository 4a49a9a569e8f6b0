/**
 * Who may get a fresh client token: only the partner that owns the session, with its secret key.
 * A client token (what the browser holds) cannot mint another, nor can another partner's key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const newSession = async () => (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();

describe('POST /v1/sessions/:id/client_token', () => {
  it("answers another partner's session 404 not_found, like one that does not exist", async () => {
    const s = await newSession();
    const other = await t.newPartner('Other Shop');
    const res = await t.api('POST', `/v1/sessions/${s.id}/client_token`, { body: {}, key: other.secretKey });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    const none = await t.api('POST', '/v1/sessions/ses_doesnotexist0000/client_token', { body: {} });
    expect(none.status).toBe(404);
  });

  it('refuses the client token itself (401 invalid_api_key) and no key (401 missing_api_key)', async () => {
    const s = await newSession();
    const withClientToken = await t.api('POST', `/v1/sessions/${s.id}/client_token`, {
      body: {},
      key: s.client_token,
    });
    expect(withClientToken.status).toBe(401);
    expect((await withClientToken.json()).error.code).toBe('invalid_api_key');
    const anonymous = await t.api('POST', `/v1/sessions/${s.id}/client_token`, { body: {}, key: null });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('missing_api_key');
  });

  it('is not reachable from the widget API', async () => {
    const s = await newSession();
    const res = await t.api('POST', `/widget/v1/sessions/${s.id}/client_token`, {
      body: {},
      key: null,
      headers: { authorization: `Bearer ${s.client_token}` },
    });
    expect(res.status).toBe(404);
  });
});
