/**
 * Widget API of pay by bank (client token): the banks that can pay this session's order — those
 * offering `payment_initiation` in its currency, the bank linked earlier in the session first —
 * and starting a bank payment (Idempotency-Key per attempt), which answers the payment
 * (`requires_action`) and the bank's authorisation URL for the popup or the redirect.
 */
import {
  type BankPaymentStarted,
  bankPaymentStartedSchema,
  type PaymentInstitution,
  paymentInstitutionsSchema,
  startBankPaymentSchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Deps, SessionRow } from '../context.ts';
import { ApiError } from '../errors.ts';
import { inputGuards } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import {
  clientToken,
  contractRoutes,
  jsonBody,
  noQuery,
  requiredIdempotencyHeaders,
  widgetResponses,
  withMiddleware,
} from '../openapi/contract.ts';
import { startBankPayment } from '../payments/bank.ts';
import { toWidgetPayment } from './widget-payments.ts';

const tags = ['Widget'];
const security = clientToken;
const institutions = createRoute({
  method: 'get',
  path: '/payment/institutions',
  operationId: 'listPaymentInstitutions',
  tags,
  security,
  summary: 'Banks that can take this order by bank payment (linked bank first)',
  request: { query: noQuery },
  responses: widgetResponses(paymentInstitutionsSchema, { method: 'get' }),
});
const start = createRoute({
  method: 'post',
  path: '/payments/bank',
  operationId: 'startBankPayment',
  tags,
  security,
  summary: 'Start a pay-by-bank payment (Idempotency-Key per attempt; returns the bank authorization URL)',
  request: {
    query: noQuery,
    headers: requiredIdempotencyHeaders,
    body: jsonBody(startBankPaymentSchema, { method: 'bank', institution: 'sandbox-bank-uk', mode: 'popup' }),
  },
  responses: widgetResponses(bankPaymentStartedSchema, { method: 'post', extra: [502, 504] }),
});

/** Banks of the session's providers able to pay `currency`, the linked one first. */
export async function paymentInstitutions(
  deps: Deps,
  session: SessionRow,
  currency: string,
  linked?: string,
): Promise<PaymentInstitution[]> {
  const { banks } = await deps.providers.for(session);
  return deps.banks
    .all()
    .map((b) => banks.payments(b.institution.id))
    .filter((p) => p?.institution.products.includes('payment_initiation') && p.currencies.includes(currency))
    .map((p) => ({
      id: p!.institution.id,
      name: p!.institution.name,
      country: p!.institution.country,
      logo_url: `/widget/v1/institutions/${p!.institution.id}/logo.svg`,
      health: p!.health(),
      linked: p!.institution.id === linked,
    }))
    .sort((a, b) => Number(b.linked) - Number(a.linked));
}

export function linkedInstitution(
  flowStates: Record<string, { status?: string; result?: unknown } | undefined>,
) {
  const link = flowStates.link;
  const result = link?.result as { institution?: unknown } | undefined;
  return link?.status === 'linked' && typeof result?.institution === 'string'
    ? result.institution
    : undefined;
}

export function widgetBankPaymentRoutes(deps: Deps) {
  const app = contractRoutes();
  const auth = widgetAuth(deps);

  app.openapi(withMiddleware(institutions, auth, inputGuards), async (c) => {
    const s = c.get('session');
    if (!s.flows.includes('payment') || !s.payment) throw new ApiError('flow_not_enabled');
    const data = await paymentInstitutions(deps, s, s.payment.currency, linkedInstitution(s.flowStates));
    return c.json({ data }, 200);
  });

  app.openapi(withMiddleware(start, auth, inputGuards), async (c) => {
    const key = c.req.valid('header')['Idempotency-Key'];
    const started = await startBankPayment(deps, c.get('session'), key, c.req.valid('json'));
    const body: BankPaymentStarted = {
      payment: toWidgetPayment(started.payment),
      attempt: started.attempt,
      authorization_url: started.authorization_url,
    };
    return c.json(body, 200);
  });

  return app;
}
