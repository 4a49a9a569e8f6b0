/**
 * Widget API for the payment flow (client token): the order and methods, confirming a card (the
 * widget's `Idempotency-Key` names the attempt), and reading a payment — which also asks the
 * processor for news while it waits on 3-D Secure, so the frame does not depend on the callback.
 */
import {
  confirmCardSchema,
  isId,
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
import { readJson } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { pollBankPayment } from '../payments/bank.ts';
import { confirmCardPayment } from '../payments/confirm.ts';
import { applyProcessorPayment, type PaymentRow } from '../payments/state.ts';
import { linkedInstitution, paymentInstitutions } from './widget-payments-bank.ts';

export const widgetPaymentDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/payment', summary: 'The order and payment methods of the session', tag: 'Widget', auth: 'client_token', response: widgetPaymentStateSchema },
  { method: 'post', path: '/widget/v1/payments', summary: 'Confirm a card payment (Idempotency-Key per attempt)', tag: 'Widget', auth: 'client_token', body: confirmCardSchema, response: widgetPaymentSchema, idempotent: true },
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
  app.use('/payment', widgetAuth(deps));
  app.use('/payments/*', widgetAuth(deps));
  app.use('/payments', widgetAuth(deps));

  app.get('/payment', async (c) => {
    const s = c.get('session');
    if (!s.flows.includes('payment') || !s.payment) throw new ApiError('flow_not_enabled');
    const [latest] = await db
      .select()
      .from(payments)
      .where(eq(payments.sessionId, s.id))
      .orderBy(desc(payments.createdAt))
      .limit(1);
    const state: WidgetPaymentState = {
      ...s.payment,
      // Pay by bank when a bank can pay in the order's currency.
      methods:
        (await paymentInstitutions(deps, s, s.payment.currency, linkedInstitution(s.flowStates))).length > 0
          ? ['card', 'bank']
          : ['card'],
      payment: latest ? toWidgetPayment(latest) : null,
    };
    return c.json(state);
  });

  app.post('/payments', async (c) => {
    const key = c.req.header('idempotency-key');
    if (!key || !/^[\x21-\x7e]{8,255}$/.test(key)) {
      throw new ApiError(
        'invalid_request',
        'Send an Idempotency-Key of 8–255 visible ASCII characters.',
        'Idempotency-Key',
      );
    }
    const input = await readJson(c, confirmCardSchema);
    const payment = await confirmCardPayment(deps, c.get('session'), key, input);
    return c.json(toWidgetPayment(payment));
  });

  // The user closed the challenge: end it at the processor (it can then never succeed), then read it.
  app.post('/payments/:id/cancel', async (c) => {
    const row = await own(c.req.param('id'), c.get('session').id);
    if (row.status === 'requires_action' && row.nextActionUrl && row.processorPaymentId) {
      try {
        const processor = await deps.providers.processorOf(row);
        await processor.abandonChallenge(row.nextActionUrl);
        const pp = await processor.retrieve(row.processorPaymentId);
        return c.json(toWidgetPayment((await applyProcessorPayment(deps, row.id, pp)) ?? row));
      } catch (error) {
        if (!(error instanceof ProcessorFailure)) throw error;
        throw new ApiError(error.code, error.message);
      }
    }
    return c.json(toWidgetPayment(row));
  });

  async function own(id: string, sessionId: string) {
    if (!isId('payment', id)) throw notFound('payment');
    const [row] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), eq(payments.sessionId, sessionId)));
    if (!row) throw notFound('payment');
    return row;
  }

  app.get('/payments/:id', async (c) => {
    const id = c.req.param('id');
    if (!isId('payment', id)) throw notFound('payment');
    const [row] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), eq(payments.sessionId, c.get('session').id)));
    if (!row) throw notFound('payment');
    // A bank payment settles at the bank: each read asks it once (an idempotent GET, retried).
    if (row.method === 'bank') return c.json(toWidgetPayment((await pollBankPayment(deps, row.id)) ?? row));
    if (row.processorPaymentId && (row.status === 'requires_action' || row.status === 'processing')) {
      try {
        const pp = await (await deps.providers.processorOf(row)).retrieve(row.processorPaymentId);
        return c.json(toWidgetPayment((await applyProcessorPayment(deps, row.id, pp)) ?? row));
      } catch (error) {
        // The stored state is still true; the next read or the callback catches up.
        if (!(error instanceof ProcessorFailure)) throw error;
      }
    }
    return c.json(toWidgetPayment(row));
  });

  return app;
}
