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
import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { ProcessorFailure } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { inputGuards } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import {
  byId,
  clientToken,
  contractRoutes,
  emptyBody,
  idMiddleware,
  jsonBody,
  noQuery,
  requiredIdempotencyHeaders,
  widgetResponses,
  withMiddleware,
} from '../openapi/contract.ts';
import { pollBankPayment } from '../payments/bank.ts';
import { refuseCardData } from '../payments/card-data.ts';
import { refreshCardPayment } from '../payments/card-reconcile.ts';
import { confirmCardPayment } from '../payments/confirm.ts';
import { applyProcessorPayment, type PaymentRow } from '../payments/state.ts';
import { linkedInstitution, paymentInstitutions } from './widget-payments-bank.ts';

const tags = ['Widget'];
const security = clientToken;
const state = createRoute({
  method: 'get',
  path: '/payment',
  operationId: 'getWidgetPaymentState',
  tags,
  security,
  summary: 'The order and payment methods of the session',
  request: { query: noQuery },
  responses: widgetResponses(widgetPaymentStateSchema, { method: 'get' }),
});
const confirm = createRoute({
  method: 'post',
  path: '/payments',
  operationId: 'confirmCardPayment',
  tags,
  security,
  summary: 'Confirm a card payment (Idempotency-Key per attempt)',
  request: {
    query: noQuery,
    headers: requiredIdempotencyHeaders,
    body: jsonBody(confirmCardSchema, { payment_method: { type: 'token', token: 'tok_1Nv8qL2eZvKYlo2C' } }),
  },
  responses: widgetResponses(widgetPaymentSchema, { method: 'post', extra: [502, 504] }),
});
const cancel = createRoute({
  method: 'post',
  path: '/payments/{id}/cancel',
  operationId: 'cancelWidgetPayment',
  tags,
  security,
  summary: 'Abandon the 3-D Secure challenge of a payment',
  middleware: idMiddleware('payment'),
  request: { ...byId('payment'), query: noQuery, body: emptyBody },
  responses: widgetResponses(widgetPaymentSchema, { method: 'post', path: true, extra: [502, 504] }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/payments/{id}',
  operationId: 'getWidgetPayment',
  tags,
  security,
  summary: 'A payment of this session, refreshed from the processor',
  middleware: idMiddleware('payment'),
  request: { ...byId('payment'), query: noQuery },
  responses: widgetResponses(widgetPaymentSchema, { method: 'get', path: true }),
});

/** Card fields in a body are refused before anything parses it, so no error can echo one back. */
const cardDataGuard: MiddlewareHandler = async (c, next) => {
  refuseCardData(await c.req.text());
  await next();
};

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
  const app = contractRoutes();
  const auth = widgetAuth(deps);

  app.openapi(withMiddleware(state, auth, inputGuards), async (c) => {
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
    return c.json(state, 200);
  });

  // A confirm attempt repeated with its key is answered even once its payment completed the
  // session (a double click, a retry after a lost answer); a new attempt on a completed session is
  // refused under the session's lock (`lockOpenSession`: 409 session_completed).
  const confirmAuth = widgetAuth(deps, { allowCompleted: true });
  app.openapi(withMiddleware(confirm, confirmAuth, cardDataGuard, inputGuards), async (c) => {
    const key = c.req.valid('header')['Idempotency-Key'];
    const input = c.req.valid('json');
    const payment = await confirmCardPayment(deps, c.get('session'), key, input.payment_method);
    return c.json(toWidgetPayment(payment), 200);
  });

  // The user closed the challenge: end it at the processor (it can then never succeed), then read
  // it. A processor that cannot be read (Adyen has no read API) cancels it instead, which also
  // answers the payment as it now is.
  app.openapi(withMiddleware(cancel, auth, inputGuards), async (c) => {
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
        return c.json(toWidgetPayment((await applyProcessorPayment(deps, row.id, pp)) ?? row), 200);
      } catch (error) {
        if (!(error instanceof ProcessorFailure)) throw error;
        throw ApiError.from(error);
      }
    }
    return c.json(toWidgetPayment(row), 200);
  });

  async function own(id: string, sessionId: string) {
    const [row] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), eq(payments.sessionId, sessionId)));
    if (!row) throw notFound('payment');
    return row;
  }

  app.openapi(withMiddleware(retrieve, auth, inputGuards), async (c) => {
    const row = await own(c.req.valid('param').id, c.get('session').id);
    // A bank payment settles at the bank: each read asks it once (an idempotent GET, retried).
    if (row.method === 'bank')
      return c.json(toWidgetPayment((await pollBankPayment(deps, row.id)) ?? row), 200);
    // Waiting on the processor (3-D Secure, or a charge whose answer was lost): ask it, by the
    // processor's id or by Finlet's charge key (an idempotent read; card-reconcile.ts).
    if (row.status === 'requires_action' || row.status === 'processing') {
      try {
        return c.json(toWidgetPayment(await refreshCardPayment(deps, row)), 200);
      } catch (error) {
        // The stored state is still true; the next read, the callback or housekeeping catches up.
        if (!(error instanceof ProcessorFailure)) throw error;
      }
    }
    return c.json(toWidgetPayment(row), 200);
  });

  return app;
}
