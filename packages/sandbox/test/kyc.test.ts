/**
 * The Sandbox KYC over real HTTP: API key auth, validation and size limits, every deterministic
 * outcome of the README table delivered as a signed asynchronous callback, retries of a failing
 * receiver, idempotent submission and fault injection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKyc, type Kyc, MAX_IMAGE_BYTES } from '../src/kyc/app.ts';
import { KYC_SIGNATURE_HEADER, signKycPayload, verifyKycSignature } from '../src/kyc/signature.ts';
import { type Listening, listen, receiver } from './support/listen.ts';

const KEY = 'ksk_test_unit';
const SECRET = 'kcs_test_unit';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64');

let kyc: Kyc;
let server: Listening;
let sink: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
  kyc = createKyc({ apiKey: KEY, callbackSecret: SECRET, delayMs: 20 });
  server = await listen(kyc.app);
  sink = await receiver();
});
afterAll(async () => {
  kyc.close();
  await server.close();
  await sink.close();
});

const body = (over: { last_name?: string; expiry?: string; front?: string } = {}) => ({
  reference: 'idv_test',
  callback_url: `${sink.url}/callbacks/kyc`,
  applicant: { first_name: 'Ada', last_name: over.last_name ?? 'Lovelace', date_of_birth: '1990-12-10' },
  document: {
    type: 'passport',
    issuing_country: 'GB',
    expiry_date: over.expiry ?? '2099-01-01',
    front: over.front ?? JPEG,
  },
  selfie: PNG,
});

async function post(payload: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/v1/checks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: res.status, json: (await res.json()) as any, headers: res.headers };
}

async function resultOf(over: Parameters<typeof body>[0]) {
  const before = sink.received.length;
  const res = await post(body(over));
  expect(res.status).toBe(202);
  expect(res.json).toMatchObject({ status: 'processing', result: null });
  await sink.waitFor(before + 1);
  await kyc.callbacksIdle();
  const delivered = sink.received
    .slice(before)
    .find((r) => JSON.parse(r.body).data.check.id === res.json.id)!;
  const header = String(delivered.headers[KYC_SIGNATURE_HEADER.toLowerCase()]);
  expect(verifyKycSignature(SECRET, header, delivered.body)).toBe(true);
  return JSON.parse(delivered.body).data.check;
}

describe('Sandbox KYC', () => {
  it('refuses requests without the right API key', async () => {
    const none = await fetch(`${server.url}/v1/checks/chk_x`);
    expect(none.status).toBe(401);
    const wrong = await post(body(), { authorization: 'Bearer ksk_test_other' });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.code).toBe('invalid_api_key');
  });

  it('validates the body and limits image size', async () => {
    expect((await post('{nope')).status).toBe(400);
    const bad = await post({ ...body(), extra: 1 });
    expect(bad.status).toBe(400);
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 10, 1).toString('base64');
    const huge = await post(body({ front: big }));
    expect(huge.status).toBe(413);
  });

  it.each([
    ['Lovelace', undefined, 'approved', [], 'approved', []],
    ['Decline', undefined, 'declined', ['document_not_genuine'], 'approved', []],
    ['Review', undefined, 'review', ['document_unreadable'], 'approved', []],
    ['Mismatch', undefined, 'approved', [], 'declined', ['face_mismatch']],
    ['Lovelace', '2001-01-01', 'declined', ['document_expired'], 'approved', []],
  ])(
    'surname %s, expiry %s → document %s, selfie %s',
    async (last_name, expiry, doc, docReasons, selfie, selfieReasons) => {
      const check = await resultOf({ last_name, ...(expiry ? { expiry } : {}) });
      expect(check.status).toBe('completed');
      expect(check.result).toEqual({
        document: { outcome: doc, reasons: docReasons },
        selfie: { outcome: selfie, reasons: selfieReasons },
      });
      const fetched = await fetch(`${server.url}/v1/checks/${check.id}`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(((await fetched.json()) as any).result).toEqual(check.result);
    },
  );

  it('declines images that are not JPEG or PNG', async () => {
    const check = await resultOf({ front: Buffer.from('GIF89a....').toString('base64') });
    expect(check.result.document).toEqual({ outcome: 'declined', reasons: ['image_unreadable'] });
  });

  it('answers the same check for the same Idempotency-Key', async () => {
    const a = await post(body(), { 'idempotency-key': 'same' });
    const b = await post(body(), { 'idempotency-key': 'same' });
    expect(b.json.id).toBe(a.json.id);
    await kyc.callbacksIdle();
  });

  it('retries a failing callback receiver', async () => {
    const flaky = await receiver({ failFirst: 1 });
    try {
      await post({ ...body(), callback_url: `${flaky.url}/cb` });
      await flaky.waitFor(2);
      expect(flaky.received[1]!.body).toBe(flaky.received[0]!.body);
    } finally {
      await kyc.callbacksIdle();
      await flaky.close();
    }
  });

  it('injects faults through the shared middleware', async () => {
    const res = await post(body(), { 'x-sandbox-fault': 'status=503' });
    expect(res.status).toBe(503);
    const limited = await post(body(), { 'x-sandbox-fault': 'rate_limit=2' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
  });

  it('signatures reject tampering, other secrets and stale timestamps', () => {
    const payload = '{"a":1}';
    const header = signKycPayload(SECRET, payload);
    expect(verifyKycSignature(SECRET, header, payload)).toBe(true);
    expect(verifyKycSignature(SECRET, header, '{"a":2}')).toBe(false);
    expect(verifyKycSignature('kcs_other', header, payload)).toBe(false);
    const old = signKycPayload(SECRET, payload, Math.floor(Date.now() / 1000) - 3600);
    expect(verifyKycSignature(SECRET, old, payload)).toBe(false);
  });
});
