/**
 * Berlin Group NextGenPSD2 1.3.9 payment initiation of Sandbox Bank EU (OAuth SCA approach):
 * `POST /v1/payments/sepa-credit-transfers` answers RCVD with an `scaOAuth` link; the PSU
 * authorises the payment through the bank's OAuth authorize request carrying `consent_id=<paymentId>`,
 * which submits it. Reads of the payment or its `/status` then step ACTC → ACSP → ACSC (RJCT when
 * the amount ends in 99 minor units). A repeated `X-Request-ID` answers the first initiation
 * (Finlet's idempotency), and a denied authorisation leaves the payment RJCT. The payment
 * cancellation request (`DELETE`) is enough before the PSU approved it (204, then CANC, and the
 * consent page no longer offers it); once approved it is refused with 405 CANCELLATION_INVALID.
 */
import { type Context, Hono } from 'hono';
import type { AuthServer } from '../bank-common/oauth.ts';
import type { InitiatedPayment, PaymentStore } from '../bank-common/payments.ts';
import { BgError } from './errors.ts';

export const EU_PAYMENT_PRODUCT = 'sepa-credit-transfers';
const BASE = `/v1/payments/${EU_PAYMENT_PRODUCT}`;
const SETTLEMENT = ['ACTC', 'ACSP', 'ACSC'] as const;
const AMOUNT = /^-?[0-9]{1,14}(\.[0-9]{1,3})?$/;
const IBAN = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/;

export function euPaymentsApi(o: {
  issuer: string;
  auth: AuthServer;
  store: PaymentStore;
  /** The IBAN of the account the PSU paid from. */
  debtorIban: (accountId: string) => string | undefined;
}): Hono {
  const api = new Hono();
  const links = (id: string) => ({
    scaOAuth: { href: `${o.issuer}/.well-known/openid-configuration` },
    self: { href: `${BASE}/${id}` },
    status: { href: `${BASE}/${id}/status` },
  });

  const status = (p: InitiatedPayment): string => {
    if (p.canceledAt) return 'CANC';
    if (p.consent === 'rejected') return 'RJCT';
    if (!p.submittedAt) return 'RCVD';
    return o.store.readStatus(p, SETTLEMENT, 'RJCT');
  };
  const known = (c: Context) => {
    const p = o.store.get(c.req.param('id') ?? '');
    if (!p) throw new BgError(403, 'RESOURCE_UNKNOWN', 'Unknown payment', 'paymentId');
    return p;
  };

  api.post(BASE, async (c) => {
    const body = (await c.req.json().catch(() => {
      throw new BgError(400, 'FORMAT_ERROR', 'The body must be JSON');
    })) as Record<string, unknown> | null;
    const amount = body?.instructedAmount as { currency?: unknown; amount?: unknown } | undefined;
    const creditor = body?.creditorAccount as { iban?: unknown } | undefined;
    if (typeof amount?.amount !== 'string' || !AMOUNT.test(amount.amount) || Number(amount.amount) <= 0)
      throw new BgError(400, 'FORMAT_ERROR', 'instructedAmount.amount is invalid', 'instructedAmount');
    if (amount.currency !== 'EUR')
      throw new BgError(
        400,
        'PRODUCT_INVALID',
        'SEPA credit transfers are in EUR',
        'instructedAmount.currency',
      );
    if (typeof creditor?.iban !== 'string' || !IBAN.test(creditor.iban))
      throw new BgError(400, 'FORMAT_ERROR', 'creditorAccount.iban is invalid', 'creditorAccount');
    if (
      typeof body?.creditorName !== 'string' ||
      body.creditorName.length < 1 ||
      body.creditorName.length > 70
    )
      throw new BgError(400, 'FORMAT_ERROR', 'creditorName is required', 'creditorName');
    const requestId = c.req.header('x-request-id') ?? '';
    const reference =
      typeof body.remittanceInformationUnstructured === 'string'
        ? body.remittanceInformationUnstructured
        : '';
    const e2e =
      typeof body.endToEndIdentification === 'string'
        ? body.endToEndIdentification.slice(0, 35)
        : 'NOTPROVIDED';
    const payment = o.store.once('eu', requestId, () =>
      o.store.create({
        clientId: undefined,
        amount: amount.amount as string,
        currency: 'EUR',
        creditorName: body.creditorName as string,
        creditorIdentification: creditor.iban as string,
        creditorScheme: 'IBAN',
        reference: reference.slice(0, 140),
        instructionId: e2e,
        endToEndId: e2e,
      }),
    );
    c.header('Location', `${o.issuer}${BASE}/${payment.id}`);
    c.header('ASPSP-SCA-Approach', 'OAUTH');
    return c.json(
      { transactionStatus: status(payment), paymentId: payment.id, _links: links(payment.id) },
      201,
    );
  });

  api.get(`${BASE}/:id`, (c) => {
    const p = known(c);
    const debtor = p.debtorAccountId ? o.debtorIban(p.debtorAccountId) : undefined;
    return c.json({
      endToEndIdentification: p.endToEndId,
      // Known once the PSU chose the account at the bank.
      ...(debtor ? { debtorAccount: { iban: debtor } } : {}),
      instructedAmount: { currency: p.currency, amount: p.amount },
      creditorAccount: { iban: p.creditorIdentification },
      creditorName: p.creditorName,
      remittanceInformationUnstructured: p.reference,
      transactionStatus: status(p),
    });
  });

  api.get(`${BASE}/:id/status`, (c) => c.json({ transactionStatus: status(known(c)) }));

  api.delete(`${BASE}/:id`, (c) => {
    if (!o.store.cancel(known(c)))
      throw new BgError(
        405,
        'CANCELLATION_INVALID',
        'The payment was authorised and can no longer be cancelled',
      );
    return c.body(null, 204);
  });

  return api;
}
