/**
 * Sandbox Bank EU payment initiation (Berlin Group 1.3.9, OAuth SCA approach) over real HTTP:
 * initiation → the user's authorisation at the consent page → status reads ACTC → ACSP → ACSC,
 * every answer validated against the official Berlin Group OpenAPI file; the sandbox rules (amount
 * ending in 99 rejected, denied authorisation RJCT), X-Request-ID idempotency and the payment
 * cancellation request (before and after the user's approval) exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginAnswers } from '../src/bank-common/login-driver.ts';
import { createBankEu } from '../src/bank-eu/index.ts';
import {
  BERLIN_GROUP_OPENAPI,
  officialContract,
  type RunningBank,
  startContractBank,
  type Tpp,
} from './bank-harness.ts';

const BASE = '/v1/payments/sepa-credit-transfers';
const contract = officialContract(BERLIN_GROUP_OPENAPI);
type Obj = Record<string, any>;

let running: RunningBank;
let tpp: Tpp;

beforeAll(async () => {
  ({ running, tpp } = await startContractBank(createBankEu, contract));
});
afterAll(async () => running?.close());

const order = (amount: string) => ({
  endToEndIdentification: 'fin-e2e-1',
  instructedAmount: { currency: 'EUR', amount },
  creditorAccount: { iban: 'DE89370400440532013000' },
  creditorName: 'Finlet Merchant',
  remittanceInformationUnstructured: 'pay_test',
});

const initiate = (amount: string, requestId = crypto.randomUUID()) =>
  tpp.api('POST', BASE, { 'x-request-id': requestId }, order(amount));

async function authorise(paymentId: string, answers: LoginAnswers) {
  return (await tpp.authorizeAtBank(paymentId, answers)).redirect.searchParams;
}

const status = async (id: string) =>
  ((await tpp.api('GET', `${BASE}/${id}/status`, { 'x-request-id': crypto.randomUUID() })).body as Obj)
    .transactionStatus;

describe('Sandbox Bank EU payment initiation', () => {
  it('pays: RCVD, MFA user authorises, ACTC → ACSP → ACSC, all answers in contract', async () => {
    const requestId = crypto.randomUUID();
    const created = await initiate('25.00', requestId);
    expect(created.status).toBe(201);
    const { paymentId, transactionStatus, _links } = created.body as Obj;
    expect(transactionStatus).toBe('RCVD');
    expect(_links.scaOAuth.href).toContain('/.well-known/openid-configuration');
    // The same X-Request-ID answers the same payment.
    expect(((await initiate('25.00', requestId)).body as Obj).paymentId).toBe(paymentId);
    const back = await authorise(paymentId, { username: 'user_mfa', password: 'pass_good', otp: '123456' });
    expect(back.get('code')).toBeTruthy();
    expect(await status(paymentId)).toBe('ACTC');
    expect(await status(paymentId)).toBe('ACSP');
    const full = await tpp.api('GET', `${BASE}/${paymentId}`, { 'x-request-id': crypto.randomUUID() });
    expect((full.body as Obj).transactionStatus).toBe('ACSC');
    expect((full.body as Obj).debtorAccount.iban).toMatch(/^DE/);
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
    expect(tpp.checks.length).toBe(5);
  });

  it('rejects an amount ending in 99 minor units at settlement', async () => {
    const { paymentId } = (await initiate('3.99')).body as Obj;
    await authorise(paymentId, { username: 'user_good', password: 'pass_good' });
    const seen = [await status(paymentId), await status(paymentId), await status(paymentId)];
    expect(seen).toEqual(['ACTC', 'ACSP', 'RJCT']);
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('a denied authorisation leaves the payment RJCT', async () => {
    const { paymentId } = (await initiate('8.00')).body as Obj;
    const back = await authorise(paymentId, {
      username: 'user_deny',
      password: 'pass_good',
      decision: 'deny',
    });
    expect(back.get('error')).toBe('access_denied');
    expect(await status(paymentId)).toBe('RJCT');
  });

  it('cancels a payment the user has not approved (204, then CANC, no longer offered), refuses one approved (405)', async () => {
    const { paymentId } = (await initiate('6.00')).body as Obj;
    const headers = () => ({ 'x-request-id': crypto.randomUUID() });
    const canceled = await tpp.api('DELETE', `${BASE}/${paymentId}`, headers());
    expect(canceled.status).toBe(204);
    expect((await tpp.api('DELETE', `${BASE}/${paymentId}`, headers())).status).toBe(204);
    expect(await status(paymentId)).toBe('CANC');
    // The bank's consent page no longer offers it: the user is sent back with an error, not a code.
    const back = await authorise(paymentId, { username: 'user_good', password: 'pass_good' });
    expect(back.get('code')).toBeNull();
    expect(back.get('error')).toBe('invalid_request');
    expect(await status(paymentId)).toBe('CANC');

    const approved = ((await initiate('7.00')).body as Obj).paymentId;
    await authorise(approved, { username: 'user_good', password: 'pass_good' });
    const refused = await tpp.api('DELETE', `${BASE}/${approved}`, headers());
    expect(refused.status).toBe(405);
    expect((refused.body as Obj).tppMessages[0].code).toBe('CANCELLATION_INVALID');
    expect(await status(approved)).toBe('ACTC');
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('refuses another currency and a malformed body with tppMessages', async () => {
    const wrong = await tpp.api(
      'POST',
      BASE,
      { 'x-request-id': crypto.randomUUID() },
      {
        ...order('1.00'),
        instructedAmount: { currency: 'USD', amount: '1.00' },
      },
    );
    expect(wrong.status).toBe(400);
    expect((wrong.body as Obj).tppMessages[0].code).toBe('PRODUCT_INVALID');
    const broken = await tpp.api(
      'POST',
      BASE,
      { 'x-request-id': crypto.randomUUID() },
      { creditorName: 'x' },
    );
    expect((broken.body as Obj).tppMessages[0].code).toBe('FORMAT_ERROR');
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });
});
