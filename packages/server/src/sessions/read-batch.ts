/**
 * Session reads by id, grouped: the widget reads its session on every call (widget-auth.ts), and
 * reads that arrive together share one `select … where id in (…)`. One statement per read cost
 * each read a parse/bind/execute and a round trip — on PGlite, which runs one statement at a time
 * in this process, so much that the widget's session read was slower than creating a session
 * (whose inserts are grouped the same way, insert-batch.ts; both by db/statement-groups.ts).
 * A read never joins a statement sent before it arrived, so it sees every change committed before
 * it was asked — as a statement of its own would.
 */
import { getTableName } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions } from '../db/schema.ts';
import { statementGroups, type Waiting } from '../db/statement-groups.ts';
import { sessionFromDriver } from './insert-batch.ts';

type SessionRow = typeof sessions.$inferSelect;

/** Larger groups are split: one prepared statement per size up to this. */
const MAX_BATCH = 32;
/** Read statements running at once (the pool serves the other queries with the rest). */
const MAX_IN_FLIGHT = 3;

function selectText(size: number): string {
  const ids = Array.from({ length: size }, (_, i) => `$${i + 1}`).join(', ');
  return `select * from ${getTableName(sessions)} where id in (${ids})`;
}

function createReader(database: Database) {
  const texts = new Map<number, string>();

  async function run(batch: Waiting<string, SessionRow | undefined>[]): Promise<void> {
    const ids = [...new Set(batch.map((p) => p.input))];
    let text = texts.get(ids.length);
    if (!text) {
      text = selectText(ids.length);
      texts.set(ids.length, text);
    }
    try {
      const rows = await database.query<Record<string, unknown>>(
        text,
        ids,
        `finlet_session_read_${ids.length}`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      // Each caller gets its own object: a route may change the row it was handed.
      for (const p of batch) {
        const raw = byId.get(p.input);
        p.resolve(raw ? sessionFromDriver(raw) : undefined);
      }
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return statementGroups(run, { maxBatch: MAX_BATCH, maxInFlight: MAX_IN_FLIGHT });
}

const readers = new WeakMap<Database, ReturnType<typeof createReader>>();

/** The session with this id, read in a group with the reads that arrive with it; undefined if none. */
export function readSession(database: Database, id: string): Promise<SessionRow | undefined> {
  let read = readers.get(database);
  if (!read) {
    read = createReader(database);
    readers.set(database, read);
  }
  return read(id);
}
