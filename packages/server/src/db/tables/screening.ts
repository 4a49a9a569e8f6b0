/**
 * What every node last loaded of each configured sanctions list, readable from any node
 * (`finlet lists`): one row per node and list source, written after each load attempt
 * (identity/list-loads.ts). The list versions that decide re-screening are stored with each
 * verification (`screened_versions`), not here; this table is for operators — which node screens
 * against which version, since when, and why its last load failed. Re-exported by db/schema.ts.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sanctionsListLoads = pgTable(
  'sanctions_list_loads',
  {
    /** FINLET_NODE_NAME, by default `host:port` (and `#worker` under FINLET_WORKERS). */
    node: text('node').notNull(),
    /** The configured source: `ofac_sdn`, `un_consolidated`, `opensanctions`, `sandbox`. */
    source: text('source').notNull(),
    /** The last good load's list name, version and entry count; null until one succeeds. */
    list: text('list'),
    version: text('version'),
    entries: integer('entries'),
    loadedAt: ts('loaded_at'),
    /** The last attempt, good or not, and its error when it failed (cleared by a good one). */
    attemptedAt: ts('attempted_at').notNull(),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.node, t.source] })],
);
