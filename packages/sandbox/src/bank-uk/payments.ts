/**
 * UK Open Banking 4.0 payment initiation (PISP) of Sandbox Bank UK under `/open-banking/v4.0/pisp`:
 * domestic payment consents (client-credentials token, status AWAU → AUTH when the user approves,
 * RJCT when they deny), domestic payments submitted with the user's token bound to that consent,
 * and reads of a payment. POSTs need `x-idempotency-key`: the same key answers the first result.
 * A payment is ACSP (AcceptedSettlementInProcess) when submitted; the next read sees ACSC
 * (AcceptedSettlementCompleted), or RJCT when the amount ends in 99 minor units. Every answer body
 * carries the detached JWS `x-jws-signature` the PIS specification requires (a per-process key).
 */

import { type Context, Hono } from 'hono';
import { CompactSign, generateKeyPair } from 'jose';
import type { AuthServer } from '../bank-common/oauth.ts';
import type { InitiatedPayment, PaymentStore } from '../bank-common/payments.ts';
import { ObError } from './errors.ts';

export const UK_PIS_BASE = '/open-banking/v4.0/pisp';
const SETTLEMENT = ['ACSP', 'ACSC'] as const;
const CONSENT_STATUS = { awaiting: 'AWAU', authorised: 'AUTH', rejected: 'RJCT', consumed: 'AUTH' } as const;
const AMOUNT = /^\d{1,13}(\.\d{1,5})?$/;

const text = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;

function initiation(p: InitiatedPayment) {
  return {
    InstructionIdentification: p.instructionId,
    EndToEndIdentification: p.endToEndId,
    InstructedAmount: { Amount: p.amount, Currency: p.currency },
    CreditorAccount: {
      SchemeName: p.creditorScheme,
      Identification: p.creditorIdentification,
      Name: p.creditorName,
    },
    RemittanceInformation: { Reference: p.reference },
  };
}

/** Signs the exact body bytes and sends them with `x-jws-signature` (payload detached). */
async function signer() {
  const { privateKey } = await generateKeyPair('PS256');
  return async (c: Context, body: unknown, status: 200 | 201) => {
    const text = JSON.stringify(body);
    const jws = await new CompactSign(new TextEncoder().encode(text))
      .setProtectedHeader({ alg: 'PS256', kid: 'sandbox-bank-uk-pis', typ: 'JOSE' })
      .sign(privateKey);
    const [header, , signature] = jws.split('.');
    c.header('x-jws-signature', `${header}..${signature}`);
    c.header('content-type', 'application/json; charset=utf-8');
    return c.body(text, status);
  };
}

