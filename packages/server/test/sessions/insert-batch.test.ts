/**
 * Grouped session inserts (sessions/insert-batch.ts): creates that arrive together go out as one
 * statement, each caller gets its own stored row, and a row that fails does not take the rows it
 * was grouped with down with it.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.ts';
import { insertSession, type NewSession } from '../../src/sessions/insert-batch.ts';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';
import { countStatements } from '../support/statements.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const newSession = (id: string, partnerId = t.partner.id): NewSession => ({
  id,
  partnerId,
  livemode: false,
  flows: ['payment'],
  flowStates: { payment: { status: 'pending', result: null } },
  customer: { reference: `cus_${id}` },
  payment: { amount: 1299, currency: 'EUR', description: 'Blue mug' },
  linkId: null,
  allowedOrigins: ['https://shop.example'],
  redirectUri: null,
  locale: null,
  appearance: null,
  metadata: { n: id },
  createdAt: new Date(),
  expiresAt: new Date(Date.now() + 60_000),
});

describe('grouped session inserts', () => {
  it('answers each of many concurrent creates with its own stored session', async () => {
    const result = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api('POST', '/v1/sessions', { body: sessionBody({ metadata: { order: String(i) } }) }),
      ),
    );
    const bodies = await Promise.all(result.map((r) => r.json()));
    expect(result.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(bodies.map((b) => b.metadata.order)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(20);

    const stored = await t.deps.database.db
      .select({ id: sessions.id, metadata: sessions.metadata })
      .from(sessions)
      .where(
        inArray(
          sessions.id,
          bodies.map((b) => b.id),
        ),
      );
    expect(stored).toHaveLength(20);
    for (const b of bodies) expect(stored.find((s) => s.id === b.id)?.metadata).toEqual(b.metadata);
  });

  it('sends rows that arrive together as one statement', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `ses_together${String(i).padStart(2, '0')}`);
    const { result, statements } = await countStatements(t, () =>
      Promise.all(ids.map((id) => insertSession(t.deps.database, newSession(id)))),
    );
    expect(statements).toBe(1);
    expect(result.map((r) => [r.id, r.metadata])).toEqual(ids.map((id) => [id, { n: id }]));
  });

  it('answers with the row exactly as Drizzle reads it back (types, JSON, empty columns)', async () => {
    const stored = await insertSession(t.deps.database, {
      ...newSession('ses_sameshape'),
      linkId: 'lnk_x',
      locale: 'es',
      appearance: { accent: '#0a7' },
      redirectUri: 'https://shop.example/back',
    });
    const [read] = await t.deps.database.db
      .select()
      .from(sessions)
      .where(inArray(sessions.id, ['ses_sameshape']));
    expect(stored).toEqual(read);
    expect(stored.createdAt).toBeInstanceOf(Date);
    expect(stored.status).toBe('open');
    expect(stored.completedAt).toBeNull();
  });

  it('splits a large group and still stores every row', async () => {
    const ids = Array.from({ length: 75 }, (_, i) => `ses_split${String(i).padStart(3, '0')}`);
    const rows = await Promise.all(ids.map((id) => insertSession(t.deps.database, newSession(id))));
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.every((r) => r.status === 'open')).toBe(true);
  });

  it('fails only the bad row of a group; its neighbours are stored', async () => {
    const results = await Promise.allSettled([
      insertSession(t.deps.database, newSession('ses_groupok1')),
      insertSession(t.deps.database, newSession('ses_groupbad', 'ptn_does_not_exist')),
      insertSession(t.deps.database, newSession('ses_groupok2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await t.deps.database.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(inArray(sessions.id, ['ses_groupok1', 'ses_groupbad', 'ses_groupok2']));
    expect(stored.map((s) => s.id).sort()).toEqual(['ses_groupok1', 'ses_groupok2']);
  });
});
