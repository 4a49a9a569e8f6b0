/**
 * Test support: a Sandbox Processor on an ephemeral 127.0.0.1 port with a callback receiver, and
 * small request helpers that speak its API over real HTTP.
 */
import type { Hono } from 'hono';
import { createProcessor, type ProcessorConfig } from '../../src/processor/app.ts';
import { listenOn } from '../../src/serve.ts';
import { receiver } from './listen.ts';

export const API_KEY = 'psk_test_unit';
export const CALLBACK_SECRET = 'pcs_test_unit_secret';
export const FINLET_ORIGIN = 'http://localhost:8080';

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function startProcessor(overrides: Partial<ProcessorConfig> = {}) {
  const callbacks = await receiver();
  let app: Hono | undefined;
  const server = await listenOn(0, '127.0.0.1', (req) =>
    app ? app.fetch(req) : new Response(null, { status: 503 }),
  );
  const processor = createProcessor({
    publicUrl: server.url,
    apiKey: API_KEY,
    callbackSecret: CALLBACK_SECRET,
    frameAncestors: [FINLET_ORIGIN],
    ...overrides,
  });
  app = processor.app;
  const url = server.url;

  const api = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse<T>> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as T };
  };

  const tokenise = (number: string, extra: Record<string, unknown> = {}) =>
    api('POST', '/v1/tokens', {
      number,
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 3,
      cvc: number.startsWith('34') || number.startsWith('37') ? '1234' : '123',
      ...extra,
    });

  const paymentBody = (token: string, extra: Record<string, unknown> = {}) => ({
    token,
    amount: 1999,
    currency: 'EUR',
    capture: true,
    return_url: `${FINLET_ORIGIN}/3ds/return`,
    callback_url: `${callbacks.url}/processor-callbacks`,
    reference: 'order_1001',
    ...extra,
  });

  const pay = (token: string, extra: Record<string, unknown> = {}, key: string = crypto.randomUUID()) =>
    api('POST', '/v1/payments', paymentBody(token, extra), { 'idempotency-key': key });

  /** Tokenises and charges `number` in one go. */
  const charge = async (number: string, extra: Record<string, unknown> = {}) => {
    const token = await tokenise(number);
    if (token.status !== 201) throw new Error(`tokenise ${number}: ${JSON.stringify(token.body)}`);
    return pay(String(token.body.id), extra);
  };

  return {
    url,
    processor,
    callbacks,
    api,
    tokenise,
    paymentBody,
    pay,
    charge,
    async close() {
      processor.close();
      await Promise.all([server.close(), callbacks.close()]);
    },
  };
}

export type ProcessorUnderTest = Awaited<ReturnType<typeof startProcessor>>;

/** Submits the challenge form as a browser would (urlencoded), without following the redirect. */
export async function submitChallenge(challengeUrl: string, fields: Record<string, string>) {
  return fetch(challengeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}
