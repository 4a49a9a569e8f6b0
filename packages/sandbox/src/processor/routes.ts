/**
 * The processor's REST API under `/v1`: tokens (made by a browser with the publishable key, or by
 * the server; read by the server), payments (and cancelling one that awaits 3-D
 * Secure), refunds. Bodies are strict JSON checked with zod; every POST that moves money needs an
 * `Idempotency-Key` (cancel is idempotent by nature; a key, when sent, replays its first answer).
 * `GET /v1/payments?idempotency_key=` finds the charge a key made, for a merchant that sent a charge
 * and never heard back (timeout, crash): a list with that payment, or an empty list when no charge
 * with that key was made (yet).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { ProcessorError, type ProcessorErrorCode } from './errors.ts';
import type { PaymentDesk } from './payments.ts';
import { fingerprintOf, type ProcessorState, type StoredResponse } from './state.ts';

const httpUrl = z.url({ protocol: /^https?$/ });
const origin = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
  message: 'must be an origin such as https://shop.example',
});

const tokenBody = z.strictObject({
  number: z.string().regex(/^[\d\s-]{12,23}$/),
  exp_month: z.number().int().min(1).max(12),
  exp_year: z.number().int().min(2000).max(2100),
  cvc: z.string().regex(/^\d{3,4}$/),
  name: z.string().max(200).optional(),
  postal_code: z.string().max(20).optional(),
});

const paymentBody = z.strictObject({
  token: z.string().min(1).max(100),
  amount: z.number().int().positive().max(99_999_999),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase()),
  capture: z.literal(true).optional(),
  return_url: httpUrl,
  callback_url: httpUrl,
  reference: z.string().min(1).max(255),
  frame_ancestors: z.array(origin).max(20).optional(),
});

const cancelBody = z.strictObject({});

const refundBody = z.strictObject({
  payment: z.string().min(1).max(100),
  amount: z.number().int().positive().optional(),
});

/** A bad card field gets the card error code a checkout form can show next to the field. */
const FIELD_CODES: Record<string, ProcessorErrorCode> = {
  number: 'invalid_number',
  exp_month: 'invalid_expiry_month',
  exp_year: 'invalid_expiry_year',
  cvc: 'invalid_cvc',
};

async function readBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ raw: unknown; value: z.output<T> }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ProcessorError('invalid_json', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue?.path.join('.') || undefined;
    const code = (param && FIELD_CODES[param]) || 'invalid_request';
    throw new ProcessorError(code, `${param ?? 'body'}: ${issue?.message ?? 'invalid'}`, param);
  }
  return { raw, value: parsed.data };
}

export function processorRoutes(state: ProcessorState, desk: PaymentDesk): Hono {
  const api = new Hono();

  const idempotent = async (c: Context, raw: unknown, required: boolean, work: () => StoredResponse) => {
    const key = c.req.header('idempotency-key');
    if (!key) {
      if (required) throw new ProcessorError('missing_idempotency_key', 'Send an Idempotency-Key header.');
      const response = work();
      return c.json(response.body as object, response.status);
    }
    if (key.length > 255)
      throw new ProcessorError('invalid_request', 'Idempotency-Key is at most 255 characters.');
    const response = await state.idempotency.run(key, fingerprintOf('POST', c.req.path, raw), work);
    return c.json(response.body as object, response.status);
  };

  api.post('/tokens', async (c) => {
    const { raw, value } = await readBody(c, tokenBody);
    return idempotent(c, raw, false, () => ({ status: 201, body: desk.tokenise(value) }));
  });

  // The merchant's server reads what a browser tokenised (never the number or CVC).
  api.get('/tokens/:id', (c) => {
    const token = state.tokens.get(c.req.param('id'));
    if (!token) throw new ProcessorError('not_found', 'No such token.');
    const { number: _n, cvc: _c, refusesFraming: _f, ...visible } = token;
    return c.json(visible);
  });

  api.post('/payments', async (c) => {
    const { raw, value } = await readBody(c, paymentBody);
    const key = c.req.header('idempotency-key');
    return idempotent(c, raw, true, () => {
      const payment = desk.charge(value);
      if (key) state.paymentsByKey.set(key, payment.id);
      return { status: 201, body: structuredClone(payment) };
    });
  });

  api.get('/payments', (c) => {
    const key = c.req.query('idempotency_key');
    if (!key || key.length > 255) {
      throw new ProcessorError('invalid_request', 'Send ?idempotency_key= (the key of the charge).');
    }
    const id = state.paymentsByKey.get(key);
    const record = id === undefined ? undefined : state.payments.get(id);
    return c.json({ object: 'list', data: record ? [record.payment] : [], has_more: false });
  });

  api.get('/payments/:id', (c) => {
    const record = state.payments.get(c.req.param('id'));
    if (!record) throw new ProcessorError('not_found', 'No such payment.');
    return c.json(record.payment);
  });

  api.post('/payments/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const { raw } = (await c.req.text()).trim() === '' ? { raw: {} } : await readBody(c, cancelBody);
    return idempotent(c, raw, false, () => ({ status: 200, body: structuredClone(desk.cancel(id)) }));
  });

  api.post('/refunds', async (c) => {
    const { raw, value } = await readBody(c, refundBody);
    return idempotent(c, raw, true, () => ({ status: 201, body: desk.refund(value.payment, value.amount) }));
  });

  api.get('/refunds/:id', (c) => {
    const refund = state.refunds.get(c.req.param('id'));
    if (!refund) throw new ProcessorError('not_found', 'No such refund.');
    return c.json(refund);
  });

  return api;
}
