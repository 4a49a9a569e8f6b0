/**
 * The Sandbox Processor: a card processor on its own origin with a small JSON API (bearer
 * `psk_test_…` key), 3-D Secure challenge pages, signed callbacks and the shared fault middleware
 * (admin endpoint `POST /__sandbox/faults`; `hang_after` on `POST /v1/payments` records the charge
 * and then never answers, for idempotency tests of the caller).
 */
import { Hono } from 'hono';
import { type FaultMiddleware, type FaultOptions, faults } from '../faults.ts';
import type { ProviderContext } from '../providers.ts';
import { CallbackSender } from './callbacks.ts';
import { loadTestCards, type TestCard } from './cards.ts';
import { challengeRoutes } from './challenge.ts';
import { errorResponse, ProcessorError } from './errors.ts';
import { PaymentDesk } from './payments.ts';
import { processorRoutes } from './routes.ts';
import { ProcessorState } from './state.ts';
import { DEFAULT_PROCESSOR_PUBLISHABLE_KEY, keyAuth, tokenizerCors } from './tokenizer.ts';

export interface ProcessorConfig {
  /** The processor's own origin, used in 3-D Secure URLs. */
  publicUrl: string;
  /** The bearer key callers must send: `psk_test_…`. */
  apiKey: string;
  /** The browser's key for `POST /v1/tokens` only: `ppk_test_…` (default `ppk_test_sandbox`). */
  publishableKey?: string;
  /** Origins whose pages may call the tokenizer from the browser (CORS); default: the frame ancestors. */
  corsOrigins?: string[];
  /** HMAC secret for `Processor-Signature` on callbacks. */
  callbackSecret: string;
  /** Origins allowed to frame the challenge page (the Finlet origin, and partner origins above it). */
  frameAncestors: string[];
  faults?: FaultOptions;
  cards?: Map<string, TestCard>;
  now?: () => Date;
}

export interface Processor {
  app: Hono;
  state: ProcessorState;
  faults: FaultMiddleware['control'];
  /** Resolves when every queued callback was delivered or given up. */
  callbacksIdle(): Promise<void>;
  close(): void;
}

export const DEFAULT_PROCESSOR_API_KEY = 'psk_test_sandbox';
export const DEFAULT_PROCESSOR_CALLBACK_SECRET = 'pcs_test_sandbox';

export function createProcessor(config: ProcessorConfig): Processor {
  if (!config.apiKey.startsWith('psk_test_'))
    throw new Error('The processor API key must start with psk_test_');
  const publishableKey = config.publishableKey ?? DEFAULT_PROCESSOR_PUBLISHABLE_KEY;
  if (!publishableKey.startsWith('ppk_test_'))
    throw new Error('The processor publishable key must start with ppk_test_');
  const state = new ProcessorState();
  const callbacks = new CallbackSender(config.callbackSecret);
  const cards = config.cards ?? loadTestCards();
  const desk = new PaymentDesk(state, cards, callbacks, config.publicUrl, config.now);
  const faultMiddleware = faults(config.faults);

  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.notFound((c) => errorResponse(c, new ProcessorError('route_not_found', 'No such endpoint.')));
  app.use('*', faultMiddleware);
  app.get('/health', (c) => c.json({ status: 'ok', provider: 'processor' }));
  app.use('/v1/tokens', tokenizerCors(config.corsOrigins ?? config.frameAncestors));
  app.use('/v1/*', keyAuth({ apiKey: config.apiKey, publishableKey }));
  app.route('/v1', processorRoutes(state, desk));
  app.route('/3ds', challengeRoutes(state, desk, config.frameAncestors));

  return {
    app,
    state,
    faults: faultMiddleware.control,
    callbacksIdle: () => callbacks.idle(),
    close() {
      faultMiddleware.control.releaseHangs();
      callbacks.close();
    },
  };
}

/** The runner's entry: configuration from `SANDBOX_PROCESSOR_*` variables. */
export function createProcessorFromEnv(ctx: ProviderContext): Processor {
  const { env } = ctx;
  const finletOrigin = env.PUBLIC_URL
    ? new URL(env.PUBLIC_URL).origin
    : `http://localhost:${env.PORT ?? 8080}`;
  const frameAncestors = originList(env, 'SANDBOX_PROCESSOR_FRAME_ANCESTORS', finletOrigin);
  const corsOrigins = originList(env, 'SANDBOX_PROCESSOR_CORS_ORIGINS', finletOrigin);
  return createProcessor({
    publicUrl: env.SANDBOX_PROCESSOR_PUBLIC_URL ?? ctx.publicUrl,
    apiKey: env.SANDBOX_PROCESSOR_API_KEY ?? DEFAULT_PROCESSOR_API_KEY,
    publishableKey: env.SANDBOX_PROCESSOR_PUBLISHABLE_KEY ?? DEFAULT_PROCESSOR_PUBLISHABLE_KEY,
    callbackSecret: env.SANDBOX_PROCESSOR_CALLBACK_SECRET ?? DEFAULT_PROCESSOR_CALLBACK_SECRET,
    frameAncestors,
    corsOrigins,
    faults: ctx.faults,
    cards: loadTestCards(),
  });
}

/** A list of origins from a variable (comma or space separated), each checked to be a bare origin. */
function originList(env: ProviderContext['env'], name: string, fallback: string): string[] {
  const origins = (env[name] ?? fallback).split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin)
      throw new Error(`${name}: "${origin}" is not an origin like https://finlet.example`);
  }
  return origins;
}
