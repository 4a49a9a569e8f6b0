/**
 * Money under provider faults (issue 11): a bounded local load of mixed payments — cards (plain,
 * declined, frictionless and challenged 3-D Secure) and pay by bank at Sandbox Bank UK and EU,
 * the bank login driven headlessly over HTTP — while 30 % of Finlet's calls to the processor and
 * the banks meet an injected fault (5xx, 503, 429, a hang, `hang_after`: done but never answered,
 * a malformed body), each with the sandbox's own fault injection (`X-Sandbox-Fault`, drawn from a
 * seeded random source). Shoppers retry like people do (a new attempt after an error or a failed
 * payment). Then it runs the server's housekeeping until every payment is final (at most 60 s) and
 * compares Finlet with the providers' own records: payments attempted, final states per status,
 * payments still not final, mismatches against the processor's and the banks' ledgers, and double
 * charges (money moved twice for one order; must be 0). Prints figures; asserts nothing.
 * Run alone: `npx tsx bench/money.ts` (BENCH_MONEY_SESSIONS, default 60; BENCH_MONEY_SEED, default 11).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loginThroughBank } from '../packages/sandbox/src/bank-common/login-driver.ts';
import { type InitiatedPayment, isRejectedAmount } from '../packages/sandbox/src/bank-common/payments.ts';
import type { SandboxBank } from '../packages/sandbox/src/bank-common/shell.ts';
import type { BankOptions } from '../packages/sandbox/src/bank-common/types.ts';
import { createBankEu } from '../packages/sandbox/src/bank-eu/index.ts';
import { createBankUk } from '../packages/sandbox/src/bank-uk/index.ts';
import { createProcessor } from '../packages/sandbox/src/processor/app.ts';
import { listenOn } from '../packages/sandbox/src/serve.ts';
import { createApp } from '../packages/server/src/app.ts';
import { buildDeps } from '../packages/server/src/bootstrap.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { payments } from '../packages/server/src/db/schema.ts';
import { loadConfig } from '../packages/server/src/env.ts';
import { createLogger } from '../packages/server/src/observability/logger.ts';
import { createPartner } from '../packages/server/src/partners/create.ts';
import { pick, seededRandom } from '../packages/server/src/screening/evaluation/seeded-random.ts';
import { runHousekeeping } from '../packages/server/src/server.ts';
import { runBench, type Scope, withScope } from './support/cleanup.ts';
import { int, table } from './support/report.ts';

const SESSIONS = Number(process.env.BENCH_MONEY_SESSIONS ?? 60);
const SEED = Number(process.env.BENCH_MONEY_SEED ?? 11);
const SHOPPERS = 6;
const ATTEMPTS = 3;
const FAULT_RATE = 0.3;
const FAULTS = ['status=500', 'status=503', 'rate_limit=0', 'hang', 'hang_after', 'malformed'] as const;
const SETTLE_LIMIT_MS = 60_000;
const YEAR = new Date().getUTCFullYear() + 2;

type Kind = 'card' | 'card declined' | 'card 3DS frictionless' | 'card 3DS challenge' | 'bank UK' | 'bank EU';
const MIX: [Kind, number][] = [
  ['card', 0.3],
  ['card declined', 0.1],
  ['card 3DS frictionless', 0.15],
  ['card 3DS challenge', 0.1],
  ['bank UK', 0.175],
  ['bank EU', 0.175],
];
const CARD: Partial<Record<Kind, string>> = {
  card: '4242424242424242',
  'card declined': '4000000000000002',
  'card 3DS frictionless': '4000000000003055',
  'card 3DS challenge': '4000002760003184',
};
/** Outcomes a shopper does not retry: the card or the bank said no. */
const REFUSALS = new Set(['card_declined', 'bank_rejected', 'consent_denied', 'authentication_failed']);

/** Counts the faults injected per provider and kind. */
class FaultPlan {
  readonly injected = new Map<string, number>();
  readonly calls = new Map<string, number>();
  constructor(private readonly random: () => number) {}

  /** The request, with a fault header 30 % of the time. */
  apply(provider: string, request: Request): Request {
    this.calls.set(provider, (this.calls.get(provider) ?? 0) + 1);
    if (this.random() >= FAULT_RATE) return request;
    const spec = pick(this.random, FAULTS);
    const key = `${provider} ${spec}`;
    this.injected.set(key, (this.injected.get(key) ?? 0) + 1);
    const headers = new Headers(request.headers);
    headers.set('x-sandbox-fault', spec);
    return new Request(request, { headers });
  }
}

