/**
 * The check of a provider's signed callback in the `t=…,v1=…` scheme the card processor
 * (`Processor-Signature`) and the KYC provider (`Kyc-Signature`) use, as Stripe does:
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. The timestamp is inside the
 * MAC, so a captured callback cannot be replayed outside the tolerance; several `v1` values may be
 * given (a provider rolling its secret signs with both) and one matching is enough. MACs are
 * compared in constant time. Every connector of this scheme checks its callbacks here; the sandbox
 * providers keep their own signer, since the server never depends on the sandbox package.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/** How far a callback's signed time may be from now (either way): 5 minutes. */
export const DEFAULT_TOLERANCE_SEC = 300;

export interface SignedCallback {
  secret: string;
  /** The signature header's value, as received. */
  header: string | null | undefined;
  /** The raw body, exactly as received (before any JSON parsing). */
  body: string;
  /** Now, in unix seconds. */
  nowSec: number;
  toleranceSec?: number;
}

/** The header's parts; undefined when it has no usable timestamp or no well-formed `v1`. */
export function parseSignatureHeader(header: string): { timestamp: number; macs: string[] } | undefined {
  let timestamp: number | undefined;
  const macs: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) macs.push(value);
  }
  return timestamp === undefined || macs.length === 0 ? undefined : { timestamp, macs };
}

/** True when the header carries a fresh `v1` MAC of exactly this body under this secret. */
export function verifySignedCallback(c: SignedCallback): boolean {
  if (!c.header) return false;
  const parsed = parseSignatureHeader(c.header);
  if (!parsed) return false;
  if (Math.abs(c.nowSec - parsed.timestamp) > (c.toleranceSec ?? DEFAULT_TOLERANCE_SEC)) return false;
  const expected = Buffer.from(
    createHmac('sha256', c.secret).update(`${parsed.timestamp}.${c.body}`).digest('hex'),
  );
  // Every candidate is compared (no early exit), each in constant time: equal lengths by the regex.
  return parsed.macs.reduce((ok, mac) => timingSafeEqual(expected, Buffer.from(mac)) || ok, false);
}

/** A callback's body read by `schema` once its signature checked out; null when not JSON or not that shape. */
export function parseCallbackBody<T>(body: string, schema: z.ZodType<T>): T | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
