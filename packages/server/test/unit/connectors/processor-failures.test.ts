/**
 * The card processor connector on the one resilience layer, against the real Sandbox Processor
 * with injected faults: every failure keeps the `ProcessorFailure.kind` the payments code decides
 * on — `unknown` whenever the charge may have happened (timeout, 5xx other than 503, unreadable
 * answer, and for good once any attempt may have reached the processor), `unavailable` when it
 * certainly did not (429/503 on every attempt, circuit open), `rejected` for a refusal.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProcessor, type Processor } from '../../../../sandbox/src/processor/app.ts';
import { listenOn, type RunningServer } from '../../../../sandbox/src/serve.ts';
import { ManualClock } from '../../../src/clock.ts';
import { type CardProcessor, ProcessorFailure } from '../../../src/connectors/payments/processor.ts';
import { createSandboxProcessor } from '../../../src/connectors/payments/sandbox-processor.ts';

const KEY = 'psk_test_failures';
const PUBLISHABLE = 'ppk_test_failures';
let processor: Processor;
let server: RunningServer;
let clock: ManualClock;
let connector: CardProcessor;
const FUTURE = new Date().getUTCFullYear() + 2;

beforeAll(async () => {
  let app: Processor['app'] | undefined;
  server = await listenOn(0, '127.0.0.1', (r) => app?.fetch(r) ?? new Response(null, { status: 503 }));
  processor = createProcessor({
    publicUrl: server.url,
    apiKey: KEY,
    publishableKey: PUBLISHABLE,
    callbackSecret: 'pcs_test_failures',
    frameAncestors: [],
  });
  app = processor.app;
});
afterAll(async () => {
  processor.faults.releaseHangs();
  processor.close();
  await server.close();
});
beforeEach(() => {
  processor.faults.clear();
  clock = new ManualClock(new Date());
  connector = createSandboxProcessor({
    baseUrl: server.url,
    apiKey: KEY,
    publishableKey: PUBLISHABLE,
    callbackSecret: 'pcs_test_failures',
    timeoutMs: 1500,
    clock,
    resilience: { baseDelayMs: 1, maxDelayMs: 5 },
  });
});

async function failureOf(call: Promise<unknown>): Promise<ProcessorFailure> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProcessorFailure);
  return error as ProcessorFailure;
}

/** A token as the widget's browser makes it: straight at the processor with the publishable key. */
async function browserToken(): Promise<string> {
  const res = await fetch(`${server.url}/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${PUBLISHABLE}`, 'content-type': 'application/json' },
    body: JSON.stringify({ number: '4242424242424242', exp_month: 12, exp_year: FUTURE, cvc: '123' }),
  });
  return ((await res.json()) as { id: string }).id;
}

const chargeInput = (token: string, reference: string) => ({
  source: { type: 'token' as const, token },
  amount: 500,
  currency: 'EUR',
  reference,
  returnUrl: 'http://finlet.test/r',
  callbackUrl: 'http://finlet.test/c',
  frameAncestors: [],
});

/** A charge with a fresh token, under the Idempotency-Key `key`. */
const charge = async (key: string) => connector.charge(chargeInput(await browserToken(), key), key);

describe('ProcessorFailure.kind', () => {
  it('a refusal is rejected, with the field it is about', async () => {
    const unknown = await failureOf(
      connector.describe({ type: 'token', token: 'tok_000000000000000000000000' }),
    );
    expect(unknown).toMatchObject({
      kind: 'rejected',
      code: 'invalid_request',
      param: 'payment_method.token',
    });
    const used = await browserToken();
    await connector.charge(chargeInput(used, 'pay_used'), 'charge_used_1');
    const again = await failureOf(connector.charge(chargeInput(used, 'pay_used'), 'charge_used_2'));
    expect(again).toMatchObject({ kind: 'rejected', providerCode: 'token_already_used' });
  });

  it('describes a browser-made token by brand, last 4 and expiry', async () => {
    expect(await connector.describe({ type: 'token', token: await browserToken() })).toEqual({
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: FUTURE,
    });
  });

  it('503 on every attempt: unavailable (the processor refused before processing)', async () => {
    processor.faults.next(3, 'status=503', { path: '/v1/payments' });
    const failure = await failureOf(charge('charge_503'));
    expect(failure).toMatchObject({ kind: 'unavailable', code: 'provider_unavailable' });
  });

  it('500 on every attempt: unknown (the processor may have acted)', async () => {
    processor.faults.next(3, 'status=500', { path: '/v1/payments' });
    expect(await failureOf(charge('charge_500'))).toMatchObject({ kind: 'unknown', code: 'provider_error' });
  });

  it('a 500 then 503s: still unknown — a later refusal does not undo what the first attempt may have done', async () => {
    processor.faults.next(1, 'status=500', { path: '/v1/payments' });
    processor.faults.next(2, 'status=503', { path: '/v1/payments' });
    expect(await failureOf(charge('charge_mixed'))).toMatchObject({
      kind: 'unknown',
      code: 'provider_unavailable',
    });
  });

  it('a charge recorded whose answer never comes: unknown, provider_timeout', async () => {
    const token = await browserToken();
    processor.faults.next(3, 'hang_after', { path: '/v1/payments' });
    const hung = connector.charge(chargeInput(token, 'pay_hang'), 'charge_pay_hang');
    expect(await failureOf(hung)).toMatchObject({ kind: 'unknown', code: 'provider_timeout' });
    processor.faults.releaseHangs();
    // The processor made exactly one charge for the key, which reconciliation finds.
    expect(await connector.findCharge('charge_pay_hang')).toMatchObject({ reference: 'pay_hang' });
  });

  it('an unreadable success is retried, and unknown when it stays unreadable', async () => {
    processor.faults.next(1, 'malformed', { path: '/v1/payments' });
    expect((await charge('charge_malformed_once')).id).toMatch(/^pi_/);
    processor.faults.next(3, 'malformed', { path: '/v1/payments' });
    expect(await failureOf(charge('charge_malformed'))).toMatchObject({
      kind: 'unknown',
      code: 'provider_error',
    });
  });

  it('an open circuit: unavailable without calling; after the cool-down on the clock it calls again', async () => {
    processor.faults.next(6, 'status=500', { path: '/v1/payments' });
    await failureOf(charge('charge_a'));
    await failureOf(charge('charge_b'));
    const open = await failureOf(charge('charge_c'));
    expect(open).toMatchObject({ kind: 'unavailable', code: 'provider_unavailable' });
    processor.faults.clear();
    clock.advance(10_000);
    expect((await charge('charge_d')).id).toMatch(/^pi_/);
  });
});

it('bounds a charge call: chargeWindowMs covers every attempt, wait and half-open trial', () => {
  // 3 attempts × (a trial to wait for + its own timeout) + 2 waits of at most the longest delay.
  expect(connector.chargeWindowMs).toBe(3 * 2 * 1500 + 2 * 2000);
});
