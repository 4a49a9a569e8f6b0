/**
 * The one signed-callback check (`t=…,v1=…`) against what the sandbox providers really sign with
 * their own signers: a callback passes only with the exact body, the right secret and a fresh
 * timestamp; forged, replayed, tampered and malformed headers fail.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signKycPayload } from '../../../../sandbox/src/kyc/signature.ts';
import { signProcessorPayload } from '../../../../sandbox/src/processor/signature.ts';
import { parseSignatureHeader, verifySignedCallback } from '../../../src/connectors/signed-callback.ts';

const SECRET = 'pcs_test_signed_callback';
const BODY = '{"id":"evt_1","type":"payment.succeeded","data":{"object":{"id":"pp_1"}}}';
const NOW = 1_780_000_000;
const mac = (t: number, body: string, secret = SECRET) =>
  createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

describe.each([
  ['processor', signProcessorPayload],
  ['KYC provider', signKycPayload],
])('a callback the sandbox %s signed', (_name, sign) => {
  const header = sign(SECRET, BODY, NOW);
  const check = (over: Partial<Parameters<typeof verifySignedCallback>[0]> = {}) =>
    verifySignedCallback({ secret: SECRET, header, body: BODY, nowSec: NOW, ...over });

  it('verifies with the exact body, the same secret and a fresh timestamp', () => {
    expect(check()).toBe(true);
    expect(check({ nowSec: NOW + 300 })).toBe(true);
    expect(check({ nowSec: NOW - 300 })).toBe(true);
  });

  it('fails with one byte of the body changed, another secret, or outside the 5 minute tolerance', () => {
    expect(check({ body: BODY.replace('pp_1', 'pp_2') })).toBe(false);
    expect(check({ body: `${BODY} ` })).toBe(false);
    expect(check({ secret: `${SECRET}x` })).toBe(false);
    expect(check({ nowSec: NOW + 301 })).toBe(false);
    expect(check({ nowSec: NOW - 301 })).toBe(false);
    expect(check({ nowSec: NOW + 60, toleranceSec: 30 })).toBe(false);
  });
});

describe('forged and malformed headers', () => {
  const verify = (header: string | undefined) =>
    verifySignedCallback({ secret: SECRET, header, body: BODY, nowSec: NOW });

  it('a replayed MAC under a new timestamp fails (the timestamp is signed)', () => {
    expect(verify(`t=${NOW},v1=${mac(NOW - 3600, BODY)}`)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['no timestamp', `v1=${mac(NOW, BODY)}`],
    ['no v1', `t=${NOW}`],
    ['v0 only', `t=${NOW},v0=${mac(NOW, BODY)}`],
    ['uppercase hex', `t=${NOW},v1=${mac(NOW, BODY).toUpperCase()}`],
    ['short MAC', `t=${NOW},v1=${mac(NOW, BODY).slice(0, 63)}`],
    ['non-numeric time', `t=now,v1=${mac(NOW, BODY)}`],
    ['a timestamp in milliseconds', `t=${NOW}000,v1=${mac(NOW, BODY)}`],
  ])('%s → false', (_what, header) => {
    expect(verify(header)).toBe(false);
  });

  it('accepts any one matching v1 among several (a provider rolling its secret signs twice)', () => {
    const other = mac(NOW, BODY, 'the_old_secret');
    expect(verify(`t=${NOW},v1=${other},v1=${mac(NOW, BODY)}`)).toBe(true);
    expect(verify(`t=${NOW}, v1=${mac(NOW, BODY)}, v1=${other}`)).toBe(true);
    expect(verify(`t=${NOW},v1=${other}`)).toBe(false);
  });

  it('parses the parts it checks', () => {
    expect(parseSignatureHeader(`t=${NOW},v1=${'a'.repeat(64)},x=1`)).toEqual({
      timestamp: NOW,
      macs: ['a'.repeat(64)],
    });
    expect(parseSignatureHeader('t=1')).toBeUndefined();
  });
});
