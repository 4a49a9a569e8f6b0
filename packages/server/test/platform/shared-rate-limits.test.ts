/**
 * The rate-limit store every node shares (middleware/rate-limit-postgres.ts): two limiters on one
 * database (two nodes) taking one key at once grant exactly the burst between them — the row lock
 * serialises their statements, so both can never spend the last token; the takes of one node that
 * arrive together go out as one statement (a busy key's row was a queue of one statement per
 * request), the first of them granted; time refills it; housekeeping forgets buckets
 * full again; a database that fails makes the node limit on its own instead of answering 500.
 * Runs on both databases (the statement must run on PGlite too, though PGlite servers use memory).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { postgresRateLimiter } from '../../src/middleware/rate-limit-postgres.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { dbKind, openTestDatabase } from '../support/harness.ts';

const logger = createLogger('silent');
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.migrate();
});
afterAll(() => database.close());

describe(`shared rate limits (${dbKind})`, () => {
  it('grants exactly the burst across two nodes taking at once, then refills with time', async () => {
    let now = 1_000_000;
    const node = () =>
      postgresRateLimiter({ database, bucket: 'requests', perSecond: 2, burst: 10, now: () => now, logger });
    const [a, b] = [node(), node()];
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('key:apk_1')),
    );
    expect(answers.filter((w) => w === null)).toHaveLength(10);
    expect(answers.filter((w) => w !== null).every((w) => w === 1)).toBe(true);
    // The node that did not spend the last token learns it at its own next take.
    expect(await b.take('key:apk_1')).toBe(1);
    expect(await b.wait('key:apk_1')).toBe(1);
    // Another key, another bucket; another limit, another bucket.
    expect(await a.take('key:apk_2')).toBeNull();
    const failures = postgresRateLimiter({
      database,
      bucket: 'auth_failures',
      perSecond: 2,
      burst: 10,
      now: () => now,
      logger,
    });
    expect(await failures.take('key:apk_1')).toBeNull();

    now += 1_000; // two tokens at 2 a second
    expect(await b.wait('key:apk_1')).toBeNull();
    expect([await a.take('key:apk_1'), await b.take('key:apk_1'), await a.take('key:apk_1')]).toEqual([
      null,
      null,
      1,
    ]);
    // A node whose clock runs behind refills nothing.
    now -= 5_000;
    expect(await b.take('key:apk_1')).toBe(1);
  });

  it('sends the takes that arrive together as one statement, granting the first of each key', async () => {
    const now = 2_000_000;
    let statements = 0;
    const counted = new Proxy(database, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver);
        return (text: string, params: unknown[], name?: string) => {
          if (name === 'rate_limit_take') statements++;
          return target.query(text, params, name);
        };
      },
    });
    const node = postgresRateLimiter({
      database: counted,
      bucket: 'requests',
      perSecond: 1,
      burst: 2,
      now: () => now,
      logger,
    });
    const keys = ['key:apk_g1', 'key:apk_g2', 'key:apk_g1', 'key:apk_g1', 'key:apk_g2', 'key:apk_g3'];
    const answers = await Promise.all(keys.map((k) => node.take(k)));
    expect(statements).toBe(1);
    // apk_g1: two of three granted, the first two; apk_g2: both; apk_g3: its one.
    expect(answers).toEqual([null, null, null, 1, null, null]);
    expect(await node.wait('key:apk_g1')).toBe(1);
    expect(await node.take('key:apk_g2')).toBe(1);
    expect(statements).toBe(2);
  });

  it('forgets buckets full again, and limits per node while the database fails', async () => {
    let now = 5_000_000;
    const limiter = postgresRateLimiter({
      database,
      bucket: 'sweep',
      perSecond: 1,
      burst: 2,
      now: () => now,
      logger,
    });
    await limiter.take('a');
    now += 1_000;
    await limiter.take('b');
    now += 1_500; // 'a' is full again (2 s without a take), 'b' is not
    expect(await limiter.sweep()).toBe(1);
    const left = await database.query<{ key: string }>(
      "select key from rate_limit_buckets where bucket = 'sweep'",
      [],
    );
    expect(left.map((r) => r.key)).toEqual(['b']);

    const broken: Database = {
      ...database,
      query: async () => Promise.reject(new Error('connection refused')),
    };
    const offline = postgresRateLimiter({
      database: broken,
      bucket: 'requests',
      perSecond: 1,
      burst: 2,
      now: () => now,
      logger,
    });
    expect([await offline.take('k'), await offline.take('k'), await offline.take('k')]).toEqual([
      null,
      null,
      1,
    ]);
    expect(await offline.wait('k')).toBe(1);
  });
});
