/**
 * The Adyen connector against Adyen's official Checkout API v71 document: Prism, made from the
 * document, validates every request the connector sends (a violation fails the test) and answers
 * from the document's own examples, which the connector must read as Adyen means them; the
 * scripted fake (support/adyen-fake.ts, ajv-checked against the same document) plays the flows that
 * need state — the 3-D Secure redirect round trip, refusals, refunds, faults.
 */
import { dataFile } from '@finlet/data';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdyenProcessor } from '../../../src/connectors/payments/adyen.ts';
import {
  type CardSource,
  type ChargeInput,
  ProcessorFailure,
} from '../../../src/connectors/payments/processor.ts';
import {
  ADYEN_TEST_CARDS,
  type AdyenFake,
  encryptedTestCard,
  startAdyenFake,
} from '../../support/adyen-fake.ts';
import { type PrismMock, startPrism } from '../../support/prism.ts';

const encrypted = (number: string) => encryptedTestCard(number, 'J. Smith');

const charge = (source: CardSource, reference = 'pay_contract1'): ChargeInput => ({
  source,
  amount: 1250,
  currency: 'eur',
  reference,
  returnUrl: 'https://finlet.example/payments/3ds-return?session=ses_abc',
  callbackUrl: 'https://finlet.example/callbacks/processor/pa_abc',
  frameAncestors: ['https://finlet.example'],
});

const connector = (url: string, o: { retries?: number; timeoutMs?: number; apiKey?: string } = {}) =>
  createAdyenProcessor({
    baseUrl: url,
    merchantAccount: 'FinletECOM',
    clientKey: 'test_ABCDEFGH12345678',
    publicKey: `10001|${'A1'.repeat(128)}`,
    apiKey: o.apiKey ?? 'AQEyhmfxLI3MaBFLw0m',
    hmacKey: '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056',
    timeoutMs: o.timeoutMs ?? 5000,
    resilience: { retries: o.retries ?? 2, baseDelayMs: 1, maxDelayMs: 5 },
  });

async function failureOf(p: Promise<unknown>): Promise<ProcessorFailure> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProcessorFailure);
  return error as ProcessorFailure;
}

describe('Adyen connector against Prism on CheckoutService-v71.json', () => {
  let prism: PrismMock;
  beforeAll(async () => {
    prism = await startPrism(dataFile('providers', 'adyen', 'CheckoutService-v71.json'));
  });
  afterAll(() => prism?.close());
  afterEach(() => {
    prism.example = undefined;
    // Every request the connector sent is one the document allows.
    expect(prism.violations).toEqual([]);
  });

  it('charges encrypted card fields with a /payments request the document allows, and reads Authorised as succeeded', async () => {
    prism.example = 'card-securedfields';
    const pp = await connector(prism.url).charge(
      charge(encrypted('adyenjs_0_1_25$Xk…')),
      'charge_pay_contract1',
    );
    expect(pp).toMatchObject({
      id: '993617895215577D',
      status: 'succeeded',
      decline_code: null,
      next_action: null,
    });
    expect(prism.requests.at(-1)).toMatchObject({ method: 'POST', path: '/payments', status: 200 });
  });

  it('reads the document’s 3-D Secure redirect answer as requires_action with the redirect URL', async () => {
    prism.example = 'card-3d-secure-redirect';
    const pp = await connector(prism.url).charge(charge(encrypted('adyenjs_0_1_25$Xk…')), 'charge_pay_3ds');
    expect(pp).toMatchObject({
      id: 'JLCMPCQ8HXSKGK82',
      status: 'requires_action',
      next_action: {
        type: 'three_d_secure',
        url: 'https://checkoutshopper-test.adyen.com/checkoutshopper/threeDS/redirect...',
      },
      card: { brand: 'mastercard', last4: '5454' },
    });
  });

  it('keeps an answer it cannot show (a native 3DS2 action) unknown, never failed', async () => {
    prism.example = 'card-3d-secure-2-web';
    const failure = await failureOf(
      connector(prism.url).charge(charge(encrypted('adyenjs_x')), 'charge_pay_native'),
    );
    expect(failure).toMatchObject({ kind: 'unknown', providerCode: 'IdentifyShopper' });
  });

  it('completes the 3-D Secure return with /payments/details, refunds, and cancels by a reversal (cancel or refund, as Adyen finds the payment) — each request valid', async () => {
    const adyen = connector(prism.url);
    const done = await adyen.completeReturn!('JLCMPCQ8HXSKGK82', { redirectResult: 'X6XtfGC3!Y...' });
    expect(done).toMatchObject({ id: 'V4HZ4RBFJGXXGN82', status: 'succeeded' });
    const refund = await adyen.refund('993617894903480A', 500, 'ref_contract1', 'eur');
    expect(refund).toEqual({
      id: '993617894906488A',
      payment: '993617894903480A',
      amount: 500,
      status: 'succeeded',
    });
    expect((await adyen.cancel('993617894903480A')).status).toBe('canceled');
    expect(prism.requests.slice(-3).map((r) => [r.path, r.status])).toEqual([
      ['/payments/details', 200],
      ['/payments/993617894903480A/refunds', 201],
      ['/payments/993617894903480A/reversals', 201],
    ]);
  });
});

