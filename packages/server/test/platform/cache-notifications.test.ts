/**
 * Cache invalidation across nodes (db/notifications.ts): a change announced in a transaction
 * reaches every listening node when it commits and never when it rolls back; a node whose listening
 * connection is cut says it is not hearing (its caches fall back to short lifetimes), reconnects,
 * and then empties its caches, since it may have missed announcements. With PGlite (one process)
 * the announcement reaches this process's handlers at once (even from a transaction rolled back,
 * which only empties a cache for nothing).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.ts';
import {
  type CacheNotifications,
  createCacheNotifications,
  LISTENER_NAME,
} from '../../src/db/notifications.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { dbKind, openTestDatabase } from '../support/harness.ts';
import { type Cleanups, freshDatabaseUrl } from '../support/server-process.ts';

const logger = createLogger('silent');
const cleanups: Cleanups = [];
let database: Database;
/** The test's own database: announcements reach the listeners of the same database only. */
let url: string | undefined;
beforeAll(async () => {
  url = await freshDatabaseUrl(cleanups);
  database = url ? await openDatabase({ url }) : await openTestDatabase();
});
afterAll(async () => {
  await database.close();
  for (const c of cleanups.reverse()) await c();
});

async function until(check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe(`cache notifications (${dbKind})`, () => {
  it('reach every node when the change commits, never when it rolls back', async () => {
    // PGlite: one process, one notifier (its announcements never leave it).
    const nodes: CacheNotifications[] = (dbKind === 'postgres' ? [0, 1] : [0]).map(() =>
      createCacheNotifications({ url, logger, retryMs: 50 }),
    );
    const heard: string[][] = nodes.map(() => []);
    nodes.forEach((n, i) => {
      n.on('api_key', (id) => heard[i]!.push(id ?? '*all*'));
      n.listen();
    });
    try {
      await until(() => nodes.every((n) => n.hearing()));
      for (const h of heard) h.splice(0);
      await database.db
        .transaction(async (tx) => {
          await nodes[0]!.changed(tx, 'api_key', 'apk_rolled_back');
          throw new Error('roll back');
        })
        .catch(() => {});
      await database.db.transaction((tx) => nodes[0]!.changed(tx, 'api_key', 'apk_1'));
      await until(() => heard.every((h) => h.includes('apk_1')));
      // PGlite tells its one process at once, committed or not: a cache emptied for nothing.
      if (dbKind === 'postgres') for (const h of heard) expect(h).not.toContain('apk_rolled_back');
    } finally {
      await Promise.all(nodes.map((n) => n.close()));
    }
  });

  it('falls back while its connection is lost, and empties the caches when it is back', async () => {
    if (dbKind === 'pglite') {
      const one = createCacheNotifications({ url: undefined, logger });
      expect(one.hearing()).toBe(true);
      return;
    }
    const node = createCacheNotifications({ url, logger, retryMs: 50 });
    const heard: (string | undefined)[] = [];
    node.on('partner', (id) => heard.push(id));
    node.listen();
    try {
      await until(() => node.hearing());
      heard.splice(0);
      const admin = new pg.Client({ connectionString: url! });
      await admin.connect();
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`,
        [LISTENER_NAME],
      );
      await admin.end();
      await until(() => !node.hearing());
      await until(() => node.hearing());
      expect(heard).toContain(undefined);
    } finally {
      await node.close();
    }
  });
});
