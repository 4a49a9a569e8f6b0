/**
 * One leader for background work (db/leader.ts): of several nodes on one PostgreSQL exactly one
 * leads; when the leader's process dies (its connection drops and it never comes back), another
 * takes over within a retry interval; a leader that shuts down hands over too. With PGlite the
 * process leads.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { electLeader, type Leadership } from '../../src/db/leader.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { dbKind } from '../support/harness.ts';

const logger = createLogger('silent');
const RETRY_MS = 100;

/**
 * Resolves once `check` holds, polling; fails the test after `ms` — generous, as PostgreSQL noticing
 * a dropped connection and another node winning the lock take a busy machine seconds.
 */
async function eventually(check: () => boolean, ms = 20_000): Promise<void> {
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

/**
 * A node's own way to PostgreSQL, a TCP relay: `kill()` cuts every connection through it and stops
 * listening, as the death of the node's process or host does — PostgreSQL sees the connection drop,
 * and the node can never connect again (unlike a killed backend, whose node reconnects at once and
 * may win the lock back before the others try).
 */
async function nodeLink(target: URL): Promise<{ url: string; kill: () => void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const via = new URL(target);
  via.hostname = '127.0.0.1';
  via.port = String(port);
  return {
    url: via.toString(),
    kill: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe(`leadership (${dbKind})`, () => {
  it('gives the lead to exactly one node and hands it over when the leader dies or stops', {
    timeout: 90_000,
  }, async () => {
    if (dbKind === 'pglite') {
      // One process serves a PGlite database: it leads.
      const node = electLeader({ url: undefined, logger });
      expect(node.isLeader()).toBe(true);
      await node.close();
      return;
    }
    // The first node leads alone; two more join and find the lead taken.
    const link = await nodeLink(new URL(url()));
    const nodes = [electLeader({ url: link.url, logger, retryMs: RETRY_MS })];
    try {
      await eventually(() => nodes[0]!.isLeader());
      nodes.push(...[1, 2].map(() => electLeader({ url: url(), logger, retryMs: RETRY_MS })));
      // A few rounds of the others' attempts: still exactly one, the first.
      await new Promise((r) => setTimeout(r, RETRY_MS * 5));
      expect(nodes.map((n) => n.isLeader())).toEqual([true, false, false]);

      // The leader's process dies: the database drops its connection and the lock with it.
      link.kill();
      await eventually(() => leaders(nodes) === 1 && !nodes[0]!.isLeader());

      // The new leader shuts down: the last one leads.
      const second = nodes.findIndex((n) => n.isLeader());
      await nodes[second]!.close();
      await eventually(() => leaders(nodes) === 1 && !nodes[second]!.isLeader());
    } finally {
      link.kill();
      await Promise.all(nodes.map((n) => n.close()));
    }
  });
});
