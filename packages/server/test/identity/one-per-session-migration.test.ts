/**
 * The migration that makes the session's identity verification unique runs on a database that
 * already holds the duplicates concurrent first submissions made before it: it keeps one per
 * session (the one the session's flow state reports, else a submitted one, else the newest), marks
 * the others superseded by it without deleting their decision trail, and from then on the database
 * refuses a second verification for a session. Runs on PGlite and PostgreSQL.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrationsFolder } from '../../src/db/client.ts';
import { dbKind, openTestDatabase } from '../support/harness.ts';

const TAG = /_identity_one_per_session$/;
let database: Database;
let before: string;

/** The shipped migrations up to the one under test: without it, or (`through`) with it. */
function migrationsBefore(through = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'finlet-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => TAG.test(e.tag));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, through ? at + 1 : at);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

async function migrateTo(folder: string) {
  const { migrate } =
    dbKind === 'pglite'
      ? await import('drizzle-orm/pglite/migrator')
      : await import('drizzle-orm/node-postgres/migrator');
  await migrate(database.db as never, { migrationsFolder: folder });
}

beforeAll(async () => {
  database = await openTestDatabase(undefined, { empty: true });
  before = migrationsBefore();
});
afterAll(async () => {
  rmSync(before, { recursive: true, force: true });
  await database.close();
});

const verification = (id: string, session: string, status: string, createdAt: string) => sql`
  insert into identity_verifications
    (id, partner_id, session_id, customer_reference, status, checks, reviews, screened_versions, created_at, updated_at)
  values (${id}, 'ptn_m', ${session}, 'cus_m', ${status}, '[]', '[]', '{}', ${createdAt}, ${createdAt})`;

describe('migration: one identity verification per session', () => {
  it('keeps one verification per session, supersedes the others, then refuses a second', async () => {
    await migrateTo(before);
    const { db } = database;
    await db.execute(sql`insert into partners (id, name, allowed_origins, created_at)
      values ('ptn_m', 'Migrated Shop', '[]', now())`);
    // Session A was decided on its oldest verification; the widget then followed a newer pending one.
    await db.execute(sql`insert into sessions (id, partner_id, status, flows, flow_states, customer,
        allowed_origins, metadata, created_at, expires_at)
      values ('ses_a', 'ptn_m', 'open', '["identity"]',
        '{"identity":{"status":"approved","result":{"identity_verification":"idv_a1","status":"approved"}}}',
        '{}', '[]', '{}', now(), now() + interval '1 hour')`);
    await db.execute(verification('idv_a1', 'ses_a', 'approved', '2026-01-01T10:00:00Z'));
    await db.execute(verification('idv_a2', 'ses_a', 'pending', '2026-01-01T10:00:00Z'));
    await db.execute(verification('idv_a3', 'ses_a', 'pending', '2026-01-01T10:00:01Z'));
    // Session B reports nothing yet: the submitted one wins over newer pending ones.
    await db.execute(verification('idv_b1', 'ses_b', 'pending', '2026-01-01T10:00:00Z'));
    await db.execute(verification('idv_b2', 'ses_b', 'processing', '2026-01-01T10:00:01Z'));
    await db.execute(verification('idv_b3', 'ses_b', 'pending', '2026-01-01T10:00:02Z'));
    // Session C has several pending ones only: the newest wins. Session D has just one.
    await db.execute(verification('idv_c1', 'ses_c', 'pending', '2026-01-01T10:00:00Z'));
    await db.execute(verification('idv_c2', 'ses_c', 'pending', '2026-01-01T10:00:05Z'));
    await db.execute(verification('idv_d1', 'ses_d', 'pending', '2026-01-01T10:00:00Z'));

    // Up to this migration only: later ones (livemode, …) change what an insert must name.
    await migrateTo(migrationsBefore(true));

    const rows = await database.query<{ id: string; superseded_by: string | null }>(
      'select id, superseded_by from identity_verifications order by id',
      [],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.superseded_by]))).toEqual({
      idv_a1: null,
      idv_a2: 'idv_a1',
      idv_a3: 'idv_a1',
      idv_b1: 'idv_b2',
      idv_b2: null,
      idv_b3: 'idv_b2',
      idv_c1: 'idv_c2',
      idv_c2: null,
      idv_d1: null,
    });
    await expect(
      db.execute(verification('idv_d2', 'ses_d', 'pending', '2026-01-02T00:00:00Z')),
    ).rejects.toMatchObject({
      cause: { code: '23505' },
    });
    // The later migrations apply on top.
    await database.migrate();
    expect(await database.ready()).toBe(true);
  });
});
