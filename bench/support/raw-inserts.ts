/**
 * The database baseline: single-row INSERTs of a session-shaped row (same columns, indexes and
 * foreign key as `sessions`), `concurrency` at a time for a fixed time, straight through the
 * driver — no HTTP, no validation, no ORM. What the server adds on top shows in the ratio.
 */
import { randomBytes } from 'node:crypto';
import { percentile } from './report.ts';

export type RawQuery = (text: string, params: unknown[]) => Promise<unknown>;

export interface InsertRate {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export const RAW_TABLE = 'bench_raw_sessions';

/** DDL for the baseline table; run on the database that holds Finlet's `sessions` and `partners`. */
export const rawTableDdl = [
  `create table ${RAW_TABLE} (like sessions including all)`,
  `alter table ${RAW_TABLE} add foreign key (partner_id) references partners(id)`,
];

const INSERT = `insert into ${RAW_TABLE}
  (id, partner_id, livemode, status, flows, flow_states, customer, payment, link_id, allowed_origins, redirect_uri,
   locale, appearance, metadata, created_at, expires_at)
  values ($1, $2, false, 'open', $3, $4, $5, $6, null, $7, null, null, null, $8, $9, $10)`;

export async function rawInsertRate(
  query: RawQuery,
  partnerId: string,
  opts: { concurrency: number; seconds: number },
): Promise<InsertRate> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const deadline = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  async function worker() {
    while (performance.now() < deadline) {
      const now = new Date();
      const t = performance.now();
      try {
        await query(INSERT, [
          `ses_${randomBytes(12).toString('hex')}`,
          partnerId,
          JSON.stringify(['payment']),
          JSON.stringify({ payment: { status: 'pending', result: null } }),
          JSON.stringify({ reference: 'cus_bench_1', email: 'ada@example.com' }),
          JSON.stringify({ amount: 1299, currency: 'EUR', description: 'Blue mug' }),
          JSON.stringify(['https://shop.example']),
          JSON.stringify({ order_id: 'ord_1001' }),
          now.toISOString(),
          new Date(now.getTime() + 1_800_000).toISOString(),
        ]);
        latencies.push(performance.now() - t);
      } catch (e) {
        errors += 1;
        firstError ??= e;
      }
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  // A baseline that inserted nothing would make every ratio against it meaningless (it read
  // "Infinity %" after `sessions` gained a NOT NULL column): say why instead.
  if (latencies.length === 0)
    throw new Error(`the raw INSERT baseline inserted nothing`, { cause: firstError });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}
