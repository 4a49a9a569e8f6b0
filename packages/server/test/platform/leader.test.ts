/**
 * One leader for background work (db/leader.ts): of several nodes on one PostgreSQL exactly one
 * leads; when the leader's connection dies (as when its process is SIGKILLed), another takes over
 * within a retry interval; a leader that shuts down hands over too. With PGlite the process leads.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { electLeader, LEADER_LOCK, type Leadership } from '../../src/db/leader.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { dbKind } from '../support/harness.ts';

const logger = createLogger('silent');
const RETRY_MS = 100;

/** Resolves once `check` holds, polling; fails the test after `ms`. */
async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const leaders = (nodes: Leadership[]) => nodes.filter((n) => n.isLeader()).length;

const url = () => {
  const u = inject('postgresUrl');
  if (!u) throw new Error('no PostgreSQL');
  return u;
};

describe(`leadership (${dbKind})`, () => {
  it('gives the lead to exactly one node and hands it over when the leader dies or stops', async () => {
    if (dbKind === 'pglite') {
      // One process serves a PGlite database: it leads.
      const node = electLeader({ url: undefined, logger });
      expect(node.isLeader()).toBe(true);
      await node.close();
      return;
    }
    const nodes = [0, 1, 2].map(() => electLeader({ url: url(), logger, retryMs: RETRY_MS }));
    try {
      await eventually(() => leaders(nodes) === 1);
      // A few more rounds of attempts: still exactly one.
      await new Promise((r) => setTimeout(r, RETRY_MS * 5));
      expect(leaders(nodes)).toBe(1);

      // The leader's connection is killed (its process died): the database drops the lock.
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      const first = nodes.findIndex((n) => n.isLeader());
      await admin.query(
        `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = $1 and granted`,
        [LEADER_LOCK],
      );
      await admin.end();
      await eventually(() => leaders(nodes) === 1 && !nodes[first]!.isLeader());

      // The new leader shuts down: one of the others leads.
      const second = nodes.findIndex((n) => n.isLeader());
      await nodes[second]!.close();
      await eventually(() => leaders(nodes) === 1 && !nodes[second]!.isLeader());
    } finally {
      await Promise.all(nodes.map((n) => n.close()));
    }
  });
});
