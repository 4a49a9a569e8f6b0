/**
 * Databases for the bench: a throwaway PostgreSQL 15 cluster (or the server named by DATABASE_URL
 * when set), with a fresh database per section so sections do not see each other's rows; and temp
 * directories for the on-disk PGlite data dir. Everything is removed when the scope closes.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startCluster } from '../../packages/server/test/support/postgres-cluster.ts';
import type { Scope } from './cleanup.ts';

export function tempDir(scope: Scope, prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scope.defer(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An admin URL of a PostgreSQL server: DATABASE_URL, or a new local cluster stopped with the scope. */
export async function postgresServer(scope: Scope): Promise<{ url: string; origin: string }> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, origin: 'DATABASE_URL' };
  const cluster = await startCluster();
  scope.defer(() => cluster.stop());
  const version = await queryOne(cluster.url, 'show server_version');
  return { url: cluster.url, origin: `throwaway cluster, PostgreSQL ${version} (fsync=off)` };
}

/** Creates an empty database on the server and drops it when the scope closes. */
export async function freshDatabase(scope: Scope, adminUrl: string): Promise<string> {
  const name = `finlet_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  scope.defer(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function queryOne(url: string, text: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<Record<string, string>>(text);
    return Object.values(r.rows[0] ?? {})[0] ?? '?';
  } finally {
    await client.end();
  }
}
