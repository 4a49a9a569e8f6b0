/**
 * The processor's error contract: one closed table of codes, each with its status and type, and
 * one error class. Handlers throw; the app's error handler writes the envelope
 * `{ error: { type, code, message, param? } }` (the shape Stripe-like processors use).
 */
import type { Context } from 'hono';

export const PROCESSOR_ERRORS = {
  missing_api_key: [401, 'authentication_error'],
  invalid_api_key: [401, 'authentication_error'],
  publishable_key_not_allowed: [403, 'authentication_error'],
  invalid_json: [400, 'invalid_request_error'],
  invalid_request: [400, 'invalid_request_error'],
  invalid_number: [400, 'card_error'],
  invalid_expiry_month: [400, 'card_error'],
  invalid_expiry_year: [400, 'card_error'],
  invalid_cvc: [400, 'card_error'],
  token_already_used: [400, 'invalid_request_error'],
  missing_idempotency_key: [400, 'idempotency_error'],
  idempotency_key_reused: [409, 'idempotency_error'],
  payment_not_refundable: [409, 'invalid_request_error'],
  payment_not_cancelable: [409, 'invalid_request_error'],
  amount_too_large: [400, 'invalid_request_error'],
  not_found: [404, 'invalid_request_error'],
  route_not_found: [404, 'invalid_request_error'],
  internal_error: [500, 'api_error'],
} as const;

export type ProcessorErrorCode = keyof typeof PROCESSOR_ERRORS;

export class ProcessorError extends Error {
  constructor(
    readonly code: ProcessorErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }

  get status(): 400 | 401 | 403 | 404 | 409 | 500 {
    return PROCESSOR_ERRORS[this.code][0];
  }

  toBody() {
    const [, type] = PROCESSOR_ERRORS[this.code];
    return {
      error: { type, code: this.code, message: this.message, ...(this.param ? { param: this.param } : {}) },
    };
  }
}

export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ProcessorError) return c.json(err.toBody(), err.status);
  console.error(JSON.stringify({ level: 'error', msg: 'processor error', error: String(err) }));
  return c.json(new ProcessorError('internal_error', 'The processor failed.').toBody(), 500);
}