describe('Adyen connector against the scripted fake (flows with state)', () => {
  let fake: AdyenFake;
  beforeAll(async () => {
    fake = await startAdyenFake();
  });
  afterAll(() => fake?.close());
  afterEach(() => {
    // Each test answers for its own exchanges only.
    const found = fake.problems.splice(0);
    expect(found).toEqual([]);
  });

  it('runs the 3-D Secure redirect round trip: RedirectShopper → the shopper returns → details → Authorised', async () => {
    const adyen = connector(fake.url);
    const pp = await adyen.charge(charge(encrypted(ADYEN_TEST_CARDS.threeDS), 'pay_3ds1'), 'charge_pay_3ds1');
    expect(pp).toMatchObject({ status: 'requires_action', reference: 'pay_3ds1' });
    const back = new URL(fake.completeChallenge(pp.next_action!.url));
    // Adyen keeps Finlet's own query on the return URL and adds its result.
    expect(back.searchParams.get('session')).toBe('ses_abc');
    const done = await adyen.completeReturn!(pp.id, {
      redirectResult: back.searchParams.get('redirectResult')!,
    });
    expect(done).toMatchObject({ id: pp.id, status: 'succeeded', reference: 'pay_3ds1' });
    expect(done.card).toEqual({ brand: 'visa', last4: '1237', exp_month: 3, exp_year: 2030 });
  });

  it('sends the API key, the charge’s Idempotency-Key and only the ciphertext of the card', async () => {
    const before = fake.requests.length;
    await connector(fake.url).charge(
      charge(encrypted(ADYEN_TEST_CARDS.authorised), 'pay_sent1'),
      'charge_pay_sent1',
    );
    const [sent] = fake.requests.slice(before);
    expect(sent).toMatchObject({
      path: '/payments',
      apiKey: 'AQEyhmfxLI3MaBFLw0m',
      idempotencyKey: 'charge_pay_sent1',
    });
    expect(sent!.body).toMatchObject({
      amount: { currency: 'EUR', value: 1250 },
      merchantAccount: 'FinletECOM',
      reference: 'pay_sent1',
      channel: 'Web',
      authenticationData: { threeDSRequestData: { nativeThreeDS: 'disabled' } },
      paymentMethod: {
        type: 'scheme',
        encryptedCardNumber: ADYEN_TEST_CARDS.authorised,
        holderName: 'J. Smith',
      },
    });
  });

  it('reads Refused as failed with the decline code of its refusal reason', async () => {
    const pp = await connector(fake.url).charge(
      charge(encrypted(ADYEN_TEST_CARDS.refused), 'pay_ref1'),
      'charge_pay_ref1',
    );
    expect(pp).toMatchObject({ status: 'failed', decline_code: 'insufficient_funds' });
  });

  it('keeps Pending unknown (the notification decides), and a card-field validation error a rejection on its field', async () => {
    const adyen = connector(fake.url);
    expect(
      await failureOf(adyen.charge(charge(encrypted(ADYEN_TEST_CARDS.pending)), 'charge_pend')),
    ).toMatchObject({
      kind: 'unknown',
    });
    expect(await failureOf(adyen.charge(charge(encrypted('test_1234')), 'charge_bad'))).toMatchObject({
      kind: 'rejected',
      code: 'card_invalid',
      param: 'number',
      providerCode: '101',
    });
  });

  it('retries a 5xx with the same Idempotency-Key and gets the one charge Adyen made', async () => {
    const before = fake.requests.length;
    fake.failNext('/payments', '500');
    const pp = await connector(fake.url).charge(
      charge(encrypted(ADYEN_TEST_CARDS.authorised), 'pay_retry1'),
      'charge_pay_retry1',
    );
    expect(pp.status).toBe('succeeded');
    const sent = fake.requests.slice(before);
    expect(sent.map((r) => r.idempotencyKey)).toEqual(['charge_pay_retry1', 'charge_pay_retry1']);
  });

  it('calls a 5xx or a timeout with no retry left unknown — the money may have moved', async () => {
    fake.failNext('/payments', '500');
    const adyen = connector(fake.url, { retries: 0, timeoutMs: 1500 }); // the hang waits it out
    expect(
      await failureOf(adyen.charge(charge(encrypted(ADYEN_TEST_CARDS.authorised)), 'charge_500')),
    ).toMatchObject({
      kind: 'unknown',
      code: 'provider_error',
    });
    fake.failNext('/payments', 'hang');
    expect(
      await failureOf(adyen.charge(charge(encrypted(ADYEN_TEST_CARDS.authorised)), 'charge_hang')),
    ).toMatchObject({
      kind: 'unknown',
      code: 'provider_timeout',
    });
  });

  it('never claims to know what it cannot ask: retrieve and findCharge answer unavailable, not "no charge"', async () => {
    const adyen = connector(fake.url);
    expect(await failureOf(adyen.retrieve('993617895215577D'))).toMatchObject({ kind: 'unavailable' });
    expect(await failureOf(adyen.findCharge('charge_pay_x'))).toMatchObject({ kind: 'unavailable' });
  });

  it('refuses a token source and a wrong API key without moving money', async () => {
    const before = fake.requests.length;
    const token = await failureOf(
      connector(fake.url).charge(charge({ type: 'token', token: 'tok_1' }), 'charge_tok'),
    );
    expect(token).toMatchObject({ kind: 'rejected', code: 'card_invalid' });
    expect(fake.requests.length).toBe(before);
    const keyless = await failureOf(
      connector(fake.url, { apiKey: '' }).charge(
        charge(encrypted(ADYEN_TEST_CARDS.authorised)),
        'charge_nokey',
      ),
    );
    expect(keyless).toMatchObject({ kind: 'rejected', code: 'provider_error' });
  });

  it('refunds and cancels payments it made, in the payment’s currency', async () => {
    const adyen = connector(fake.url);
    const pp = await adyen.charge(
      charge(encrypted(ADYEN_TEST_CARDS.authorised), 'pay_rf1'),
      'charge_pay_rf1',
    );
    const before = fake.requests.length;
    const refund = await adyen.refund(pp.id, 300, 'ref_rf1', 'eur');
    expect(refund).toMatchObject({ payment: pp.id, amount: 300, status: 'succeeded' });
    expect(fake.requests[before]).toMatchObject({
      idempotencyKey: 'ref_rf1',
      body: { amount: { currency: 'EUR', value: 300 }, merchantAccount: 'FinletECOM', reference: 'ref_rf1' },
    });
    expect(await failureOf(adyen.refund('UNKNOWNPSP', 300, 'ref_rf2', 'eur'))).toMatchObject({
      kind: 'rejected',
      providerCode: '167',
    });
  });
});
