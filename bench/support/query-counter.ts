/**
 * Counts PostgreSQL round trips made through node-postgres in this process (every `Client#query`,
 * which pools and Drizzle both go through), to report how many a unit of work costs — a figure
 * that, unlike timings, does not depend on how busy the machine is.
 */
import pg from 'pg';

let count = 0;
let installed = false;

export function countQueries(): () => number {
  if (!installed) {
    installed = true;
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      count += 1;
      return original.apply(this, args);
    };
  }
  const start = count;
  return () => count - start;
}
