/**
 * Each node's sanctions list loads, kept in the database so any node — and the `finlet lists`
 * command — can tell which version every node screens against, since when, and why a load failed.
 * Each node writes its own rows after every load attempt (screening-service.ts's `onLoad`); a row
 * is the node's state now: a failed first load after a restart shows no version, even if the node
 * had one before it restarted. A node's failing list still fails its own screenings closed; this is
 * the cluster-wide view of that, not a second gate. A running node tries again every refresh
 * interval, so rows not tried for a week (or three intervals, if longer) are of nodes that are gone
 * (a retired host, a replaced container) and housekeeping removes them.
 */
import { asc, lt, sql } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import type { Db } from '../db/client.ts';
import { sanctionsListLoads } from '../db/schema.ts';
import type { ListLoad } from './screening-service.ts';

/** An error longer than this is cut: the row says why, the node's log has the rest. */
const MAX_ERROR = 500;

/** Stores one node's load results, one row per source, replacing that node's previous ones. */
export async function recordListLoads(db: Db, node: string, loads: ListLoad[]): Promise<void> {
  if (loads.length === 0) return;
  const rows = loads.map((load) => ({
    node,
    source: load.source,
    list: load.list?.name ?? null,
    version: load.list?.version ?? null,
    entries: load.list?.entries ?? null,
    loadedAt: load.list?.loadedAt ?? null,
    attemptedAt: load.attemptedAt,
    error: load.error?.slice(0, MAX_ERROR) ?? null,
  }));
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(sanctionsListLoads)
    .values(rows)
    .onConflictDoUpdate({
      target: [sanctionsListLoads.node, sanctionsListLoads.source],
      set: {
        list: excluded('list'),
        version: excluded('version'),
        entries: excluded('entries'),
        loadedAt: excluded('loaded_at'),
        attemptedAt: excluded('attempted_at'),
        error: excluded('error'),
      },
    });
}

export interface NodeListLoad {
  node: string;
  source: string;
  list: string | null;
  version: string | null;
  entries: number | null;
  loaded_at: string | null;
  attempted_at: string;
  error: string | null;
  /** `loaded`; `failed` (the last attempt failed; `version` is what the node kept); `missing` (never loaded). */
  state: 'loaded' | 'failed' | 'missing';
}

/** Every node's last load of every list, by source then node. */
export async function readListLoads(db: Db): Promise<NodeListLoad[]> {
  const rows = await db
    .select()
    .from(sanctionsListLoads)
    .orderBy(asc(sanctionsListLoads.source), asc(sanctionsListLoads.node));
  return rows.map((r) => ({
    node: r.node,
    source: r.source,
    list: r.list,
    version: r.version,
    entries: r.entries,
    loaded_at: r.loadedAt?.toISOString() ?? null,
    attempted_at: r.attemptedAt.toISOString(),
    error: r.error,
    state: !r.version ? 'missing' : r.error ? 'failed' : 'loaded',
  }));
}

/** A node not heard from for this long is gone: at least a week, or three refresh intervals. */
export function goneAfterMs(refreshHours: number): number {
  return Math.max(7 * 86_400_000, 3 * refreshHours * 3_600_000);
}

/** Removes the rows of nodes that are gone (housekeeping, on the leader). */
export async function purgeGoneNodes(deps: Deps): Promise<void> {
  const before = new Date(
    deps.clock.now().getTime() - goneAfterMs(deps.config.FINLET_SANCTIONS_REFRESH_HOURS),
  );
  await deps.database.db.delete(sanctionsListLoads).where(lt(sanctionsListLoads.attemptedAt, before));
}