async function startBank(
  scope: Scope,
  name: string,
  create: (o: BankOptions) => Promise<SandboxBank>,
  jwk: Record<string, unknown>,
  publicUrl: string,
  plan: FaultPlan,
) {
  let bank: SandboxBank | undefined;
  const server = await listenOn(0, '127.0.0.1', (r) => {
    if (!bank) return new Response(null, { status: 503 });
    // The sign-in and consent pages are for people (the sandbox never faults them): only
    // Finlet's server-to-server calls (PAR, token, payments, status) meet faults.
    const path = new URL(r.url).pathname;
    const forPeople = path.startsWith('/interaction/') || path === '/auth' || path.startsWith('/auth/');
    return bank.app.fetch(forPeople ? r : plan.apply(name, r));
  });
  bank = await create({
    issuer: server.url,
    clients: [
      { clientId: 'finlet-sandbox', redirectUris: [`${publicUrl}/oauth/callback`], jwks: { keys: [jwk] } },
    ],
  });
  const started = bank;
  scope.defer(async () => {
    await started.close();
    await server.close();
  });
  return { bank: started, url: server.url };
}

export async function runMoneyBench(): Promise<void> {
  await withScope(async (scope) => {
    const setupStarted = performance.now();
    const random = seededRandom(SEED);
    const plan = new FaultPlan(seededRandom(SEED * 7919));
    let finletFetch: (r: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
    const finlet = await listenOn(0, '127.0.0.1', (r) => finletFetch(r));
    scope.defer(() => finlet.close());

    let processorFetch: (r: Request) => Response | Promise<Response> = () =>
      new Response(null, { status: 503 });
    const proc = await listenOn(0, '127.0.0.1', (r) => processorFetch(r));
    scope.defer(() => proc.close());
    const processor = createProcessor({
      publicUrl: proc.url,
      apiKey: 'psk_test_sandbox',
      callbackSecret: 'pcs_test_sandbox',
      frameAncestors: [finlet.url],
    });
    scope.defer(() => processor.close());
    // Finlet's API calls meet faults; the cardholder's 3-D Secure page does not.
    processorFetch = (r) =>
      processor.app.fetch(new URL(r.url).pathname.startsWith('/v1/') ? plan.apply('processor', r) : r);

    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'ES256', use: 'sig' };
    const uk = await startBank(scope, 'bank UK', createBankUk, jwk, finlet.url, plan);
    const eu = await startBank(scope, 'bank EU', createBankEu, jwk, finlet.url, plan);

    const database = await openDatabase({});
    scope.defer(() => database.close());
    const config = loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: finlet.url,
      FINLET_DATA_KEY: randomBytes(32).toString('base64'),
      FINLET_RATE_LIMIT: '1000000',
      FINLET_RATE_BURST: '1000000',
      FINLET_PROCESSOR_URL: proc.url,
      FINLET_PROCESSOR_TIMEOUT_MS: '500',
      FINLET_BANK_UK_URL: uk.url,
      FINLET_BANK_EU_URL: eu.url,
      FINLET_BANK_TIMEOUT_MS: '500',
      FINLET_BANK_CLIENT_KEY: JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: 'bench' }),
    });
    const deps = await buildDeps(config, { database, logger: createLogger('silent') });
    scope.defer(() => deps.screening.close());
    const app = createApp(deps);
    finletFetch = (r) => app.fetch(r);
    const partner = await createPartner(deps, {
      name: 'Bench Shop',
      allowedOrigins: ['https://shop.example'],
    });

    const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
    const finletCall = (path: string, init: RequestInit) => fetch(`${finlet.url}${path}`, init).then(json);

    let attempted = 0;
    const orders: { session: string; kind: Kind }[] = [];
    const kindOf = (): Kind => {
      const draw = random();
      let edge = 0;
      for (const [kind, share] of MIX) {
        edge += share;
        if (draw < edge) return kind;
      }
      return 'card';
    };

    async function shop(n: number): Promise<void> {
      const kind = kindOf();
      const bank = kind === 'bank UK' ? 'sandbox-bank-uk' : kind === 'bank EU' ? 'sandbox-bank-eu' : null;
      // Bank amounts vary; one in ten ends in 99 minor units, which the sandbox banks reject.
      const amount = bank ? 100 + Math.floor(random() * 9000) * 100 + (random() < 0.1 ? 99 : 0) : 1299;
      const currency = kind === 'bank UK' ? 'GBP' : 'EUR';
      const session = await finletCall('/v1/sessions', {
        method: 'POST',
        headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          flows: ['payment'],
          customer: { reference: `bench_${n}` },
          payment: { amount, currency, description: 'Bench order' },
          allowed_origins: ['https://shop.example'],
        }),
      });
      orders.push({ session: session.body.id, kind });
      const widget = (method: string, path: string, body?: unknown, key?: string) =>
        finletCall(`/widget/v1${path}`, {
          method,
          headers: {
            authorization: `Bearer ${session.body.client_token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const settle = async (id: string, status: string) => {
        for (let i = 0; i < 5 && (status === 'processing' || status === 'requires_action'); i++)
          status = (await widget('GET', `/payments/${id}`)).body.status ?? status;
        return status;
      };

      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        attempted++;
        const key = `att_bench_${n}_${attempt}`;
        let payment: { id: string; status: string; failure_code: string | null } | undefined;
        if (bank) {
          const started = await widget('POST', '/payments/bank', { method: 'bank', institution: bank }, key);
          if (started.status === 409) return;
          if (started.status !== 200) continue;
          const outcome = await loginThroughBank(started.body.authorization_url, {
            username: 'user_good',
            password: 'pass_good',
          }).catch(() => undefined);
          if (outcome?.kind === 'redirect')
            await fetch(`${finlet.url}${outcome.url.pathname}${outcome.url.search}`).then((r) =>
              r.arrayBuffer(),
            );
          payment = started.body.payment;
        } else {
          const card = { number: CARD[kind]!, exp_month: 12, exp_year: YEAR, cvc: '123' };
          const confirmed = await widget('POST', '/payments', { card }, key);
          if (confirmed.status === 409) return;
          if (confirmed.status !== 200) continue;
          payment = confirmed.body;
          if (payment?.status === 'requires_action') {
            const url = confirmed.body.next_action.url as string;
            await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: 'action=complete&code=123456',
              redirect: 'manual',
            }).then((r) => r.arrayBuffer());
          }
        }
        const status = await settle(payment!.id, payment!.status);
        const read = (await widget('GET', `/payments/${payment!.id}`)).body;
        // Paid, refused, or still on its way: the shopper stops. A failure for no reason of the card: again.
        if (status !== 'failed' || REFUSALS.has(read.failure_code)) return;
      }
    }

    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: SHOPPERS }, async () => {
        while (next < SESSIONS) await shop(next++);
      }),
    );
    const shopped = performance.now();

    // Shoppers who left a 3-D Secure challenge or a bank page unfinished leave their session open;
    // the partner cancels abandoned checkouts (as it would at the end of the day), which moves their
    // waiting payments on (canceled, or processing where the bank may already have the money).
    let canceledByPartner = 0;
    for (const order of orders) {
      const res = await finletCall(`/v1/sessions/${order.session}/cancel`, {
        method: 'POST',
        headers: { authorization: `Bearer ${partner.secret_key}` },
      });
      if (res.status === 200) canceledByPartner++;
    }

    // Reconciliation: the server's housekeeping, run until nothing is left in flight (bounded).
    const open = async () =>
      (await database.db.select({ status: payments.status }).from(payments)).filter(
        (p) => p.status === 'processing' || p.status === 'requires_action',
      ).length;
    let rounds = 0;
    while ((await open()) > 0 && performance.now() - shopped < SETTLE_LIMIT_MS) {
      await runHousekeeping(deps);
      rounds++;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const settled = performance.now();

    // The providers' ledgers against Finlet's payments.
    const rows = await database.db.select().from(payments);
    const bySession = new Map<string, typeof rows>();
    for (const row of rows) bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row]);
    const charges = [...processor.state.payments.values()].map((r) => r.payment);
    const bankPayments: InitiatedPayment[] = [...uk.bank.payments.list(), ...eu.bank.payments.list()];
    const known = new Set(rows.map((r) => r.id));
    const submitted = (p: InitiatedPayment) => p.consent === 'consumed' && p.submittedAt !== undefined;
    const mismatches: string[] = [];
    let moneyMoved = 0;
    let doubleCharges = 0;
    for (const row of rows) {
      const final = !['processing', 'requires_action'].includes(row.status);
      let moved = false;
      let expected: string[];
      let record = 'nothing';
      if (row.method === 'card') {
        const mine = charges.filter((c) => c.reference === row.id);
        if (mine.length > 1) mismatches.push(`${row.id}: ${mine.length} processor charges`);
        const charge = mine[0];
        moved = charge?.status === 'succeeded';
        if (charge) record = `charge ${charge.status}`;
        expected = !charge
          ? ['failed']
          : charge.status === 'canceled'
            ? ['canceled', 'failed']
            : [charge.status];
      } else {
        const mine = bankPayments.filter((p) => p.endToEndId === row.id);
        if (mine.length > 1) mismatches.push(`${row.id}: ${mine.length} bank payments`);
        const at = mine[0];
        moved = at !== undefined && submitted(at) && !isRejectedAmount(at.amount);
        if (at)
          record = `${at.id.includes('-uk-') ? 'UK' : 'EU'} payment, consent ${at.consent}, ${at.reads} status reads`;
        expected = moved ? ['succeeded'] : ['failed', 'canceled'];
      }
      if (moved) moneyMoved++;
      if (final && !expected.includes(row.status))
        mismatches.push(
          `${row.id} (${row.method}): Finlet ${row.status} (${row.failureCode ?? '-'}), provider: ${record}`,
        );
    }
    for (const c of charges)
      if (!known.has(c.reference)) mismatches.push(`processor charge ${c.id} unknown to Finlet`);
    for (const p of bankPayments)
      if (submitted(p) && !known.has(p.endToEndId)) mismatches.push(`bank payment ${p.id} unknown to Finlet`);
    // Per order: every captured charge and every bank payment that moves money, whichever Finlet
    // payment it belongs to; more than one is a double charge.
    for (const list of bySession.values()) {
      const ids = new Set(list.map((r) => r.id));
      const moved =
        charges.filter((c) => ids.has(c.reference) && c.status === 'succeeded').length +
        bankPayments.filter((p) => ids.has(p.endToEndId) && submitted(p) && !isRejectedAmount(p.amount))
          .length;
      if (moved > 1) doubleCharges += moved - 1;
    }

    const byStatus = new Map<string, number>();
    const failures = new Map<string, number>();
    for (const r of rows) {
      byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      if (r.failureCode) failures.set(r.failureCode, (failures.get(r.failureCode) ?? 0) + 1);
    }
    const why = [...failures].map(([code, v]) => `${v} ${code}`).join(', ');
    const notFinal = (byStatus.get('processing') ?? 0) + (byStatus.get('requires_action') ?? 0);
    const faultsInjected = [...plan.injected.values()].reduce((a, b) => a + b, 0);
    const providerCalls = [...plan.calls.values()].reduce((a, b) => a + b, 0);
    const kinds = new Map<string, number>();
    for (const o of orders) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);

    console.log('\n## Money under provider faults: mixed payments, reconciliation, provider ledgers');
    console.log(
      `${orders.length} orders (${[...kinds].map(([k, v]) => `${v} ${k}`).join(', ')}), ${SHOPPERS} shoppers at once, ` +
        `faults on ${int(faultsInjected)} of ${int(providerCalls)} provider calls (${((faultsInjected / providerCalls) * 100).toFixed(0)} %), seed ${SEED}`,
    );
    table(
      'Faults injected',
      ['provider fault', 'count'],
      [...plan.injected].sort().map(([k, v]) => [k, v]),
    );
    table(
      'Payments',
      ['figure', 'value'],
      [
        ['payments attempted (confirm / bank start requests)', attempted],
        ['payments created; by status:', rows.length],
        ...[...byStatus].sort().map(([s, v]): [string, number] => [`  ${s}`, v]),
        ['sessions left open by the shopper, canceled by the partner', canceledByPartner],
        ['payments still not final', notFinal],
        ['money moved at the providers (captured charges, submitted bank payments)', moneyMoved],
        ['mismatches against the processor and bank ledgers', mismatches.length],
        ['double charges (money moved twice for one order)', doubleCharges],
        ['setup time (database, providers)', `${((started - setupStarted) / 1000).toFixed(1)} s`],
        ['shopping time', `${((shopped - started) / 1000).toFixed(1)} s`],
        [
          'reconciliation time (housekeeping runs)',
          `${((settled - shopped) / 1000).toFixed(1)} s (${rounds})`,
        ],
      ],
    );
    if (why) console.log(`failure codes: ${why}`);
    for (const m of mismatches.slice(0, 10)) console.log(`mismatch: ${m}`);
    if (mismatches.length > 10) console.log(`… and ${mismatches.length - 10} more`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runBench(runMoneyBench);
