/**
 * The Sandbox Processor's callback signature, the way Stripe-style processors sign webhooks:
 * `Processor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`.
 * The timestamp is signed too, so an old callback cannot be replayed outside the tolerance.
 * Only node:crypto here: the Finlet server's connector imports this file to verify callbacks.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PROCESSOR_SIGNATURE_HEADER = 'Processor-Signature';

export function signProcessorPayload(secret: string, body: string, timestampSec = nowSec()): string {
  const mac = createHmac('sha256', secret).update(`${timestampSec}.${body}`).digest('hex');
  return `t=${timestampSec},v1=${mac}`;
}

/**
 * True when `header` carries a v1 signature of `body` under `secret` whose timestamp is within
 * `toleranceSec` of now. Any malformed header, other secret, changed byte or stale time is false.
 */
export function verifyProcessorSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  toleranceSec = 300,
  now = nowSec(),
): boolean {
  if (!header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  if (Math.abs(now - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'));
  return candidates.some((candidate) => timingSafeEqual(expected, Buffer.from(candidate)));
}

function nowSec(): number {
  return Math.floor(Date.now() / 1000);
}
