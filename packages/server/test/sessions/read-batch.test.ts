/**
 * Grouped session reads (sessions/read-batch.ts), which the widget API reads its session with:
 * widget calls that arrive together share one statement, each gets its own session (or none for an
 * unknown id), and a read asked after a change sees the change even while an earlier read of the
 * same session is still out.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.ts';
import { readSession } from '../../src/sessions/read-batch.ts';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';
import { countStatements } from '../support/statements.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

async function createSessions(n: number): Promise<{ id: string; client_token: string }[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) =>
      (await t.api('POST', '/v1/sessions', { body: sessionBody({ metadata: { n: String(i) } }) })).json(),
    ),
  );
}

describe('grouped session reads', () => {
  it('answers concurrent widget calls each with its own session, in fewer statements than calls', async () => {
    const created = await createSessions(12);
    const read = (s: { client_token: string }) =>
      t.api('GET', '/widget/v1/session', {
        key: null,
        headers: { authorization: `Bearer ${s.client_token}` },
      });
    await read(created[0]!); // the partner's name is cached from here on
    const { result, statements } = await countStatements(t, () =>
      Promise.all(created.map(async (s) => (await read(s)).json())),
    );
    expect(result.map((r) => r.id)).toEqual(created.map((s) => s.id));
    // Calls reach the read as their tokens verify, so they may form more than one group.
    expect(statements).toBeLessThan(created.length);
  });

  it('sends reads asked together as one statement', async () => {
    const created = await createSessions(20);
    const { result, statements } = await countStatements(t, () =>
      Promise.all(created.map((s) => readSession(t.deps.database, s.id))),
    );
    expect(result.map((r) => r!.id)).toEqual(created.map((s) => s.id));
    expect(statements).toBe(1);
  });

  it('reads exactly what Drizzle reads, and nothing for an unknown id in the same group', async () => {
    const [s] = await createSessions(1);
    const [grouped, unknown, again] = await Promise.all([
      readSession(t.deps.database, s!.id),
      readSession(t.deps.database, 'ses_doesnotexist0000000'),
      readSession(t.deps.database, s!.id),
    ]);
    const [drizzle] = await t.deps.database.db.select().from(sessions).where(eq(sessions.id, s!.id));
    expect(grouped).toEqual(drizzle);
    expect(grouped!.expiresAt).toBeInstanceOf(Date);
    expect(unknown).toBeUndefined();
    // Two callers of one id get two objects: one changing its row does not change the other's.
    expect(again).toEqual(grouped);
    expect(again).not.toBe(grouped);
  });

  it('a read asked after a change sees it, though an earlier read is still out', async () => {
    const [s] = await createSessions(1);
    const before = readSession(t.deps.database, s!.id);
    await new Promise((r) => setImmediate(r)); // the first read has been sent
    await t.deps.database.db.update(sessions).set({ status: 'canceled' }).where(eq(sessions.id, s!.id));
    const after = await readSession(t.deps.database, s!.id);
    expect(after!.status).toBe('canceled');
    await before;
  });

  it('splits a large group and answers every read', async () => {
    const created = await createSessions(40);
    const rows = await Promise.all(created.map((s) => readSession(t.deps.database, s.id)));
    expect(rows.map((r) => r!.id)).toEqual(created.map((s) => s.id));
  });
});
