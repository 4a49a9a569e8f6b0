/**
 * An open-loop load generator for "latency at N req/s": requests are sent at evenly spaced times
 * (not in a burst at the start of each second, as autocannon's `overallRate` does), over a pool of
 * keep-alive connections, and each latency is measured from the request's *scheduled* send time —
 * so a server that falls behind shows it in the percentiles (no coordinated omission, as in wrk2).
 */
import http from 'node:http';
import type { LoadResult, LoadSpec } from './load.ts';

export async function pacedLoad(spec: LoadSpec & { overallRate: number }): Promise<LoadResult> {
  const url = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const total = Math.round(spec.overallRate * spec.seconds);
  const interval = 1000 / spec.overallRate;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  const body = spec.body;
  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: spec.method,
          headers: { ...spec.headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
          agent,
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - scheduled);
            statusCodes[res.statusCode!] = (statusCodes[res.statusCode!] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.on('timeout', () => req.destroy());
      req.end(body);
    });

  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(scheduled));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const ok = Object.entries(statusCodes).reduce((n, [c, k]) => n + (c.startsWith('2') ? k : 0), 0);
  return {
    rps: latencies.length / seconds,
    ok,
    p50: pct(50),
    p99: pct(99),
    max: latencies.at(-1) ?? 0,
    errors,
    timeouts: 0,
    non2xx: latencies.length - ok,
    statusCodes,
  };
}
