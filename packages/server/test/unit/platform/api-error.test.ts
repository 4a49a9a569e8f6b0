/**
 * `ApiError.from`, the one conversion of other libraries' errors into Finlet codes (zod, jose, a
 * card processor, anything else), and what the error handler does with a wrapped `cause`: it goes
 * to the log, never into the response a client reads.
 */
import { Hono } from 'hono';
import { errors as joseErrors } from 'jose';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProcessorFailure } from '../../../src/connectors/payments/processor.ts';
import type { AppEnv } from '../../../src/context.ts';
import { ApiError } from '../../../src/errors.ts';
import { onError } from '../../../src/middleware/errors.ts';
import { createLogger } from '../../../src/observability/logger.ts';

const zodError = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a zod error');
  return parsed.error;
};

describe('ApiError.from', () => {
  it('keeps an ApiError as it is', () => {
    const error = new ApiError('not_found', 'No such payment.');
    expect(ApiError.from(error, 'token_invalid')).toBe(error);
  });

  it('turns an unknown key into unknown_parameter naming the field, with its path', () => {
    const error = ApiError.from(zodError(z.strictObject({ a: z.strictObject({}) }), { a: { b: 1 } }));
    expect([error.code, error.status, error.param]).toEqual(['unknown_parameter', 400, 'a.b']);
  });

  it('turns any other zod issue into invalid_request naming the field', () => {
    const error = ApiError.from(zodError(z.object({ amount: z.number() }), { amount: 'ten' }));
    expect([error.code, error.status, error.param]).toEqual(['invalid_request', 400, 'amount']);
  });

  it("turns jose's expired token into token_expired and its other failures into token_invalid", () => {
    const expired = new joseErrors.JWTExpired('"exp" claim timestamp check failed', {});
    expect(ApiError.from(expired).code).toBe('token_expired');
    for (const e of [
      new joseErrors.JWSSignatureVerificationFailed(),
      new joseErrors.JWTClaimValidationFailed('unexpected "aud" claim value', {}),
      new joseErrors.JWSInvalid('Invalid Compact JWS'),
      new joseErrors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed'),
    ]) {
      const error = ApiError.from(e);
      expect([error.code, error.status]).toEqual(['token_invalid', 401]);
      expect(error.cause).toBe(e);
    }
  });

  it("turns a processor's failure into its code and param, keeping it as the cause", () => {
    const failure = new ProcessorFailure(
      'rejected',
      'card_invalid',
      "The card's cvc is not valid.",
      'invalid_cvc',
      'cvc',
    );
    const error = ApiError.from(failure);
    expect([error.code, error.status, error.param]).toEqual(['card_invalid', 400, 'cvc']);
    expect(error.cause).toBe(failure);
  });

  it('turns anything else into the fallback (internal_error unless given), keeping it as the cause', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect([ApiError.from(bug).code, ApiError.from(bug).status]).toEqual(['internal_error', 500]);
    expect(ApiError.from(bug, 'token_invalid').code).toBe('token_invalid');
    expect(ApiError.from(bug).cause).toBe(bug);
    expect(ApiError.from('a thrown string').code).toBe('internal_error');
  });
});

describe('the cause of an error', () => {
  function app(thrown: () => unknown) {
    const lines: string[] = [];
    const log = createLogger('info', { write: (s: string) => void lines.push(s) });
    const hono = new Hono<AppEnv>();
    hono.use(async (c, next) => {
      c.set('requestId', 'req_test');
      c.set('log', log);
      await next();
    });
    hono.get('/fail', () => {
      throw thrown();
    });
    hono.onError(onError);
    return { hono, lines };
  }
  const origin = () => new Error('connect ECONNREFUSED 10.0.0.7:8443 secret-upstream.internal');

  it.each([
    [
      'a provider error wrapping its origin',
      () => new ApiError('provider_error', undefined, undefined, { cause: origin() }),
    ],
    ['an unknown failure converted by ApiError.from', () => ApiError.from(origin())],
    [
      'a client error wrapping its origin',
      () => new ApiError('invalid_request', 'Bad.', undefined, { cause: origin() }),
    ],
  ])('%s never reaches the response body, and a 5xx one reaches the log', async (_, thrown) => {
    const { hono, lines } = app(thrown);
    const res = await hono.request('/fail');
    const text = await res.text();
    expect(text).not.toContain('secret-upstream');
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toContain('cause');
    const body = JSON.parse(text) as { error: { code: string; request_id: string } };
    expect(body.error.request_id).toBe('req_test');
    if (res.status >= 500) expect(lines.join('\n')).toContain('secret-upstream');
  });

  it('an unknown failure keeps its status: a database outage wrapped by ApiError.from is still 503', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { hono } = app(() => ApiError.from(outage));
    const res = await hono.request('/fail');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
  });
});
