/**
 * Session inserts, grouped (group commit): creates that arrive together share one multi-row
 * `INSERT … RETURNING`. A single-row INSERT costs PostgreSQL a parse/bind/execute and a commit, and
 * the driver a round trip, per row — under load that per-statement overhead was most of a session
 * create's database time. At most MAX_IN_FLIGHT insert statements run at once; a row that finds
 * room goes out at the end of the current turn of the event loop (so an idle server adds no wait),
 * and rows that arrive while every slot is busy gather into the next statement. A batch is one
 * statement, so it commits or fails as a whole: when it fails, each of its rows is tried alone, so
 * one bad row never fails another.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sessions } from '../db/schema.ts';

type SessionRow = typeof sessions.$inferSelect;
/** Everything a new session needs; `status` is always `open`, the other columns start empty. */
export type NewSession = Omit<SessionRow, 'status' | 'completedAt' | 'canceledAt'>;

const COLUMNS = [
  'id',
  'partnerId',
  'flows',
  'flowStates',
  'customer',
  'payment',
  'linkId',
  'allowedOrigins',
  'redirectUri',
  'locale',
  'appearance',
  'metadata',
  'createdAt',
  'expiresAt',
] as const satisfies readonly (keyof NewSession)[];

/** Larger groups are split: one prepared statement per size up to this. */
const MAX_BATCH = 32;
/** Insert statements running at once (the pool serves the other queries with the rest). */
const MAX_IN_FLIGHT = 3;

interface Pending {
  row: NewSession;
  resolve(row: SessionRow): void;
  reject(error: unknown): void;
}

function prepare(db: Db, size: number) {
  const values = Array.from({ length: size }, (_, i) => ({
    status: 'open' as const,
    ...Object.fromEntries(COLUMNS.map((c) => [c, sql.placeholder(`${c}${i}`)])),
  })) as (typeof sessions.$inferInsert)[];
  return db.insert(sessions).values(values).returning().prepare(`finlet_session_insert_${size}`);
}

function createInserter(db: Db) {
  const statements = new Map<number, ReturnType<typeof prepare>>();
  const queue: Pending[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function run(batch: Pending[]): Promise<void> {
    let statement = statements.get(batch.length);
    if (!statement) {
      statement = prepare(db, batch.length);
      statements.set(batch.length, statement);
    }
    const params: Record<string, unknown> = {};
    batch.forEach(({ row }, i) => {
      for (const c of COLUMNS) params[`${c}${i}`] = row[c];
    });
    let rows: SessionRow[];
    try {
      rows = await statement.execute(params);
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((p) => run([p])));
      return;
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const p of batch) p.resolve(byId.get(p.row.id)!);
  }

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < MAX_IN_FLIGHT) {
      const batch = queue.splice(0, MAX_BATCH);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        flush();
      });
    }
  }

  return (row: NewSession) =>
    new Promise<SessionRow>((resolve, reject) => {
      queue.push({ row, resolve, reject });
      if (!scheduled && inFlight < MAX_IN_FLIGHT) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

const inserters = new WeakMap<Db, ReturnType<typeof createInserter>>();

/** Inserts one new session (status `open`) and resolves with its stored row. */
export function insertSession(db: Db, row: NewSession): Promise<SessionRow> {
  let insert = inserters.get(db);
  if (!insert) {
    insert = createInserter(db);
    inserters.set(db, insert);
  }
  return insert(row);
}