export async function ukPaymentsApi(o: {
  issuer: string;
  auth: AuthServer;
  store: PaymentStore;
}): Promise<Hono> {
  const api = new Hono();
  const send = await signer();
  const consentUrl = (id: string) => `${o.issuer}${UK_PIS_BASE}/domestic-payment-consents/${id}`;
  const paymentUrl = (id: string) => `${o.issuer}${UK_PIS_BASE}/domestic-payments/${id}`;

  const token = async (c: Context, kind: 'client' | 'user') => {
    const t = await o.auth.verifyBearer(c.req.header('authorization'));
    if (!t) throw new ObError('unauthorized', 'A valid bearer token is required');
    if (t.kind !== kind)
      throw new ObError(
        'forbidden',
        kind === 'client' ? 'Use a client-credentials token' : 'Use the PSU token',
      );
    return t;
  };
  const idempotencyKey = (c: Context) => {
    const key = c.req.header('x-idempotency-key');
    if (!key || key.length > 40 || !/^\S+$/.test(key))
      throw new ObError(
        'bad_request',
        'x-idempotency-key is required (1–40 characters)',
        'x-idempotency-key',
      );
    return key;
  };
  const json = (c: Context) =>
    c.req.json().catch(() => {
      throw new ObError('bad_request', 'The body must be JSON');
    });

  const consentBody = (p: InitiatedPayment) => ({
    Data: {
      ConsentId: p.id,
      CreationDateTime: p.createdAt,
      Status: CONSENT_STATUS[p.consent],
      StatusUpdateDateTime: p.statusUpdatedAt,
      Initiation: initiation(p),
    },
    Risk: {},
    Links: { Self: consentUrl(p.id) },
    Meta: {},
  });
  const paymentBody = (p: InitiatedPayment, status: string) => ({
    Data: {
      DomesticPaymentId: p.paymentId!,
      ConsentId: p.id,
      CreationDateTime: p.submittedAt!,
      Status: status,
      StatusUpdateDateTime: p.statusUpdatedAt,
      Initiation: initiation(p),
      ...(p.debtorAccountId ? { Debtor: { Name: p.username } } : {}),
    },
    Links: { Self: paymentUrl(p.paymentId!) },
    Meta: {},
  });

  api.post(`${UK_PIS_BASE}/domestic-payment-consents`, async (c) => {
    const client = await token(c, 'client');
    const key = idempotencyKey(c);
    const body = (await json(c)) as { Data?: { Initiation?: Record<string, unknown> }; Risk?: unknown };
    const i = body?.Data?.Initiation;
    const amount = i?.InstructedAmount as { Amount?: unknown; Currency?: unknown } | undefined;
    const creditor = i?.CreditorAccount as Record<string, unknown> | undefined;
    if (!i || typeof body.Risk !== 'object' || body.Risk === null)
      throw new ObError('bad_request', 'Data.Initiation and Risk are required', 'Data.Initiation');
    if (typeof amount?.Amount !== 'string' || !AMOUNT.test(amount.Amount) || Number(amount.Amount) <= 0)
      throw new ObError(
        'bad_request',
        'InstructedAmount.Amount is invalid',
        'Data.Initiation.InstructedAmount.Amount',
      );
    if (amount.Currency !== 'GBP')
      throw new ObError(
        'bad_request',
        'Domestic payments are in GBP',
        'Data.Initiation.InstructedAmount.Currency',
      );
    if (
      !creditor ||
      !text(creditor.SchemeName, 40) ||
      !text(creditor.Identification, 256) ||
      !text(creditor.Name, 350)
    )
      throw new ObError('bad_request', 'CreditorAccount is incomplete', 'Data.Initiation.CreditorAccount');
    if (!text(i.InstructionIdentification, 35) || !text(i.EndToEndIdentification, 35))
      throw new ObError('bad_request', 'Instruction and end-to-end ids are required', 'Data.Initiation');
    const remittance = i.RemittanceInformation as { Reference?: unknown } | undefined;
    const payment = o.store.once(client.clientId, key, () =>
      o.store.create({
        clientId: client.clientId,
        amount: amount.Amount as string,
        currency: 'GBP',
        creditorName: creditor.Name as string,
        creditorIdentification: creditor.Identification as string,
        creditorScheme: creditor.SchemeName as string,
        reference: typeof remittance?.Reference === 'string' ? remittance.Reference.slice(0, 35) : '',
        instructionId: i.InstructionIdentification as string,
        endToEndId: i.EndToEndIdentification as string,
      }),
    );
    c.header('Location', consentUrl(payment.id));
    return send(c, consentBody(payment), 201);
  });

  const ownedConsent = (id: string, clientId: string) => {
    const p = o.store.get(id);
    if (!p || p.clientId !== clientId)
      throw new ObError('forbidden', 'Unknown consent for this client', 'ConsentId');
    return p;
  };

  api.get(`${UK_PIS_BASE}/domestic-payment-consents/:id`, async (c) => {
    const client = await token(c, 'client');
    return send(c, consentBody(ownedConsent(c.req.param('id'), client.clientId)), 200);
  });

  api.post(`${UK_PIS_BASE}/domestic-payments`, async (c) => {
    const user = await token(c, 'user');
    const key = idempotencyKey(c);
    const body = (await json(c)) as { Data?: { ConsentId?: unknown } };
    const consentId = body?.Data?.ConsentId;
    if (typeof consentId !== 'string')
      throw new ObError('bad_request', 'Data.ConsentId is required', 'Data.ConsentId');
    if (user.kind !== 'user' || user.consentId !== consentId)
      throw new ObError('forbidden', 'The token is not bound to this consent');
    const p = ownedConsent(consentId, user.clientId);
    const replay = o.store.once(user.clientId, `submit:${key}`, () => {
      // A consent pays once: a second submission under another key is refused.
      if (p.consent !== 'authorised')
        throw new ObError('forbidden', `The consent is ${CONSENT_STATUS[p.consent]} and cannot be used`);
      o.store.submit(p, `sbuk-pay-${crypto.randomUUID().slice(0, 30)}`, true);
      return p;
    });
    c.header('Location', paymentUrl(replay.paymentId!));
    return send(c, paymentBody(replay, SETTLEMENT[0]), 201);
  });

  api.get(`${UK_PIS_BASE}/domestic-payments/:id`, async (c) => {
    const client = await token(c, 'client');
    const p = o.store.byPaymentId(c.req.param('id'));
    if (!p || p.clientId !== client.clientId)
      throw new ObError('not_found', 'Unknown payment', 'DomesticPaymentId');
    return send(c, paymentBody(p, o.store.readStatus(p, SETTLEMENT, 'RJCT')), 200);
  });

  return api;
}
