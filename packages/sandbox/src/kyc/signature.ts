/**
 * The Sandbox KYC callback signature: `Kyc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + body)>`. The timestamp is inside the MAC, so a captured callback cannot be replayed
 * after the tolerance window. Only node:crypto, so tests of any package can sign and verify.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const KYC_SIGNATURE_HEADER = 'Kyc-Signature';

export function signKycPayload(secret: string, body: string, timestampSec = Math.floor(Date.now() / 1000)) {
  const mac = createHmac('sha256', secret).update(`${timestampSec}.${body}`).digest('hex');
  return `t=${timestampSec},v1=${mac}`;
}

/** True when the header holds a v1 MAC of `body` under `secret` within `toleranceSec` of `nowSec`. */
export function verifyKycSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  toleranceSec = 300,
  nowSec = Math.floor(Date.now() / 1000),
): boolean {
  if (!header) return false;
  let t: number | undefined;
  const macs: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v && /^\d{1,12}$/.test(v)) t = Number(v);
    if (k === 'v1' && v && /^[0-9a-f]{64}$/.test(v)) macs.push(v);
  }
  if (t === undefined || macs.length === 0 || Math.abs(nowSec - t) > toleranceSec) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return macs.some((m) => timingSafeEqual(expected, Buffer.from(m)));
}
