/**
 * The real server as a separate process (`node --import tsx packages/server/src/main.ts`), for
 * tests of what only a process shows: crashes, signals, restarts. Each test passes a list of
 * cleanups that it runs in afterAll.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { dbKind } from './harness.ts';

export type Cleanups = (() => Promise<void> | void)[];

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** A new empty database in the test cluster (postgres project), dropped by the cleanups. */
export async function freshDatabaseUrl(cleanups: Cleanups): Promise<string | undefined> {
  if (dbKind === 'pglite') return undefined;
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL for the server:postgres project');
  const name = `finlet_proc_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The environment of a server process: its own temp data dir (removed by the cleanups) and data key. */
export function processEnv(cleanups: Cleanups, extra: Record<string, string> = {}): Record<string, string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-proc-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    NODE_ENV: 'development',
    PORT: '0',
    FINLET_DATA_DIR: dataDir,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far. */
  output(): string;
}

/** Starts the server; resolves with its base URL once it listens. */
export function spawnServer(env: Record<string, string>, cleanups: Cleanups): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    let started = false;
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /"port":(\d+)[^\n]*Finlet server listening/.exec(out);
      if (m && !started) {
        started = true;
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}`, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      if (!started) reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}
