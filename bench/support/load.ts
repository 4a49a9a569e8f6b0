/**
 * HTTP load through autocannon in a child process (see load-runner.ts): `runLoad(spec)` returns
 * req/s, p50/p99 latency and the error counts of one run. The child is killed if the bench fails
 * or runs past its time budget.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scope } from './cleanup.ts';

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** Fixed total request rate (autocannon `overallRate`); omitted = as fast as possible. */
  overallRate?: number;
  warmupSeconds: number;
}

export interface LoadResult {
  rps: number;
  ok: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, including timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export function runLoad(scope: Scope, spec: LoadSpec): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'load-runner.ts'), JSON.stringify(spec)],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  scope.defer(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const budgetMs = (spec.seconds + spec.warmupSeconds + 30) * 1000;
  const budget = setTimeout(() => child.kill('SIGKILL'), budgetMs);
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(budget);
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line) {
        reject(new Error(`autocannon run failed (exit ${code ?? signal}): ${out.slice(-500)}`));
        return;
      }
      resolve(JSON.parse(line) as LoadResult);
    });
  });
}
