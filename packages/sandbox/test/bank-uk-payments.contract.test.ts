/**
 * Sandbox Bank UK payment initiation over real HTTP: consent → the user's authorisation at the
 * consent page (MFA user included) → domestic payment → settlement reads, every answer validated
 * against the official UK Open Banking 4.0 Payment Initiation OpenAPI file; the sandbox rules
 * (amount ending in 99 rejected, denied consent) and idempotency keys exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginAnswers } from '../src/bank-common/login-driver.ts';
import { createBankUk } from '../src/bank-uk/index.ts';
import { officialContract, type RunningBank, startContractBank, type Tpp } from './bank-harness.ts';

const BASE = '/open-banking/v4.0/pisp';
const contract = officialContract('openapi/uk-obie-v4.0.0/payment-initiation-openapi.yaml', BASE);
type Obj = Record<string, any>;

let running: RunningBank;
let tpp: Tpp;

beforeAll(async () => {
  ({ running, tpp } = await startContractBank(createBankUk, contract));
});
afterAll(async () => running?.close());

const initiation = (amount: string) => ({
  InstructionIdentification: 'fin-instr-1',
  EndToEndIdentification: 'fin-e2e-1',
  InstructedAmount: { Amount: amount, Currency: 'GBP' },
  CreditorAccount: {
    SchemeName: 'UK.OBIE.SortCodeAccountNumber',
    Identification: '04000412345678',
    Name: 'Finlet Merchant',
  },
  RemittanceInformation: { Reference: 'pay_test' },
});

async function createConsent(amount: string, key = crypto.randomUUID()) {
  const token = await tpp.clientCredentials();
  return tpp.api(
    'POST',
    `${BASE}/domestic-payment-consents`,
    { authorization: `Bearer ${token}`, 'x-idempotency-key': key },
    { Data: { Initiation: initiation(amount) }, Risk: {} },
  );
}

async function authorise(consentId: string, answers: LoginAnswers) {
  const { redirect, verifier } = await tpp.authorizeAtBank(consentId, answers);
  const code = redirect.searchParams.get('code');
  if (!code) return { error: redirect.searchParams.get('error') };
  const tokens = await tpp.exchange(code, verifier);
  return { bearer: `Bearer ${tokens.access_token}` };
}

async function pay(amount: string, answers: LoginAnswers) {
  const consent = await createConsent(amount);
  expect(consent.status).toBe(201);
  const consentId = (consent.body as Obj).Data.ConsentId as string;
  const auth = await authorise(consentId, answers);
  if (!auth.bearer) throw new Error(`denied: ${auth.error}`);
  const key = crypto.randomUUID();
  const submit = () =>
    tpp.api(
      'POST',
      `${BASE}/domestic-payments`,
      { authorization: auth.bearer, 'x-idempotency-key': key },
      {
        Data: { ConsentId: consentId, Initiation: initiation(amount) },
        Risk: {},
      },
    );
  const first = await submit();
  const again = await submit();
  return { consentId, first, again };
}

async function read(paymentId: string) {
  const token = await tpp.clientCredentials();
  return tpp.api('GET', `${BASE}/domestic-payments/${paymentId}`, { authorization: `Bearer ${token}` });
}

describe('Sandbox Bank UK payment initiation', () => {
  it('pays: AWAU consent, MFA user authorises, ACSP then ACSC, all answers in contract', async () => {
    const { consentId, first, again } = await pay('12.34', {
      username: 'user_mfa',
      password: 'pass_good',
      otp: '123456',
    });
    expect(first.status).toBe(201);
    const payment = (first.body as Obj).Data;
    expect(payment.Status).toBe('ACSP');
    expect(payment.ConsentId).toBe(consentId);
    // The same x-idempotency-key answers the same payment.
    expect((again.body as Obj).Data.DomesticPaymentId).toBe(payment.DomesticPaymentId);
    const settled = await read(payment.DomesticPaymentId);
    expect((settled.body as Obj).Data.Status).toBe('ACSC');
    const consent = await tpp.api('GET', `${BASE}/domestic-payment-consents/${consentId}`, {
      authorization: `Bearer ${await tpp.clientCredentials()}`,
    });
    expect((consent.body as Obj).Data.Status).toBe('AUTH');
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
    expect(tpp.checks.length).toBe(5);
  });

  it('rejects an amount ending in 99 minor units at settlement', async () => {
    const { first } = await pay('10.99', { username: 'user_good', password: 'pass_good' });
    const settled = await read((first.body as Obj).Data.DomesticPaymentId);
    expect((settled.body as Obj).Data.Status).toBe('RJCT');
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('a denied consent is RJCT and cannot be paid', async () => {
    const consent = await createConsent('5.00');
    const consentId = (consent.body as Obj).Data.ConsentId as string;
    const auth = await authorise(consentId, {
      username: 'user_deny',
      password: 'pass_good',
      decision: 'deny',
    });
    expect(auth.error).toBe('access_denied');
    const read = await tpp.api('GET', `${BASE}/domestic-payment-consents/${consentId}`, {
      authorization: `Bearer ${await tpp.clientCredentials()}`,
    });
    expect((read.body as Obj).Data.Status).toBe('RJCT');
  });

  it('the same consent idempotency key answers the same consent; a missing key is a 400', async () => {
    const key = crypto.randomUUID();
    const a = await createConsent('1.00', key);
    const b = await createConsent('1.00', key);
    expect((a.body as Obj).Data.ConsentId).toBe((b.body as Obj).Data.ConsentId);
    const token = await tpp.clientCredentials();
    const missing = await tpp.api(
      'POST',
      `${BASE}/domestic-payment-consents`,
      { authorization: `Bearer ${token}` },
      { Data: { Initiation: initiation('1.00') }, Risk: {} },
    );
    expect(missing.status).toBe(400);
    expect((missing.body as Obj).Errors[0].Path).toBe('x-idempotency-key');
  });
});
