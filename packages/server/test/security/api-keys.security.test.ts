/**
 * Secret API keys can be created, listed, rolled and revoked through the API (issue 12, item 8):
 * a secret is shown once and stored hashed; a key never reaches another partner's keys; a revoked
 * key stops working at once on this node and within a second on the others; a rolled key keeps
 * working for the overlap the caller chose, then answers 401; a test key cannot mint live keys; a
 * partner cannot revoke its last key.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyCache } from '../../src/auth/api-key-cache.ts';
import { createApiKeyLookup } from '../../src/auth/api-keys.ts';
import { apiKeys } from '../../src/db/schema.ts';
import { createPartner } from '../../src/partners/create.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

const HOUR = 3600_000;
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const as = (key: string) => ({ key });

/** A partner of its own, so one test's keys never count in another's. */
async function partner(mode: 'test' | 'live' = 'test') {
  const p = await createPartner(t.deps, { name: 'Key Shop', allowedOrigins: ['https://shop.example'], mode });
  return { id: p.partner_id, key: p.secret_key };
}

async function createKey(key: string, body: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/v1/api_keys', { key, body });
  const json = await res.json();
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(json)}`);
  return json as { id: string; secret: string; mode: string; last4: string };
}

describe('API keys', () => {
  it('creates a key whose secret is shown once, stored hashed, and listed by its last 4 only', async () => {
    const p = await partner();
    const created = await createKey(p.key, { description: 'CI deploys' });
    expect(created).toMatchObject({
      object: 'api_key',
      mode: 'test',
      description: 'CI deploys',
      status: 'active',
      last4: created.secret.slice(-4),
      expires_at: null,
      revoked_at: null,
      last_used_at: null,
    });
    expect(created.secret).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect((await t.api('GET', '/v1/sessions', as(created.secret))).status).toBe(200);

    const list = await (await t.api('GET', '/v1/api_keys', as(p.key))).json();
    expect(list.data.map((k: { id: string }) => k.id)).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    expect(JSON.stringify(list)).not.toContain('secret');
    const one = await (await t.api('GET', `/v1/api_keys/${created.id}`, as(p.key))).json();
    expect(one.last_used_at).not.toBeNull();
    expect(one.created_at).toEqual(expect.any(String));
    const [row] = await t.deps.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(8));
  });

  it("answers 404 for another partner's key, to read, roll or revoke", async () => {
    const mine = await partner();
    const theirs = await partner();
    const key = await createKey(theirs.key);
    for (const [method, path, body] of [
      ['GET', `/v1/api_keys/${key.id}`, undefined],
      ['POST', `/v1/api_keys/${key.id}/roll`, {}],
      ['POST', `/v1/api_keys/${key.id}/revoke`, {}],
      ['DELETE', `/v1/api_keys/${key.id}`, undefined],
    ] as const) {
      const res = await t.api(method, path, { key: mine.key, ...(body ? { body } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await code(res)).toBe('not_found');
    }
    const list = await (await t.api('GET', '/v1/api_keys?limit=100', as(mine.key))).json();
    expect(list.data.map((k: { id: string }) => k.id)).not.toContain(key.id);
    // Still working: nothing the other partner did touched it.
    expect((await t.api('GET', '/v1/sessions', as(key.secret))).status).toBe(200);
  });

  it('a revoked key answers 401 invalid_api_key on its very next request', async () => {
    const p = await partner();
    const victim = await createKey(p.key);
    // Authenticated once, so this node has it cached.
    expect((await t.api('GET', '/v1/sessions', as(victim.secret))).status).toBe(200);
    const revoked = await t.api('DELETE', `/v1/api_keys/${victim.id}`, as(p.key));
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({
      id: victim.id,
      status: 'revoked',
      revoked_at: expect.any(String),
    });
    const res = await t.api('GET', '/v1/sessions', as(victim.secret));
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('invalid_api_key');
    // POST …/revoke does the same.
    const other = await createKey(p.key);
    expect((await t.api('GET', '/v1/sessions', as(other.secret))).status).toBe(200);
    expect((await t.api('POST', `/v1/api_keys/${other.id}/revoke`, { key: p.key, body: {} })).status).toBe(
      200,
    );
    expect((await t.api('GET', '/v1/sessions', as(other.secret))).status).toBe(401);
  });

  it('another node (or a revocation by the CLI) stops a revoked key once its cache entry is a second old', async () => {
    const p = await partner();
    const key = await createKey(p.key);
    let elapsedMs = 0;
    const otherNode = createApiKeyLookup({
      database: t.deps.database,
      clock: t.clock,
      apiKeyCache: createApiKeyCache({ now: () => elapsedMs }),
    });
    expect((await otherNode(key.secret))?.keyId).toBe(key.id);
    expect((await t.api('DELETE', `/v1/api_keys/${key.id}`, as(p.key))).status).toBe(200);
    elapsedMs = 999;
    expect((await otherNode(key.secret))?.keyId).toBe(key.id);
    elapsedMs = 1000;
    expect(await otherNode(key.secret)).toBeNull();
  });

  it('a rolled key keeps working for the overlap asked for, then answers 401', async () => {
    const p = await partner();
    const old = await createKey(p.key);
    expect((await t.api('GET', '/v1/sessions', as(old.secret))).status).toBe(200);
    const res = await t.api('POST', `/v1/api_keys/${old.id}/roll`, {
      key: old.secret,
      body: { overlap_seconds: 2 * 3600 },
    });
    expect(res.status).toBe(200);
    const rolled = await res.json();
    expect(rolled.id).not.toBe(old.id);
    expect(rolled.secret).toMatch(/^sk_test_/);
    expect(rolled.previous_key).toMatchObject({ id: old.id, status: 'expiring' });
    expect(Date.parse(rolled.previous_key.expires_at)).toBe(t.clock.now().getTime() + 2 * HOUR);

    t.clock.advance(2 * HOUR - 1000);
    expect((await t.api('GET', '/v1/sessions', as(old.secret))).status).toBe(200);
    expect((await t.api('GET', '/v1/sessions', as(rolled.secret))).status).toBe(200);
    t.clock.advance(1000);
    const expired = await t.api('GET', '/v1/sessions', as(old.secret));
    expect(expired.status).toBe(401);
    expect(await code(expired)).toBe('invalid_api_key');
    expect((await t.api('GET', '/v1/sessions', as(rolled.secret))).status).toBe(200);
    const listed = await (await t.api('GET', `/v1/api_keys/${old.id}`, as(rolled.secret))).json();
    expect(listed.status).toBe('expired');
  });

  it('rolls with a 24 h overlap by default, at most 7 days, and only a key not already rolled', async () => {
    const p = await partner();
    const old = await createKey(p.key);
    const tooLong = await t.api('POST', `/v1/api_keys/${old.id}/roll`, {
      key: p.key,
      body: { overlap_seconds: 7 * 86_400 + 1 },
    });
    expect(tooLong.status).toBe(400);
    expect(await code(tooLong)).toBe('invalid_request');
    const rolled = await (
      await t.api('POST', `/v1/api_keys/${old.id}/roll`, { key: p.key, body: {} })
    ).json();
    expect(Date.parse(rolled.previous_key.expires_at)).toBe(t.clock.now().getTime() + 24 * HOUR);
    const again = await t.api('POST', `/v1/api_keys/${old.id}/roll`, { key: p.key, body: {} });
    expect(again.status).toBe(409);
    expect(await code(again)).toBe('invalid_state');
    // Zero overlap: the old key stops at once.
    const next = await (
      await t.api('POST', `/v1/api_keys/${rolled.id}/roll`, { key: p.key, body: { overlap_seconds: 0 } })
    ).json();
    expect((await t.api('GET', '/v1/sessions', as(rolled.secret))).status).toBe(401);
    expect((await t.api('GET', '/v1/sessions', as(next.secret))).status).toBe(200);
  });

  it('a test key manages test keys only: no live key from it, and live keys are invisible to it', async () => {
    const live = await partner('live');
    const test = await createKey(live.key, { mode: 'test' });
    expect(test.mode).toBe('test');
    const res = await t.api('POST', '/v1/api_keys', { key: test.secret, body: { mode: 'live' } });
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('permission_denied');
    const liveKeys = await (await t.api('GET', '/v1/api_keys', as(live.key))).json();
    const liveId = liveKeys.data.find((k: { mode: string }) => k.mode === 'live').id;
    expect((await t.api('GET', `/v1/api_keys/${liveId}`, as(test.secret))).status).toBe(404);
    expect((await t.api('DELETE', `/v1/api_keys/${liveId}`, as(test.secret))).status).toBe(404);
    const seen = await (await t.api('GET', '/v1/api_keys', as(test.secret))).json();
    expect(seen.data.every((k: { mode: string }) => k.mode === 'test')).toBe(true);
    expect((await createKey(live.key, { mode: 'live' })).secret).toMatch(/^sk_live_/);
  });

  it("refuses to revoke a partner's last active key (409 invalid_state), itself included", async () => {
    const p = await partner();
    const list = await (await t.api('GET', '/v1/api_keys', as(p.key))).json();
    expect(list.data).toHaveLength(1);
    const res = await t.api('DELETE', `/v1/api_keys/${list.data[0].id}`, as(p.key));
    expect(res.status).toBe(409);
    expect(await code(res)).toBe('invalid_state');
    expect((await t.api('GET', '/v1/sessions', as(p.key))).status).toBe(200);
    // With a second key it may revoke itself; its next request is refused.
    await createKey(p.key);
    expect((await t.api('DELETE', `/v1/api_keys/${list.data[0].id}`, as(p.key))).status).toBe(200);
    expect((await t.api('GET', '/v1/sessions', as(p.key))).status).toBe(401);
  });

  it('answers 404 for ids that are not key ids and 400 for unknown fields', async () => {
    const p = await partner();
    expect((await t.api('GET', '/v1/api_keys/ses_123456789012345678901234', as(p.key))).status).toBe(404);
    expect((await t.api('GET', '/v1/api_keys/apk_%00', as(p.key))).status).toBe(404);
    const bad = await t.api('POST', '/v1/api_keys', { key: p.key, body: { mode: 'prod' } });
    expect(bad.status).toBe(400);
    const extra = await t.api('POST', '/v1/api_keys', { key: p.key, body: { admin: true } });
    expect(await code(extra)).toBe('unknown_parameter');
  });
});
