import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.ts';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const post = (key: string, body: unknown, secretKey?: string) =>
  t.api('POST', '/v1/sessions', {
    body,
    headers: { 'idempotency-key': key },
    ...(secretKey ? { key: secretKey } : {}),
  });

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body', async () => {
    const first = await post('order-0001', sessionBody());
    const second = await post('order-0001', sessionBody());
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await second.json()).id).toBe((await first.json()).id);
  });

  it('returns 409 idempotency_key_reused when the body differs', async () => {
    await post('order-0002', sessionBody());
    const res = await post('order-0002', sessionBody({ locale: 'es' }));
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      type: 'idempotency_error',
      code: 'idempotency_key_reused',
    });
  });

  it('stores replayable responses encrypted: the client token is not in the database', async () => {
    const res = await post('order-secret', sessionBody());
    const { client_token } = await res.json();
    const { idempotencyKeys } = await import('../../src/db/schema.ts');
    const rows = await t.deps.database.db.select().from(idempotencyKeys);
    expect(JSON.stringify(rows)).not.toContain(client_token);
    const replay = await post('order-secret', sessionBody());
    expect((await replay.json()).client_token).toBe(client_token);
  });

  it('keeps keys per partner: another partner may use the same key', async () => {
    const other = await t.newPartner('Other', ['https://shop.example']);
    await post('shared-key', sessionBody());
    const res = await post('shared-key', sessionBody(), other.secretKey);
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
  });

  it('does not store validation failures as success: a fixed retry with the same key then succeeds', async () => {
    const bad = await post('order-0003', { ...sessionBody(), flows: [] });
    expect(bad.status).toBe(400);
    const replay = await post('order-0003', { ...sessionBody(), flows: [] });
    expect(replay.status).toBe(400);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('creates exactly one session for 200 concurrent requests with one key', async () => {
    const body = sessionBody({ metadata: { order: 'concurrent' } });
    const responses = await Promise.all(Array.from({ length: 200 }, () => post('concurrent-key', body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const ids = new Set<string>();
    for (const r of responses) {
      const b = await r.json();
      if (r.status === 201) ids.add(b.id);
      else expect(b.error.code).toBe('idempotency_key_in_use');
    }
    expect(ids.size).toBe(1);
    const [row] = await t.deps.database.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.partnerId, t.partner.id));
    const created = await t.deps.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, [...ids][0]!));
    expect(created).toHaveLength(1);
    expect(row!.n).toBeGreaterThan(0);
    const withMeta = (await t.deps.database.db.select().from(sessions)).filter(
      (s) => s.metadata.order === 'concurrent',
    );
    expect(withMeta).toHaveLength(1);
  });
});
