/**
 * Cache invalidation across nodes: a change that some node's memory holds (an API key revoked or
 * rolled, a partner's name or look, the signing keys rotated) is announced with
 * `NOTIFY finlet_cache, '<kind>:<id>'` inside the transaction that makes it — PostgreSQL delivers it
 * when (and only if) that transaction commits, to every node listening, this one included — and
 * each node drops its copy. Typically a few milliseconds; the multi-node test holds it under 1 s.
 *
 * Each server listens on a connection of its own that reconnects (every second) when lost. While
 * it is not listening, notifications are missed: `hearing()` is false and the caches fall back to
 * their short TTLs (1 s for keys), and on reconnecting every cache is emptied (`handler(undefined)`),
 * so nothing stays stale for longer than a short TTL. With PGlite one process holds the database:
 * the handlers run at once, in this process.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DbOrTx } from './client.ts';

export const CACHE_CHANNEL = 'finlet_cache';
/** The listening connection's `application_name` (pg_stat_activity shows it). */
export const LISTENER_NAME = 'finlet-cache-listener';

/** What changed; the id names which one (`*` when the kind has one set, as the signing keys). */
export type CacheKind = 'api_key' | 'partner' | 'signing_keys';

/** `id` undefined: notifications may have been missed, forget everything of this kind. */
export type CacheHandler = (id: string | undefined) => void;

export interface CacheNotifications {
  /** Announces a change to every node: in `tx`, delivered when it commits (PostgreSQL). */
  changed(tx: DbOrTx, kind: CacheKind, id: string): Promise<void>;
  on(kind: CacheKind, handler: CacheHandler): void;
  /** Whether changes made on other nodes reach this one now (caches may then keep entries longer). */
  hearing(): boolean;
  /** Starts listening (servers; a CLI run only announces). */
  listen(): void;
  close(): Promise<void>;
}

export interface NotificationOptions {
  /** postgres://…; undefined (PGlite) → in this process only. */
  url: string | undefined;
  logger: Logger;
  retryMs?: number;
  connectMs?: number;
}

export function createCacheNotifications(opts: NotificationOptions): CacheNotifications {
  const handlers = new Map<CacheKind, CacheHandler[]>();
  const dispatch = (kind: string, id: string | undefined) => {
    for (const h of handlers.get(kind as CacheKind) ?? []) h(id);
  };
  const on = (kind: CacheKind, handler: CacheHandler) => {
    handlers.set(kind, [...(handlers.get(kind) ?? []), handler]);
  };
  const url = opts.url;
  if (!url)
    return {
      async changed(_tx, kind, id) {
        dispatch(kind, id);
      },
      on,
      hearing: () => true,
      listen() {},
      async close() {},
    };

  const retryMs = opts.retryMs ?? 1_000;
  let client: pg.Client | undefined;
  let hearing = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let checking = false;
  // A connection cut without a word (a partition) raises nothing: it is asked to answer every
  // `checkMs`, and one that does not is taken as lost.
  const checkMs = Math.max(retryMs, 5_000);
  const check = setInterval(() => {
    const c = client;
    if (!c || !hearing || checking) return;
    checking = true;
    const late = setTimeout(() => client === c && lost('check timed out'), checkMs);
    c.query('select 1')
      .catch(() => {})
      .finally(() => {
        clearTimeout(late);
        checking = false;
      });
  }, checkMs);
  check.unref();

  const lost = (why: string) => {
    if (hearing)
      opts.logger.warn({ why }, 'cache notifications lost: short cache lifetimes until reconnected');
    hearing = false;
    const c = client;
    client = undefined;
    c?.end().catch(() => {});
    schedule();
  };
  const schedule = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    timer.unref();
  };
  async function connect() {
    if (closed || client) return;
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: opts.connectMs ?? 5_000,
      keepAlive: true,
      application_name: LISTENER_NAME,
    });
    client = c;
    c.on('error', (err) => lost(err.message));
    c.on('end', () => client === c && lost('connection ended'));
    c.on('notification', (n) => {
      if (n.channel !== CACHE_CHANNEL || !n.payload) return;
      const at = n.payload.indexOf(':');
      if (at > 0) dispatch(n.payload.slice(0, at), n.payload.slice(at + 1));
    });
    try {
      await c.connect();
      await c.query(`listen ${CACHE_CHANNEL}`);
      if (closed) return void c.end().catch(() => {});
      hearing = true;
      // Whatever changed while nobody listened is unknown: every cache starts over.
      for (const kind of handlers.keys()) dispatch(kind, undefined);
    } catch (err) {
      if (client === c) lost(err instanceof Error ? err.message : String(err));
    }
  }

  return {
    async changed(tx, kind, id) {
      await tx.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${`${kind}:${id}`})`);
    },
    on,
    hearing: () => hearing,
    listen() {
      void connect();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(check);
      hearing = false;
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
