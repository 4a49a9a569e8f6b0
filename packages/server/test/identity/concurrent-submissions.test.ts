/**
 * One identity verification per session, however many first submissions race: a double-clicked
 * Continue, a retried request, the desktop and the phone (hand-off) starting at once. Ten
 * concurrent first requests through the widget API leave exactly one `idv_` in the database, every
 * answer names it, and the flow finishes on it (the widget never follows a second record that is
 * never decided). Runs on PGlite and PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityVerifications } from '../../src/db/schema.ts';
import { createIdentityWorld, details_, type IdentityWorld, JPEG } from './support.ts';

const CONCURRENCY = 10;

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld();
  // A server that has served concurrent requests before (keys loaded, code warm, database
  // connections open), as in production: the race is then down to the database round trips.
  const warm = await w.newSession();
  await Promise.all(Array.from({ length: CONCURRENCY }, () => w.widget(warm.token, 'GET', '')));
});
afterAll(() => w.close());

/** A widget call over real HTTP, as the frame makes it. */
async function post(token: string, path: string, body: unknown) {
  const res = await fetch(`${w.finletUrl}/widget/v1/identity${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function verificationIds(sessionId: string) {
  const rows = await w.deps.database.db
    .select({ id: identityVerifications.id })
    .from(identityVerifications)
    .where(eq(identityVerifications.sessionId, sessionId));
  return rows.map((r) => r.id);
}

describe('concurrent first submissions', () => {
  it('ten concurrent personal details create one verification and every answer names it', async () => {
    const s = await w.newSession();
    const answers = await Promise.all(
      Array.from({ length: CONCURRENCY }, () => post(s.token, '/details', details_())),
    );
    const bodies = answers.map((a) => a.body);
    expect(answers.map((a) => a.status)).toEqual(Array(CONCURRENCY).fill(200));
    const ids = await verificationIds(s.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^idv_/);
    expect(bodies.map((b) => b.id)).toEqual(Array(CONCURRENCY).fill(ids[0]));
    expect(bodies.every((b) => b.details_submitted && b.status === 'pending')).toBe(true);

    // The flow carries on with that record and is decided on it.
    const id = await w.verify(s.token);
    expect(id).toBe(ids[0]);
    expect((await w.settled(id)).status).toBe('approved');
    expect(await (await w.widget(s.token, 'GET', '')).json()).toMatchObject({ id, status: 'approved' });
    expect(await verificationIds(s.id)).toEqual([id]);
  });

  it('details, document and images sent at once (desktop and phone) land on one verification', async () => {
    const s = await w.newSession();
    const requests = [
      ...Array.from({ length: 4 }, () => post(s.token, '/details', details_())),
      ...Array.from({ length: 3 }, () =>
        post(s.token, '/document', {
          type: 'passport',
          issuing_country: 'GB',
          expiry_date: '2099-01-01',
        }),
      ),
      ...['front', 'selfie', 'front'].map((side) =>
        post(s.token, '/images', { side, content_type: 'image/jpeg', data: JPEG }),
      ),
    ];
    const answers = await Promise.all(requests);
    const bodies = answers.map((a) => a.body);
    expect(answers.map((a) => a.status)).toEqual(Array(requests.length).fill(200));
    const ids = await verificationIds(s.id);
    expect(ids).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.id))).toEqual(new Set(ids));

    // Everything sent is on that one record, so it can be submitted as it is.
    const submitted = await w.widget(s.token, 'POST', '/submit', {});
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({
      id: ids[0],
      details_submitted: true,
      document: { type: 'passport', issuing_country: 'GB' },
      images: ['front', 'selfie'],
    });
    expect((await w.settled(ids[0]!)).status).toBe('approved');
  });
});
