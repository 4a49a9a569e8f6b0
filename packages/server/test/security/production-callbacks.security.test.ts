/**
 * The attack of issue 12, item 1, against a production server: a shopper signs their own KYC and
 * processor callbacks with the secrets the README publishes (`kcs_test_sandbox`,
 * `pcs_test_sandbox`). A production server has its provider's own secrets (it refuses to start
 * without them), so both forgeries are refused with 400 `invalid_signature` and change nothing: the
 * provider's decline stands, and the 3-D Secure payment still waits for its challenge.
 */
import { signKycPayload } from '@finlet/sandbox/kyc/signature.ts';
import { signProcessorPayload } from '@finlet/sandbox/processor/signature.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityWorld, type IdentityWorld } from '../identity/support.ts';
import { type PaymentWorld, startPaymentWorld } from '../payment/world.ts';
import { productionEnv } from '../support/production-env.ts';

let identity: IdentityWorld;
let payment: PaymentWorld;
beforeAll(async () => {
  identity = await createIdentityWorld(
    productionEnv(['FINLET_KYC_URL', 'FINLET_KYC_API_KEY', 'FINLET_KYC_CALLBACK_SECRET']),
  );
  payment = await startPaymentWorld(
    productionEnv(['FINLET_PROCESSOR_URL', 'FINLET_PROCESSOR_API_KEY', 'FINLET_PROCESSOR_CALLBACK_SECRET']),
  );
});
afterAll(async () => {
  await identity?.close();
  await payment?.close();
});

/** Posts a callback signed as an attacker would and expects 400 `invalid_signature`. */
async function expectRefused(url: string, header: string, signature: string, body: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [header]: signature },
    body,
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
}

describe('callbacks signed with the published sandbox secrets, on a production server', () => {
  it('a KYC approval signed with kcs_test_sandbox is refused with invalid_signature; the decline stands', async () => {
    expect(identity.deps.config.NODE_ENV).toBe('production');
    const s = await identity.newSession('cus_forger');
    const id = await identity.verify(s.token, { last_name: 'Decline' });
    const forged = JSON.stringify({
      id: 'kev_forged',
      type: 'check.completed',
      created: Math.floor(Date.now() / 1000),
      data: {
        check: {
          id: 'chk_forged',
          reference: id,
          status: 'completed',
          result: {
            document: { outcome: 'approved', reasons: [] },
            selfie: { outcome: 'approved', reasons: [] },
          },
        },
      },
    });
    await expectRefused(
      `${identity.finletUrl}/callbacks/kyc`,
      'kyc-signature',
      signKycPayload('kcs_test_sandbox', forged),
      forged,
    );
    expect((await identity.settled(id)).status).toBe('declined');
  });

  it('a processor "succeeded" signed with pcs_test_sandbox is refused; the payment still requires action', async () => {
    expect(payment.ctx.deps.config.NODE_ENV).toBe('production');
    const s = await payment.session();
    const pay = await (await payment.confirm(s.token, { number: '4000002760003184' })).json();
    expect(pay.status).toBe('requires_action');
    const forged = JSON.stringify({
      id: 'evt_forged',
      type: 'payment.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: 'pi_forged',
          status: 'succeeded',
          amount: 1299,
          currency: 'EUR',
          reference: pay.id,
          card: { brand: 'visa', last4: '3184', exp_month: 12, exp_year: 2099 },
          decline_code: null,
          next_action: null,
          amount_refunded: 0,
        },
      },
    });
    await expectRefused(
      `${payment.finletUrl}/callbacks/processor`,
      'processor-signature',
      signProcessorPayload('pcs_test_sandbox', forged),
      forged,
    );
    const after = await (await payment.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.status).toBe('requires_action');
    const session = await (await payment.ctx.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.status).toBe('open');
  });
});
