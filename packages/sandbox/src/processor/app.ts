/**
 * The Sandbox Processor: a card processor on its own origin with a small JSON API (bearer
 * `psk_test_…` key), 3-D Secure challenge pages, signed callbacks and the shared fault middleware
 * (admin endpoint `POST /__sandbox/faults`; `hang_after` on `POST /v1/payments` records the charge
 * and then never answers, for idempotency tests of the caller).
 */
import { timingSafeEqual } from 'node:crypto';
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

export interface ProcessorConfig {
  /** The processor's own origin, used in 3-D Secure URLs. */
  publicUrl: string;
  /** The bearer key callers must send: `psk_test_…`. */
  apiKey: string;
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

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createProcessor(config: ProcessorConfig): Processor {
  if (!config.apiKey.startsWith('psk_test_'))
    throw new Error('The processor API key must start with psk_test_');
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
  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization');
    if (!header?.startsWith('Bearer '))
      throw new ProcessorError('missing_api_key', 'Send Authorization: Bearer psk_test_…');
    if (!sameSecret(header.slice(7), config.apiKey))
      throw new ProcessorError('invalid_api_key', 'Unknown API key.');
    await next();
  });
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
  const frameAncestors = (env.SANDBOX_PROCESSOR_FRAME_ANCESTORS ?? finletOrigin)
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const origin of frameAncestors) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(
        `SANDBOX_PROCESSOR_FRAME_ANCESTORS: "${origin}" is not an origin like https://finlet.example`,
      );
    }
  }
  return createProcessor({
    publicUrl: env.SANDBOX_PROCESSOR_PUBLIC_URL ?? ctx.publicUrl,
    apiKey: env.SANDBOX_PROCESSOR_API_KEY ?? DEFAULT_PROCESSOR_API_KEY,
    callbackSecret: env.SANDBOX_PROCESSOR_CALLBACK_SECRET ?? DEFAULT_PROCESSOR_CALLBACK_SECRET,
    frameAncestors,
    faults: ctx.faults,
    cards: loadTestCards(),
  });
}
