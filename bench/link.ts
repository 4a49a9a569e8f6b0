/**
 * Link bench (issue 4): the real Finlet app (PGlite in memory) against both sandbox banks over
 * real HTTP. Links `user_history` (5,000 transactions) at each bank and times the first full
 * `GET /v1/transactions/sync` (all pages) with its memory cost, then measures `GET /v1/accounts`
 * latency (p50/p99) over HTTP with 10 concurrent clients. Prints figures; asserts nothing.
 * Run alone: `npx tsx bench/link.ts`.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loginThroughBank } from '../packages/sandbox/src/bank-common/login-driver.ts';
import type { SandboxBank } from '../packages/sandbox/src/bank-common/shell.ts';
import type { BankOptions } from '../packages/sandbox/src/bank-common/types.ts';
import { createBankEu } from '../packages/sandbox/src/bank-eu/index.ts';
import { createBankUk } from '../packages/sandbox/src/bank-uk/index.ts';
import { serveBank } from '../packages/sandbox/src/serve.ts';
import { createApp } from '../packages/server/src/app.ts';
import { buildDeps } from '../packages/server/src/bootstrap.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { loadConfig } from '../packages/server/src/env.ts';
import { createLogger } from '../packages/server/src/observability/logger.ts';
import { createPartner } from '../packages/server/src/partners/create.ts';

const PUBLIC_URL = 'http://finlet.bench';
const REQUESTS = Number(process.env.BENCH_LINK_REQUESTS ?? 2000);

async function startBank(create: (o: BankOptions) => Promise<SandboxBank>, jwk: Record<string, unknown>) {
  return serveBank((issuer) =>
    create({
      issuer,
      clients: [
        { clientId: 'finlet-sandbox', redirectUris: [`${PUBLIC_URL}/oauth/callback`], jwks: { keys: [jwk] } },
      ],
    }),
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function runLinkBench(): Promise<void> {
  console.log('\n## Link: 5,000-transaction sync and GET /v1/accounts');
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pub = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'ES256', use: 'sig' };
  const uk = await startBank(createBankUk, pub);
  const eu = await startBank(createBankEu, pub);
  const database = await openDatabase({});
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL,
    LOG_LEVEL: 'silent',
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    FINLET_RATE_LIMIT: '1000000',
    FINLET_RATE_BURST: '1000000',
    FINLET_BANK_UK_URL: uk.url,
    FINLET_BANK_EU_URL: eu.url,
    FINLET_BANK_CLIENT_KEY: JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: 'bench' }),
  });
  const deps = await buildDeps(config, { database, logger: createLogger('silent') });
  const app = createApp(deps);
  const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => http.once('listening', resolve));
  const address = http.address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  try {
    const partner = await createPartner(deps, { name: 'Bench', allowedOrigins: ['https://shop.example'] });
    const key = partner.secret_key;
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const rows: string[] = [];
    for (const institution of ['sandbox-bank-uk', 'sandbox-bank-eu']) {
      const session = await api('POST', '/v1/sessions', {
        flows: ['link'],
        customer: { reference: 'bench' },
        allowed_origins: ['https://shop.example'],
      });
      const widget = (method: string, path: string, body?: unknown) =>
        fetch(`${base}/widget/v1${path}`, {
          method,
          headers: {
            authorization: `Bearer ${session.body.client_token}`,
            'content-type': 'application/json',
          },
          body: body ? JSON.stringify(body) : undefined,
        }).then((r) => r.json() as Promise<any>);
      const linkStart = performance.now();
      const start = await widget('POST', '/link/start', { institution });
      const outcome = await loginThroughBank(start.authorization_url, {
        username: 'user_history',
        password: 'pass_good',
      });
      if (outcome.kind !== 'redirect') throw new Error('bank login did not redirect');
      await fetch(`${base}${outcome.url.pathname}${outcome.url.search}`);
      const view = await widget('GET', '/link');
      await widget('POST', '/link/accounts', { account_ids: view.accounts.map((a: { id: string }) => a.id) });
      const linkMs = performance.now() - linkStart;
      const linkId = (await api('GET', `/v1/sessions/${session.body.id}`)).body.flow_states.link.result
        .link_id;

      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
      const t0 = performance.now();
      let cursor = '';
      let count = 0;
      let pages = 0;
      for (;;) {
        const page = await api(
          'GET',
          `/v1/transactions/sync?link=${linkId}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        count += page.body.added.length;
        pages++;
        cursor = page.body.next_cursor;
        if (!page.body.has_more) break;
      }
      const syncMs = performance.now() - t0;
      clearInterval(sampler);
      const heapDelta = process.memoryUsage().heapUsed - heapBefore;
      rows.push(
        `| ${institution} | ${linkMs.toFixed(0)} ms | ${count} txns in ${pages} pages | ${syncMs.toFixed(0)} ms | ${(heapDelta / 1e6).toFixed(1)} MB | ${(peakRss / 1e6).toFixed(0)} MB |`,
      );
    }
    console.log('| bank | link (start→accounts) | full sync | sync time | heap Δ | peak RSS |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);

    const latencies: number[] = [];
    let next = 0;
    const client = async () => {
      while (next < REQUESTS) {
        next++;
        const t = performance.now();
        const res = await fetch(`${base}/v1/accounts`, { headers: { authorization: `Bearer ${key}` } });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 10 }, client));
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `\nGET /v1/accounts over HTTP, 10 concurrent, ${REQUESTS} requests: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ${(REQUESTS / seconds).toFixed(0)} req/s`,
    );
  } finally {
    http.close();
    await database.close();
    await uk.close();
    await eu.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runLinkBench().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
