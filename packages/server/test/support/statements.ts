/**
 * Counts the statements a test's database client is sent while `body` runs (the real client still
 * runs them): for tests that prove calls are grouped into fewer statements. The shared rate-limit
 * take every authenticated request makes on PostgreSQL (middleware/rate-limit-postgres.ts) is not
 * counted: it is one statement per request by design, and not what these tests group.
 */
import type { TestContext } from './harness.ts';

export async function countStatements<T>(
  t: TestContext,
  body: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const client = (t.deps.database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } })
    .$client;
  const original = client.query;
  let statements = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { text?: string };
    const text = typeof q === 'string' ? q : (q?.text ?? '');
    if (!text.includes('rate_limit_buckets')) statements++;
    return original.apply(this, args);
  };
  try {
    return { result: await body(), statements };
  } finally {
    client.query = original;
  }
}
