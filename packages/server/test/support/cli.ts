/**
 * Runs the `finlet` CLI as an operator does: a separate process reading the same variables as the
 * server, on a data directory of its own (PGlite) or on a fresh database in the test PostgreSQL
 * cluster (server:postgres). Call `useCli()` at the top of a test file: it registers the hooks that
 * create and remove that database.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { type Cleanups, freshDatabaseUrl } from './server-process.ts';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../src/cli/main.ts');

/** How a failed run rejects: the exit code and what the process printed. */
export interface CliFailure {
  code: number;
  stdout: string;
  stderr: string;
}

export function useCli(extraEnv: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-cli-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    FINLET_DATA_DIR: dataDir,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const cleanups: Cleanups = [() => rmSync(dataDir, { recursive: true, force: true })];

  beforeAll(async () => {
    const url = await freshDatabaseUrl(cleanups);
    if (url) env.DATABASE_URL = url;
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  return {
    dataDir,
    env,
    /** Runs `finlet …args`; rejects with a CliFailure when the process exits non-zero. */
    finlet: (...args: string[]) => run(process.execPath, ['--import', 'tsx', cli, ...args], { env }),
  };
}
