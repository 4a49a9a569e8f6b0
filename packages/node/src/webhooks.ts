/**
 * Verifies a Finlet webhook delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`, HMAC-SHA256 over `id.timestamp.body` with the endpoint's `whsec_` secret,
 * five minutes of tolerance) with the specification's own library, `standardwebhooks`. Pass the RAW
 * body: a re-serialised JSON object no longer matches its signature.
 */
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { FinletError } from './errors.ts';
import type { paths } from './generated/openapi.ts';

/**
 * An event as Finlet sends it: an item of `GET /v1/events` (the path's type, not a schema name, so a
 * renamed component does not break it). When the document gains one schema per event type (its
 * `webhooks` section), this becomes their union.
 */
export type FinletEvent =
  paths['/v1/events']['get']['responses'][200]['content']['application/json']['data'][number];

/** Node's `req.headers`, a fetch `Headers`, or a plain record. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: WebhookHeaders, name: string): string {
  if (headers instanceof Headers) return headers.get(name) ?? '';
  const found = Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return (Array.isArray(found) ? found[0] : found) ?? '';
}

export const webhooks = {
  /**
   * The event, once its signature and timestamp are checked; throws FinletError `webhook_invalid`
   * otherwise (answer the delivery with a 400: Finlet retries it, and it never reaches your code).
   */
  verify(payload: string | Buffer, headers: WebhookHeaders, secret: string): FinletEvent {
    const body = typeof payload === 'string' ? payload : payload.toString('utf8');
    try {
      return new Webhook(secret).verify(body, {
        'webhook-id': header(headers, 'webhook-id'),
        'webhook-timestamp': header(headers, 'webhook-timestamp'),
        'webhook-signature': header(headers, 'webhook-signature'),
      }) as FinletEvent;
    } catch (cause) {
      if (!(cause instanceof WebhookVerificationError) && !(cause instanceof SyntaxError)) throw cause;
      throw new FinletError({
        code: 'webhook_invalid',
        message: 'The webhook signature, timestamp or body is not valid for this secret.',
        cause,
      });
    }
  },
};
