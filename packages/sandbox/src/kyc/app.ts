/**
 * The Sandbox KYC provider: document + selfie verification on its own origin with a small REST
 * API (bearer `ksk_test_…` key). A check is submitted with its images as base64 JSON and answered
 * `202 processing`; the result arrives later as a signed callback (`Kyc-Signature`, see
 * signature.ts) to the check's `callback_url`. Outcomes are deterministic (outcomes.ts), and the
 * shared fault middleware (admin endpoint `POST /__sandbox/faults`) injects latency, 5xx, 429,
 * hangs and malformed bodies.
 *
 * API: `POST /v1/checks` (Idempotency-Key honoured), `GET /v1/checks/:id`, `GET /health`.
 */
import { timingSafeEqual } from 'node:crypto';
import { randomBase62 } from '@finlet/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type FaultMiddleware, type FaultOptions, faults } from '../faults.ts';
import type { ProviderContext } from '../providers.ts';
import { KycCallbacks } from './callbacks.ts';
import { type CheckOutcome, decide } from './outcomes.ts';

export const DEFAULT_KYC_API_KEY = 'ksk_test_sandbox';
export const DEFAULT_KYC_CALLBACK_SECRET = 'kcs_test_sandbox';
/** Largest decoded image, and the request body limit (three images in base64 plus the JSON). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_BODY_BYTES = 3 * Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 64 * 1024;

export interface KycConfig {
  apiKey: string;
  callbackSecret: string;
  /** How long a check "runs" before its callback is sent. */
  delayMs?: number;
  faults?: FaultOptions;
  now?: () => Date;
}

export interface KycCheck {
  id: string;
  reference: string;
  status: 'processing' | 'completed';
  created: number;
  result: CheckOutcome | null;
}

const base64Image = z
  .string()
  .min(4)
  .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, 'image larger than 5 MB')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');
const date = z.iso.date();
const checkRequest = z.strictObject({
  reference: z.string().min(1).max(100),
  callback_url: z.url({ protocol: /^https?$/ }),
  applicant: z.strictObject({
    first_name: z.string().min(1).max(100),
    last_name: z.string().min(1).max(100),
    date_of_birth: date,
  }),
  document: z.strictObject({
    type: z.enum(['passport', 'id_card', 'driving_licence']),
    issuing_country: z.string().regex(/^[A-Z]{2}$/),
    expiry_date: date,
    front: base64Image,
    back: base64Image.optional(),
  }),
  selfie: base64Image,
});

class KycError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Kyc {
  app: Hono;
  checks: Map<string, KycCheck>;
  faults: FaultMiddleware['control'];
  /** Resolves once every scheduled callback was delivered or given up. */
  callbacksIdle(): Promise<void>;
  close(): void;
}

export function createKyc(config: KycConfig): Kyc {
  if (!config.apiKey.startsWith('ksk_test_')) throw new Error('The KYC API key must start with ksk_test_');
  const now = config.now ?? (() => new Date());
  const checks = new Map<string, KycCheck>();
  const byIdempotencyKey = new Map<string, string>();
  const callbacks = new KycCallbacks(config.callbackSecret);
  const faultMiddleware = faults(config.faults);
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof KycError)
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    return c.json({ error: { code: 'internal_error', message: 'Unexpected error.' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'route_not_found', message: 'No such endpoint.' } }, 404));
  app.use('*', faultMiddleware);
  app.get('/health', (c) => c.json({ status: 'ok', provider: 'kyc' }));
  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization');
    if (!header?.startsWith('Bearer '))
      throw new KycError(401, 'missing_api_key', 'Send Authorization: Bearer ksk_test_…');
    const given = Buffer.from(header.slice(7));
    const expected = Buffer.from(config.apiKey);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new KycError(401, 'invalid_api_key', 'Unknown API key.');
    await next();
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new KycError(413, 'body_too_large', `The body exceeds ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );

  app.post('/v1/checks', async (c) => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
      throw new KycError(415, 'unsupported_media_type', 'Send application/json.');
    const key = c.req.header('idempotency-key');
    const known = key ? checks.get(byIdempotencyKey.get(key) ?? '') : undefined;
    if (known) return c.json(view(known), 202);
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new KycError(400, 'invalid_json', 'The body is not JSON.');
    }
    const parsed = checkRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const tooLarge = issue.code === 'too_big' && issue.path.length > 0;
      throw new KycError(
        tooLarge ? 413 : 400,
        tooLarge ? 'image_too_large' : 'invalid_request',
        `${issue.path.join('.')}: ${issue.message}`,
      );
    }
    const input = parsed.data;
    const decode = (s: string) => Buffer.from(s, 'base64');
    const images = {
      front: decode(input.document.front),
      selfie: decode(input.selfie),
      ...(input.document.back ? { back: decode(input.document.back) } : {}),
    };
    if (Object.values(images).some((b) => b.length > MAX_IMAGE_BYTES))
      throw new KycError(413, 'image_too_large', 'Each image must be at most 5 MB.');
    const check: KycCheck = {
      id: `chk_${randomBase62(20)}`,
      reference: input.reference,
      status: 'processing',
      created: Math.floor(now().getTime() / 1000),
      result: null,
    };
    checks.set(check.id, check);
    if (key) byIdempotencyKey.set(key, check.id);
    const outcome = decide(
      { last_name: input.applicant.last_name, document_expiry_date: input.document.expiry_date, images },
      now().toISOString().slice(0, 10),
    );
    callbacks.schedule(config.delayMs ?? 300, input.callback_url, () => {
      check.status = 'completed';
      check.result = outcome;
      return { type: 'check.completed', check: view(check) };
    });
    return c.json(view(check), 202);
  });

  app.get('/v1/checks/:id', (c) => {
    const check = checks.get(c.req.param('id'));
    if (!check) throw new KycError(404, 'not_found', 'No such check.');
    return c.json(view(check));
  });

  return {
    app,
    checks,
    faults: faultMiddleware.control,
    callbacksIdle: () => callbacks.idle(),
    close() {
      faultMiddleware.control.releaseHangs();
      callbacks.close();
    },
  };
}

function view(check: KycCheck) {
  return { object: 'check', ...check };
}

/** The runner's entry: `SANDBOX_KYC_API_KEY`, `SANDBOX_KYC_CALLBACK_SECRET`, `SANDBOX_KYC_DELAY_MS`. */
export function createKycFromEnv(ctx: ProviderContext): Kyc {
  const delay = Number(ctx.env.SANDBOX_KYC_DELAY_MS ?? 300);
  return createKyc({
    apiKey: ctx.env.SANDBOX_KYC_API_KEY ?? DEFAULT_KYC_API_KEY,
    callbackSecret: ctx.env.SANDBOX_KYC_CALLBACK_SECRET ?? DEFAULT_KYC_CALLBACK_SECRET,
    delayMs: Number.isFinite(delay) && delay >= 0 ? delay : 300,
    faults: ctx.faults,
  });
}
