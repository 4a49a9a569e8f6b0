/**
 * Payment confirmation bench (issue 5): the real Finlet app on PGlite and the real Sandbox
 * Processor, each on its own port, and `POST /widget/v1/payments` timed end to end (tokenise, charge,
 * state change with its outbox events) — sequentially for latency, then with a few sessions in
 * parallel. Figures are printed, never asserted. Run alone: `npx tsx bench/payment.ts`
 * (BENCH_PAYMENTS, default 200).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createProcessor } from '../packages/sandbox/src/processor/app.ts';
import { listenOn } from '../packages/sandbox/src/serve.ts';
import { createApp } from '../packages/server/src/app.ts';
import { buildDeps } from '../packages/server/src/bootstrap.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { loadConfig } from '../packages/server/src/env.ts';
import { createLogger } from '../packages/server/src/observability/logger.ts';
import { createPartner } from '../packages/server/src/partners/create.ts';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 200);
const PARALLEL = 8;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runPaymentBench(): Promise<void> {
  let finletFetch: (r: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
  let processorFetch: (r: Request) => Response | Promise<Response> = () =>
    new Response(null, { status: 503 });
  const finlet = await listenOn(0, '127.0.0.1', (r) => finletFetch(r));
  const proc = await listenOn(0, '127.0.0.1', (r) => processorFetch(r));
  const processor = createProcessor({
    publicUrl: proc.url,
    apiKey: 'psk_test_sandbox',
    callbackSecret: 'pcs_test_sandbox',
    frameAncestors: [finlet.url],
  });
  processorFetch = (r) => processor.app.fetch(r);
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: finlet.url,
    FINLET_PROCESSOR_URL: proc.url,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    FINLET_RATE_LIMIT: '100000',
    FINLET_RATE_BURST: '100000',
  });
  const database = await openDatabase({});
  const deps = await buildDeps(config, { database, logger: createLogger('silent') });
  const app = createApp(deps);
  finletFetch = (r) => app.fetch(r);
  const partner = await createPartner(deps, { name: 'Bench Shop', allowedOrigins: ['https://shop.example'] });

  async function confirmOnce(): Promise<number> {
    const created = await app.request('/v1/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        flows: ['payment'],
        customer: { reference: 'bench' },
        payment: { amount: 1299, currency: 'EUR', description: 'Bench mug' },
        allowed_origins: ['https://shop.example'],
      }),
    });
    const { client_token } = (await created.json()) as { client_token: string };
    const started = performance.now();
    const res = await fetch(`${finlet.url}/widget/v1/payments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${client_token}`,
        'content-type': 'application/json',
        'idempotency-key': `att_${randomUUID()}`,
      },
      body: JSON.stringify({
        card: { number: '4242424242424242', exp_month: 12, exp_year: 2099, cvc: '123' },
      }),
    });
    const body = (await res.json()) as { status: string };
    if (body.status !== 'succeeded') throw new Error(`bench payment ended ${body.status}`);
    return performance.now() - started;
  }

  try {
    for (let i = 0; i < 10; i++) await confirmOnce();
    const sequential: number[] = [];
    for (let i = 0; i < PAYMENTS; i++) sequential.push(await confirmOnce());
    const parallel: number[] = [];
    const wallStart = performance.now();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let i = 0; i < PAYMENTS / PARALLEL; i++) parallel.push(await confirmOnce());
      }),
    );
    const wall = (performance.now() - wallStart) / 1000;
    const report = (label: string, xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      console.log(`| ${label} | ${xs.length} | ${pct(s, 50).toFixed(1)} ms | ${pct(s, 99).toFixed(1)} ms |`);
    };
    console.log('\n## Payment confirmation (widget confirm → processor → state + outbox), PGlite');
    console.log('| run | payments | p50 | p99 |\n|---|---|---|---|');
    report('sequential', sequential);
    report(`${PARALLEL} sessions in parallel`, parallel);
    console.log(`throughput with ${PARALLEL} in parallel: ${(parallel.length / wall).toFixed(0)} payments/s`);
  } finally {
    processor.close();
    await Promise.allSettled([finlet.close(), proc.close()]);
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runPaymentBench();
