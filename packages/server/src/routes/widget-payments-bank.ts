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
import { Hono } from 'hono';
import type { AppEnv, Deps, SessionRow } from '../context.ts';
import { ApiError } from '../errors.ts';
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE } from '../middleware/idempotency.ts';
import { readJson } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { startBankPayment } from '../payments/bank.ts';
import { toWidgetPayment } from './widget-payments.ts';

export const widgetBankPaymentDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/payment/institutions', summary: 'Banks that can take this order by bank payment (linked bank first)', tag: 'Widget', auth: 'client_token', response: paymentInstitutionsSchema },
  { method: 'post', path: '/widget/v1/payments/bank', summary: 'Start a pay-by-bank payment (returns the bank authorization URL)', tag: 'Widget', auth: 'client_token', body: startBankPaymentSchema, response: bankPaymentStartedSchema, idempotent: 'required' },
]; // biome-ignore format: one route a line

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
  const app = new Hono<AppEnv>();

  app.get('/payment/institutions', widgetAuth(deps), async (c) => {
    const s = c.get('session');
    if (!s.flows.includes('payment') || !s.payment) throw new ApiError('flow_not_enabled');
    return c.json({
      data: await paymentInstitutions(deps, s, s.payment.currency, linkedInstitution(s.flowStates)),
    });
  });

  app.post('/payments/bank', widgetAuth(deps), async (c) => {
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key))
      throw new ApiError('invalid_request', IDEMPOTENCY_KEY_RULE, 'Idempotency-Key');
    const input = await readJson(c, startBankPaymentSchema);
    const started = await startBankPayment(deps, c.get('session'), key, input);
    const body: BankPaymentStarted = {
      payment: toWidgetPayment(started.payment),
      attempt: started.attempt,
      authorization_url: started.authorization_url,
    };
    return c.json(body);
  });

  return app;
}
