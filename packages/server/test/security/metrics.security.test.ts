/**
 * `/metrics` is not public (issue 12, item 8): it names routes, statuses and queue depths an
 * attacker should not read. In production it is served on the API port only behind
 * `FINLET_METRICS_TOKEN`; `FINLET_METRICS_PORT` moves it to a listener of its own (by default on
 * 127.0.0.1), off the API port.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/env.ts';
import { startServer } from '../../src/server.ts';
import { createTestContext, openTestDatabase, type TestContext } from '../support/harness.ts';
import { productionEnv } from '../support/production-env.ts';

const TOKEN = 'metrics_token_0123456789abcdef';
const open: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const c of open.splice(0)) await c.close();
});

async function context(env: Record<string, string>): Promise<TestContext> {
  const t = await createTestContext(env);
  open.push({
    close: async () => {
      t.deps.screening.close();
      await t.close();
    },
  });
  return t;
}

const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('/metrics', () => {
  it('is not served on the API port in production when nothing is configured', async () => {
    const t = await context(productionEnv());
    const res = await t.api('GET', '/metrics', { key: null });
    expect(res.status).toBe(404);
    expect(await code(res)).toBe('route_not_found');
    // A partner's secret key does not open it either.
    expect((await t.api('GET', '/metrics')).status).toBe(404);
  });

  it('answers only the FINLET_METRICS_TOKEN bearer when one is set', async () => {
    const t = await context({ ...productionEnv(), FINLET_METRICS_TOKEN: TOKEN });
    const bearer = (token: string) => ({ key: null, headers: { authorization: `Bearer ${token}` } });
    const none = await t.api('GET', '/metrics', { key: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await code(none)).toBe('invalid_metrics_token');
    for (const wrong of [`${TOKEN}x`, TOKEN.slice(0, -1), t.partner.secretKey]) {
      const res = await t.api('GET', '/metrics', bearer(wrong));
      expect(res.status).toBe(401);
      expect(await code(res)).toBe('invalid_metrics_token');
    }
    const ok = await t.api('GET', '/metrics', bearer(TOKEN));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('finlet_http_requests_total');
  });

  it('with FINLET_METRICS_PORT is served on its own listener and no longer on the API port', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-metrics-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      FINLET_METRICS_PORT: '0',
      FINLET_DATA_DIR: dataDir,
      FINLET_DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
    });
    const server = await startServer(config, { database: await openTestDatabase() });
    open.push({
      close: async () => {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    });
    expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.metricsUrl).not.toBe(server.url);
    const onApi = await fetch(`${server.url}/metrics`);
    expect(onApi.status).toBe(404);
    await onApi.arrayBuffer();
    const own = await fetch(`${server.metricsUrl}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('finlet_webhook_queue_depth');
    // The metrics listener serves nothing else.
    expect((await fetch(`${server.metricsUrl}/v1/sessions`)).status).toBe(404);
  });
});
