/**
 * Standard Webhooks 1.0 signatures: `v1,<base64 HMAC-SHA256(key, "id.timestamp.body")>` where the
 * key is the base64-decoded part of the `whsec_` secret. During a secret rotation both the new and
 * the previous secret sign, space-separated, so receivers holding either one keep verifying.
 */
import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

export function secretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  if (key.length === 0) throw new Error('empty webhook secret');
  return key;
}

/** One `v1,…` signature of `msgId.timestamp.body` (timestamp in unix seconds). */
export function sign(secret: string, msgId: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret))
    .update(`${msgId}.${timestamp}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers for one delivery attempt; the first secret is the current one. */
export function webhookHeaders(
  secrets: readonly string[],
  msgId: string,
  at: Date,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => sign(s, msgId, timestamp, body)).join(' '),
  };
}
