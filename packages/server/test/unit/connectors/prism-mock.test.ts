/**
 * The document-driven mock the Adyen and Onfido connectors are tested against (support/prism.ts):
 * Prism started on the official document answers a request the document allows from the
 * document's examples, and refuses one it does not allow with 422 and the violations named — so a
 * connector test fails on any request Finlet builds wrongly, not only on answers it misreads.
 */
import { dataFile } from '@finlet/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrismMock, startPrism } from '../../support/prism.ts';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('Adyen Checkout API v71 (CheckoutService-v71.json)', () => {
  let adyen: PrismMock;
  beforeAll(async () => {
    adyen = await startPrism(dataFile('providers', 'adyen', 'CheckoutService-v71.json'));
  });
  afterAll(() => adyen?.close());

  const payment = {
    amount: { currency: 'EUR', value: 1000 },
    merchantAccount: 'FinletTestMerchant',
    reference: 'pay_123',
    paymentMethod: {
      type: 'scheme',
      encryptedCardNumber: 'adyenjs_0_1_25$…',
      encryptedExpiryMonth: 'adyenjs_0_1_25$…',
      encryptedExpiryYear: 'adyenjs_0_1_25$…',
      encryptedSecurityCode: 'adyenjs_0_1_25$…',
    },
    returnUrl: 'https://finlet.example/return',
  };

  it('answers a /payments request the document allows with a payment response from the document', async () => {
    const before = adyen.requests.length;
    const res = await fetch(`${adyen.url}/payments`, json(payment, { 'x-api-key': 'AQE_test' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { resultCode?: unknown };
    expect(typeof body.resultCode).toBe('string');
    expect(adyen.requests.slice(before)).toEqual([
      { method: 'POST', path: '/payments', status: 200, violations: [] },
    ]);
  });

  it('refuses a request that breaks the document with 422, naming each violation', async () => {
    const before = adyen.violations.length;
    const { merchantAccount: _, ...withoutMerchant } = payment;
    const broken = { ...withoutMerchant, amount: { currency: 'EUR', value: '10.00' } };
    const res = await fetch(`${adyen.url}/payments`, json(broken, { 'x-api-key': 'AQE_test' }));
    expect(res.status).toBe(422);
    const found = adyen.violations.slice(before);
    expect(found.map((v) => v.request)).toEqual(['POST /payments', 'POST /payments']);
    expect(found.map((v) => v.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("required property 'merchantAccount'"),
        expect.stringContaining('amount.value must be integer'),
      ]),
    );
  });

  it('refuses a request without the API key the document requires', async () => {
    const res = await fetch(`${adyen.url}/payments`, json(payment));
    expect(res.status).toBe(401);
  });
});

describe('Onfido API v3.6 (openapi-v3.6.json)', () => {
  let onfido: PrismMock;
  beforeAll(async () => {
    onfido = await startPrism(dataFile('providers', 'onfido', 'openapi-v3.6.json'));
  });
  afterAll(() => onfido?.close());

  const auth = { authorization: 'Token token=api_sandbox.test' };

  it('creates an applicant from a valid request, and refuses one with a field of the wrong type', async () => {
    const ok = await fetch(`${onfido.url}/applicants`, json({ first_name: 'Jane', last_name: 'Doe' }, auth));
    expect(ok.status).toBe(201);
    expect(typeof ((await ok.json()) as { id?: unknown }).id).toBe('string');
    expect(onfido.violations).toEqual([]);

    const bad = await fetch(`${onfido.url}/applicants`, json({ first_name: 'Jane', last_name: 42 }, auth));
    expect(bad.status).toBe(422);
    expect(onfido.violations.map((v) => v.location.join('.'))).toEqual(['request.body.last_name']);
  });
});
