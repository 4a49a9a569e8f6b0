/**
 * Widget API for the payment flow (client token): the order, methods and how the frame collects a
 * card (`card_collection`), confirming a card with what the processor's browser tokenizer or
 * encryption made of it — never the card itself (refused: card-data.ts) — (the widget's
 * `Idempotency-Key` names the attempt), and reading a payment — which also asks the
 * processor for news while it waits on 3-D Secure or on a charge's lost answer, so the frame
 * depends neither on the callback nor on housekeeping.
 */
import {
  confirmCardSchema,
  type WidgetPayment,
  type WidgetPaymentState,
  widgetPaymentSchema,
  widgetPaymentStateSchema,
} from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { ProcessorFailure } from '../connectors/payments/processor.ts';
import type { AppEnv, Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE } from '../middleware/idempotency.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { pollBankPayment } from '../payments/bank.ts';
import { refuseCardData } from '../payments/card-data.ts';
import { refreshCardPayment } from '../payments/card-reconcile.ts';
import { confirmCardPayment } from '../payments/confirm.ts';
import { applyProcessorPayment, type PaymentRow } from '../payments/state.ts';
import { linkedInstitution, paymentInstitutions } from './widget-payments-bank.ts';

export const widgetPaymentDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/payment', summary: 'The order and payment methods of the session', tag: 'Widget', auth: 'client_token', response: widgetPaymentStateSchema },
  { method: 'post', path: '/widget/v1/payments', summary: 'Confirm a card payment (Idempotency-Key per attempt)', tag: 'Widget', auth: 'client_token', body: confirmCardSchema, response: widgetPaymentSchema, idempotent: 'required' },
  { method: 'post', path: '/widget/v1/payments/{id}/cancel', summary: 'Abandon the 3-D Secure challenge of a payment', tag: 'Widget', auth: 'client_token', response: widgetPaymentSchema },
  { method: 'get', path: '/widget/v1/payments/{id}', summary: 'A payment of this session, refreshed from the processor', tag: 'Widget', auth: 'client_token', response: widgetPaymentSchema },
]; // biome-ignore format: one route a line

export function toWidgetPayment(p: PaymentRow): WidgetPayment {
  return {
    id: p.id,
    status: p.status as WidgetPayment['status'],
    amount: p.amount,
    currency: p.currency,
    card: p.card ?? null,
    failure_code: p.failureCode,
    next_action: p.nextActionUrl ? { type: 'three_d_secure', url: p.nextActionUrl } : null,
  };
}

export function widgetPaymentRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const auth = widgetAuth(deps);

  app.get('/payment', auth, async (c) => {
    const s = c.get('session');
    if (!s.flows.includes('payment') || !s.payment) throw new ApiError('flow_not_enabled');
    const [latest] = await db
      .select()
      .from(payments)
      .where(eq(payments.sessionId, s.id))
      .orderBy(desc(payments.createdAt))
      .limit(1);
    // Only the methods the partner has a provider for (a live partner may have one of them):
    // a card with its processor, pay by bank when a bank can pay in the order's currency.
    const providers = await deps.providers.for(s);
    const card = providers.has('cards') ? providers.cards().processor.collection : null;
    const bank =
      (await paymentInstitutions(deps, s, s.payment.currency, linkedInstitution(s.flowStates))).length > 0;
    const methods: WidgetPaymentState['methods'] = [];
    if (card) methods.push('card');
    if (bank) methods.push('bank');
    const state: WidgetPaymentState = {
      ...s.payment,
      card_collection: card,
      methods,
      payment: latest ? toWidgetPayment(latest) : null,
    };
    return c.json(state);
  });

  // A confirm attempt repeated with its key is answered even once its payment completed the
  // session (a double click, a retry after a lost answer); a new attempt on a completed session is
  // refused under the session's lock (`lockOpenSession`: 409 session_completed).
  app.post('/payments', widgetAuth(deps, { allowCompleted: true }), async (c) => {
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new ApiError('invalid_request', IDEMPOTENCY_KEY_RULE, 'Idempotency-Key');
    }
    // Before any parsing that could echo a field back in an error message.
    refuseCardData(await c.req.text());
    const input = await readJson(c, confirmCardSchema);
    const payment = await confirmCardPayment(deps, c.get('session'), key, input.payment_method);
    return c.json(toWidgetPayment(payment));
  });

  // The user closed the challenge: end it at the processor (it can then never succeed), then read
  // it. A processor that cannot be read (Adyen has no read API) cancels it instead, which also
  // answers the payment as it now is.
  app.post('/payments/:id/cancel', auth, pathId('payment'), async (c) => {
    const row = await own(c.req.valid('param').id, c.get('session').id);
    if (row.status === 'requires_action' && row.nextActionUrl && row.processorPaymentId) {
      const id = row.processorPaymentId;
      try {
        const processor = await deps.providers.processorOf(row);
        await processor.abandonChallenge(row.nextActionUrl);
        const pp = await processor.retrieve(id).catch((error: unknown) => {
          if (error instanceof ProcessorFailure && error.kind === 'unavailable') return processor.cancel(id);
          throw error;
        });
        return c.json(toWidgetPayment((await applyProcessorPayment(deps, row.id, pp)) ?? row));
      } catch (error) {
        if (!(error instanceof ProcessorFailure)) throw error;
        throw new ApiError(error.code, error.message);
      }
    }
    return c.json(toWidgetPayment(row));
  });

  async function own(id: string, sessionId: string) {
    const [row] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), eq(payments.sessionId, sessionId)));
    if (!row) throw notFound('payment');
    return row;
  }

  app.get('/payments/:id', auth, pathId('payment'), async (c) => {
    const row = await own(c.req.valid('param').id, c.get('session').id);
    // A bank payment settles at the bank: each read asks it once (an idempotent GET, retried).
    if (row.method === 'bank') return c.json(toWidgetPayment((await pollBankPayment(deps, row.id)) ?? row));
    // Waiting on the processor (3-D Secure, or a charge whose answer was lost): ask it, by the
    // processor's id or by Finlet's charge key (an idempotent read; card-reconcile.ts).
    if (row.status === 'requires_action' || row.status === 'processing') {
      try {
        return c.json(toWidgetPayment(await refreshCardPayment(deps, row)));
      } catch (error) {
        // The stored state is still true; the next read, the callback or housekeeping catches up.
        if (!(error instanceof ProcessorFailure)) throw error;
      }
    }
    return c.json(toWidgetPayment(row));
  });

  return app;
}
