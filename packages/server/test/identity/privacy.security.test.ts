/**
 * Privacy of the identity flow: a dump of every table shows none of the encrypted fields (date of
 * birth, identity number, legal name, images) in plaintext, nor do the logs; erasure removes a
 * customer's personal data and says what it erased (only the partner's own customers); the
 * retention purge deletes old images.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredImages } from '../../src/identity/privacy.ts';
import { createIdentityWorld, type IdentityWorld, JPEG } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld({ FINLET_IMAGE_RETENTION_DAYS: '7' });
});
afterAll(() => w.close());

async function dump(): Promise<string> {
  const { db } = w.deps.database;
  const query = async <T>(q: ReturnType<typeof sql.raw>) =>
    ((await db.execute(q)) as unknown as { rows: T[] }).rows;
  const tables = await query<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await query<{ j: string }>(
      sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`),
    );
    parts.push(...rows.map((r) => r.j));
  }
  return parts.join('\n');
}

describe('identity privacy', () => {
  it('a database dump and the logs hold no plaintext date of birth, identity number, name or image', async () => {
    const s = await w.newSession('cus_dump');
    const id = await w.verify(s.token, { last_name: 'Zyxwvutson', dob: '1977-07-17' });
    await w.settled(id);
    const text = await dump();
    expect(text).toContain(id);
    for (const secret of ['1977-07-17', '123-45-6789', '123456789', 'Zyxwvutson', JPEG, JPEG.slice(0, 12)]) {
      expect(text).not.toContain(secret);
      expect(w.logs.join('\n')).not.toContain(secret);
    }
  });

  it('erases one customer’s personal data and reports what it erased', async () => {
    const s = await w.newSession('cus_erase');
    const id = await w.verify(s.token, { last_name: 'Eraseme' });
    await w.settled(id);
    const other = await w.newPartner('Other Shop');
    const foreign = await w.api('DELETE', '/v1/customers/cus_erase/data', { key: other.secretKey });
    expect((await foreign.json()).erased).toEqual({
      identity_verifications: 0,
      personal_details: 0,
      images: 0,
      session_customer_fields: 0,
      events: 0,
      idempotency_records: 0,
    });
    const res = await w.api('DELETE', '/v1/customers/cus_erase/data');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      object: 'erasure',
      customer_reference: 'cus_erase',
      erased: {
        identity_verifications: 1,
        personal_details: 1,
        images: 2,
        session_customer_fields: 1,
        // identity.approved, and session.completed: identity was the session's only flow, so its
        // decision completed the session (sessions/completion.ts).
        events: 2,
        idempotency_records: 0,
      },
    });
    const v = await (await w.api('GET', `/v1/identity_verifications/${id}`)).json();
    expect(v.erased_at).not.toBeNull();
    expect(v.status).toBe('approved');
    expect(v.document).toBeNull();
    const session = await (await w.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.customer).toEqual({ reference: 'cus_erase' });
    const again = await (await w.api('DELETE', '/v1/customers/cus_erase/data')).json();
    expect(again.erased).toMatchObject({
      personal_details: 0,
      images: 0,
      session_customer_fields: 0,
      events: 0,
    });
  });

  it('purges images older than FINLET_IMAGE_RETENTION_DAYS', async () => {
    const s = await w.newSession('cus_purge');
    await w.widget(s.token, 'POST', '/images', { side: 'selfie', content_type: 'image/jpeg', data: JPEG });
    expect(await purgeExpiredImages(w.deps)).toBe(0);
    w.clock.advance(8 * 86_400_000);
    expect(await purgeExpiredImages(w.deps)).toBeGreaterThanOrEqual(1);
    w.clock.advance(-8 * 86_400_000);
    expect((await (await w.widget(s.token, 'GET', '')).json()).images).toEqual([]);
  });
});
