/**
 * The payment tests' world: the real Finlet app served over HTTP on an ephemeral port (so the
 * processor's signed callbacks reach it) and the real Sandbox Processor on another, plus helpers
 * that act like the widget frame (client token, one Idempotency-Key per confirm attempt; the card
 * goes to the processor's tokenizer from the "browser", Finlet gets only the token) and like a
 * cardholder on the 3-D Secure page.
 */
import { randomUUID } from 'node:crypto';
import { createProcessor, type Processor } from '../../../sandbox/src/processor/app.ts';
import { listenOn, type RunningServer } from '../../../sandbox/src/serve.ts';
import { systemClock } from '../../src/clock.ts';
import { SANDBOX_PUBLISHABLE_KEY, tokeniseInBrowser } from '../support/card-token.ts';
import {
  createTestContext,
  eventTypesOf,
  sessionBody,
  type TestContext,
  type TestResponse,
} from '../support/harness.ts';

export const CALLBACK_SECRET = 'pcs_test_payments_world';
export const PROCESSOR_KEY = 'psk_test_payments_world';

export interface PaymentWorld {
  ctx: TestContext;
  processor: Processor;
  processorUrl: string;
  finletUrl: string;
  /** Moves Finlet's clock (real time plus an offset) forward. */
  advance(ms: number): void;
  /** While true, Finlet's callback URL answers 503 to the processor, as a Finlet that is down. */
  dropCallbacks: boolean;
  /** Holds the next processor request matching method and path prefix until `release()`. */
  holdProcessor(method: string, path: string): { arrived: Promise<void>; release(): void };
  /** A new payment session; returns its id and client token. */
  session(over?: Record<string, unknown>): Promise<{ id: string; token: string }>;
  widget(token: string, method: string, path: string, body?: unknown, key?: string): Promise<TestResponse>;
  /**
   * Pays as the widget does: the card to the processor's tokenizer, then `{ payment_method }` to
   * Finlet. A card the tokenizer refuses answers with the tokenizer's own 4xx (Finlet never hears of it).
   */
  confirm(token: string, card: Partial<CardFields> & { number: string }, key?: string): Promise<TestResponse>;
  /** Answers the processor's challenge page like a cardholder: a code, or Cancel. */
  challenge(url: string, answer: { code: string } | 'cancel'): Promise<string>;
  close(): Promise<void>;
}

export interface CardFields {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc: string;
  name: string;
  postal_code: string;
}

export const FUTURE_YEAR = new Date().getUTCFullYear() + 3;

export async function startPaymentWorld(env: Record<string, string> = {}): Promise<PaymentWorld> {
  let fetchFinlet: (r: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  let fetchProcessor: (r: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const finletServer: RunningServer = await listenOn(0, '127.0.0.1', (r) => fetchFinlet(r));
  const processorServer: RunningServer = await listenOn(0, '127.0.0.1', (r) => fetchProcessor(r));
  const holds: { method: string; path: string; arrive(): void; released: Promise<void> }[] = [];
  const processor = createProcessor({
    publicUrl: processorServer.url,
    apiKey: PROCESSOR_KEY,
    callbackSecret: CALLBACK_SECRET,
    frameAncestors: [finletServer.url],
  });
  fetchProcessor = async (r) => {
    const { pathname } = new URL(r.url);
    const at = holds.findIndex((h) => h.method === r.method && pathname.startsWith(h.path));
    if (at >= 0) {
      const [hold] = holds.splice(at, 1);
      hold!.arrive();
      await hold!.released;
    }
    return processor.app.fetch(r);
  };
  const ctx = await createTestContext({
    PUBLIC_URL: finletServer.url,
    FINLET_PROCESSOR_URL: processorServer.url,
    FINLET_PROCESSOR_API_KEY: PROCESSOR_KEY,
    FINLET_PROCESSOR_CALLBACK_SECRET: CALLBACK_SECRET,
    FINLET_PROCESSOR_TIMEOUT_MS: '800',
    ...env,
  });
  // Real time: payments and events of one session are ordered by when they happened; `advance`
  // adds an offset for what would otherwise need a real wait (deadlines, leases).
  let offsetMs = 0;
  ctx.deps.clock = { now: () => new Date(systemClock.now().getTime() + offsetMs) };
  let dropCallbacks = false;
  fetchFinlet = (r) =>
    dropCallbacks && new URL(r.url).pathname === '/callbacks/processor'
      ? new Response(null, { status: 503 })
      : ctx.app.fetch(r);

  const widget = (token: string, method: string, path: string, body?: unknown, key?: string) =>
    ctx.app.request(`/widget/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }) as Promise<TestResponse>;

  // Where the frame posts the card, as the widget learns it (a live session: the partner's
  // processor); a session the read refuses (closed) falls back to the sandbox's, so Finlet answers.
  const collections = new Map<string, { url: string; publishable_key: string }>();
  const collectionOf = async (token: string) => {
    let found = collections.get(token);
    if (!found) {
      const read = await widget(token, 'GET', '/payment');
      const state = read.status === 200 ? await read.json() : undefined;
      found = state?.card_collection ?? {
        url: `${processorServer.url}/v1/tokens`,
        publishable_key: SANDBOX_PUBLISHABLE_KEY,
      };
      collections.set(token, found!);
    }
    return found!;
  };

  return {
    ctx,
    processor,
    processorUrl: processorServer.url,
    finletUrl: finletServer.url,
    advance(ms: number) {
      offsetMs += ms;
    },
    get dropCallbacks() {
      return dropCallbacks;
    },
    set dropCallbacks(drop: boolean) {
      dropCallbacks = drop;
    },
    holdProcessor(method: string, path: string) {
      let arrive!: () => void;
      let release!: () => void;
      const arrived = new Promise<void>((r) => {
        arrive = r;
      });
      const released = new Promise<void>((r) => {
        release = r;
      });
      holds.push({ method, path, arrive, released });
      return { arrived, release };
    },
    async session(over = {}) {
      const res = await ctx.api('POST', '/v1/sessions', { body: sessionBody(over) });
      if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
      const s = await res.json();
      return { id: s.id, token: s.client_token };
    },
    widget,
    async confirm(token, card, key = `att_${randomUUID()}`) {
      const cvc = card.cvc ?? (/^3[47]/.test(card.number) ? '1234' : '123');
      const { url, publishable_key } = await collectionOf(token);
      const made = await tokeniseInBrowser(
        url,
        { exp_month: 12, exp_year: FUTURE_YEAR, ...card, cvc },
        publishable_key,
      );
      if ('refused' in made) return made.refused as TestResponse;
      return widget(
        token,
        'POST',
        '/payments',
        { payment_method: { type: 'token', token: made.token } },
        key,
      );
    },
    async challenge(url, answer) {
      const form = answer === 'cancel' ? 'action=cancel' : `action=complete&code=${answer.code}`;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        redirect: 'manual',
      });
      await res.arrayBuffer();
      return res.headers.get('location') ?? '';
    },
    async close() {
      processor.close();
      await Promise.allSettled([finletServer.close(), processorServer.close()]);
      await ctx.close();
    },
  };
}

/** The types of the events about one payment, oldest first (as `GET /v1/events` lists them, reversed). */
export const paymentEventTypes = (ctx: TestContext, paymentId: string): Promise<string[]> =>
  eventTypesOf(ctx, paymentId);

/**
 * Polls until `check` passes (callbacks and webhooks arrive asynchronously; the processor's own
 * retries come after 0.25, 1 and 3 s, and a busy machine adds seconds), then returns the last value
 * for the caller's assertion to show.
 */
export async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
