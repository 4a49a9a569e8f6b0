/**
 * Session inserts, grouped (group commit): creates that arrive together share one multi-row
 * `INSERT … RETURNING`. A single-row INSERT costs PostgreSQL a parse/bind/execute and a commit, and
 * the driver a round trip, per row — under load that per-statement overhead was most of a session
 * create's database time. At most MAX_IN_FLIGHT insert statements run at once, grouped as
 * db/statement-groups.ts says. A batch is one
 * statement, so it commits or fails as a whole: when it fails, each of its rows is tried alone, so
 * one bad row never fails another.
 *
 * The statement goes straight to the driver (`Database.query`): Drizzle's per-parameter mapping
 * of 15 × n placeholders cost more than the rest of the insert. Column names, JSON columns and
 * the row mapping all come from the Drizzle table, so the schema stays the one source.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions } from '../db/schema.ts';
import { statementGroups, type Waiting } from '../db/statement-groups.ts';

type SessionRow = typeof sessions.$inferSelect;
/** Everything a new session needs; `status` is always `open`, the other columns start empty. */
export type NewSession = Omit<SessionRow, 'status' | 'completedAt' | 'canceledAt'>;

const COLUMNS = [
  'id',
  'partnerId',
  'livemode',
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

const table = getTableColumns(sessions);
const JSON_COLUMNS = new Set(COLUMNS.filter((c) => table[c].dataType === 'json'));
/** Driver row (snake_case) → Drizzle row, for every column of the table. */
const FIELDS = Object.entries(table).map(([field, column]) => [column.name, field] as const);

function insertText(size: number): string {
  const rows = Array.from(
    { length: size },
    (_, i) => `(${COLUMNS.map((_, j) => `$${i * COLUMNS.length + j + 1}`).join(', ')}, 'open')`,
  );
  const names = COLUMNS.map((c) => table[c].name).join(', ');
  return `insert into ${getTableName(sessions)} (${names}, status) values ${rows.join(', ')} returning *`;
}

function toDriver(column: (typeof COLUMNS)[number], value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (JSON_COLUMNS.has(column)) return JSON.stringify(value);
  return value instanceof Date ? value.toISOString() : value;
}

/** A `sessions` row as the driver returns it (`returning *`, `select *`) → the Drizzle row. */
export function sessionFromDriver(raw: Record<string, unknown>): SessionRow {
  const row: Record<string, unknown> = {};
  for (const [name, field] of FIELDS) row[field] = raw[name];
  return row as SessionRow;
}

function createInserter(database: Database) {
  const texts = new Map<number, string>();

  async function run(batch: Waiting<NewSession, SessionRow>[]): Promise<void> {
    let text = texts.get(batch.length);
    if (!text) {
      text = insertText(batch.length);
      texts.set(batch.length, text);
    }
    const values: unknown[] = [];
    for (const { input } of batch) for (const c of COLUMNS) values.push(toDriver(c, input[c]));
    let rows: Record<string, unknown>[];
    try {
      rows = await database.query(text, values, `finlet_session_insert_${batch.length}`);
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((p) => run([p])));
      return;
    }
    const byId = new Map(rows.map((r) => [r.id, sessionFromDriver(r)]));
    for (const p of batch) p.resolve(byId.get(p.input.id)!);
  }

  return statementGroups(run, { maxBatch: MAX_BATCH, maxInFlight: MAX_IN_FLIGHT });
}

const inserters = new WeakMap<Database, ReturnType<typeof createInserter>>();

/** Inserts one new session (status `open`) and resolves with its stored row. */
export function insertSession(database: Database, row: NewSession): Promise<SessionRow> {
  let insert = inserters.get(database);
  if (!insert) {
    insert = createInserter(database);
    inserters.set(database, insert);
  }
  return insert(row);
}
