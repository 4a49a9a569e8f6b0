/**
 * One leader for background work (housekeeping sweeps, re-screening after a list change) among
 * every process and machine sharing one PostgreSQL: the process holding a session-level advisory
 * lock on a connection of its own. The lock lives as long as that connection: a leader that dies
 * (SIGKILL, lost host) releases it as soon as PostgreSQL drops the connection, and another node's
 * next attempt (every `retryMs`) takes over. The leader checks its connection as often and steps
 * down when the check fails, so two leaders overlap at most that long — and every sweep is safe to
 * run twice anyway (rows are claimed with `SKIP LOCKED`, re-screening is stamped per verification):
 * the leader is about doing the work once, not about correctness. PGlite serves one process: it leads.
 */
import pg from 'pg';
import type { Logger } from 'pino';

/** Any fixed number, other than the migration lock's: "fldr". */
export const LEADER_LOCK = 0x66_6c_64_72;

export interface Leadership {
  /** Whether this process leads now. */
  isLeader(): boolean;
  /** Steps down (the lock goes with the connection) and stops trying. */
  close(): Promise<void>;
}

export interface LeaderOptions {
  /** postgres://…; undefined (PGlite) → this process always leads. */
  url: string | undefined;
  logger: Logger;
  /** How often a follower tries to take the lead and a leader checks it still holds it. */
  retryMs?: number;
  connectMs?: number;
}

export function electLeader(opts: LeaderOptions): Leadership {
  if (!opts.url) return { isLeader: () => true, close: async () => {} };
  const url = opts.url;
  const retryMs = opts.retryMs ?? 2_000;
  /** A database slower than this to answer the check is taken as lost. */
  const checkMs = Math.max(retryMs, 2_000);
  let client: pg.Client | undefined;
  let leader = false;
  let closed = false;
  let attempt: Promise<void> | undefined;

  const drop = (why: string) => {
    if (leader) opts.logger.warn({ why }, 'stepped down as leader for background work');
    leader = false;
    const c = client;
    client = undefined;
    c?.end().catch(() => {});
  };

  async function tryLead(): Promise<void> {
    if (closed) return;
    try {
      if (!client) {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: opts.connectMs ?? 5_000 });
        c.on('error', () => drop('connection lost'));
        await c.connect();
        client = c;
      }
      const query = client.query<{ ok: boolean }>(
        leader ? 'select true as ok' : 'select pg_try_advisory_lock($1) as ok',
        leader ? [] : [LEADER_LOCK],
      );
      query.catch(() => {}); // answered late, after the deadline below gave up on it
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('leader check timed out')), checkMs);
      });
      const rows = await Promise.race([query, late]).finally(() => clearTimeout(timer));
      if (closed) return;
      const ok = rows.rows[0]?.ok === true;
      if (ok && !leader) opts.logger.info('leading background work');
      leader = ok;
    } catch (err) {
      drop(err instanceof Error ? err.message : String(err));
    }
  }

  const tick = () => {
    attempt ??= tryLead().finally(() => {
      attempt = undefined;
    });
  };
  tick();
  const timer = setInterval(tick, retryMs);
  timer.unref();
  return {
    isLeader: () => leader,
    async close() {
      closed = true;
      clearInterval(timer);
      await attempt;
      drop('shutting down');
    },
  };
}
