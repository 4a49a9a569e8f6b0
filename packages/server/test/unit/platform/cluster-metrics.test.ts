/**
 * `/metrics` of a host with several workers (FINLET_WORKERS) sums every worker that serves. A
 * worker still starting — forked, but not listening yet — serves nothing and cannot answer the
 * primary: a scrape then must not wait for it and fail (a 503 from the first worker to listen, the
 * image rehearsal's failure under load), but answer with the workers that serve.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const fixture = path.join(import.meta.dirname, '../../support/metrics-cluster.ts');
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function startCluster(lateMs: number) {
  child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    env: { ...process.env, LATE_WORKER_MS: String(lateMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = new Map<string, number>();
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const m of chunk.matchAll(/ready (\d) (\d+)/g)) ports.set(m[1]!, Number(m[2]));
    for (const w of waiters.splice(0)) w();
  });
  const worker = async (n: string) => {
    while (!ports.has(n)) await new Promise<void>((r) => waiters.push(r));
    return ports.get(n)!;
  };
  return { worker };
}

const total = (text: string) => Number(/^fixture_requests_total (\d+)/m.exec(text)?.[1]);

describe('cluster metrics', () => {
  it('answers a scrape while another worker is still starting, then sums both once it serves', {
    timeout: 60_000,
  }, async () => {
    const { worker } = startCluster(9_000);
    const first = await worker('1');
    const early = await fetch(`http://127.0.0.1:${first}/`);
    const earlyText = await early.text();
    expect(early.status, earlyText).toBe(200);
    expect(total(earlyText)).toBe(1);

    await worker('2');
    const late = await fetch(`http://127.0.0.1:${first}/`);
    const lateText = await late.text();
    expect(late.status, lateText).toBe(200);
    expect(total(lateText)).toBe(2);
  });
});
