/**
 * The Onfido connector (connectors/kyc/onfido.ts) against the official API v3.6 document: Prism on
 * the document validates every request it sends (the multipart uploads included) and answers from
 * the document's examples; a scripted fake (support/onfido-fake.ts, its answers validated against
 * the same document) plays the asynchronous flow — check created, `check.completed` webhook signed
 * as Onfido documents, result fetched — and the refusals and retries Prism cannot script.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';
import { IDENTITY_COUNTRIES } from '@finlet/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alpha3 } from '../../../src/connectors/kyc/alpha3.ts';
import type { KycCheckInput, KycConnector, KycProgress, KycResult } from '../../../src/connectors/kyc/kyc.ts';
import { createOnfido, outcomeOf } from '../../../src/connectors/kyc/onfido.ts';
import { CONNECTORS, type ConnectorEnv } from '../../../src/connectors/registry.ts';
import { ApiError } from '../../../src/errors.ts';
import { type OnfidoFake, startOnfidoFake } from '../../support/onfido-fake.ts';
import { type PrismMock, startPrism } from '../../support/prism.ts';

const DOCUMENT_FILE = dataFile('providers', 'onfido', 'openapi-v3.6.json');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 7)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(4096, 9)]);

const input = (reference: string, over: Partial<KycCheckInput['document']> = {}): KycCheckInput => ({
  reference,
  callbackUrl: 'https://finlet.example/callbacks/kyc/pa_x',
  applicant: { first_name: 'Ada', last_name: 'Lovelace', date_of_birth: '1990-12-10' },
  document: { type: 'id_card', issuing_country: 'DE', expiry_date: '2031-01-01', ...over },
  images: { front: JPEG, back: PNG, selfie: JPEG },
});

const connector = (url: string, o: { apiToken?: string; webhookToken?: string } = {}) =>
  createOnfido({
    baseUrl: url,
    apiToken: o.apiToken ?? 'api_live_fake_token_0001',
    webhookToken: o.webhookToken ?? 'whk_fake_token_0001',
    timeoutMs: 5000,
    resilience: { baseDelayMs: 1, maxDelayMs: 5 },
  });

/** A two-sided document's submit whose first check creation failed and was retried. */
const EVERYTHING_ONCE_CHECK_TWICE = [
  'POST /applicants',
  'POST /documents',
  'POST /documents',
  'POST /live_photos',
  'POST /checks',
  'POST /checks',
];

const NOW = Math.floor(Date.now() / 1000);
const CLEAR = { result: 'clear' } as const;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e.code;
    throw e;
  }
  return 'none';
}

describe('Onfido connector against Prism on the official document', () => {
  let prism: PrismMock;
  let onfido: KycConnector;
  beforeAll(async () => {
    prism = await startPrism(DOCUMENT_FILE);
    onfido = connector(prism.url);
  });
  afterAll(() => prism?.close());

  it('sends applicant, both document sides, the selfie and the check exactly as the document allows', async () => {
    const before = prism.requests.length;
    const { checkId } = await onfido.submit(input('idv_prism_1'));
    expect(typeof checkId).toBe('string');
    expect(prism.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /applicants 201',
      'POST /documents 201',
      'POST /documents 201',
      'POST /live_photos 201',
      'POST /checks 201',
    ]);
    expect(prism.violations).toEqual([]);
  });

  it('a passport has one side: one document upload', async () => {
    const before = prism.requests.length;
    await onfido.submit({
      ...input('idv_prism_2', { type: 'passport', issuing_country: 'GB' }),
      images: { front: JPEG, selfie: PNG },
    });
    expect(prism.requests.slice(before).filter((r) => r.path === '/documents')).toHaveLength(1);
    expect(prism.violations).toEqual([]);
  });

  it('checks multipart uploads too: a document type the document does not know is refused', async () => {
    const before = prism.violations.length;
    const form = new FormData();
    form.set('applicant_id', '3f2f1b8e-2c3d-4e5f-8a9b-0c1d2e3f4a5b');
    form.set('type', 'library_card');
    form.set('file', new Blob([JPEG], { type: 'image/jpeg' }), 'front.jpg');
    const res = await fetch(`${prism.url}/documents`, {
      method: 'POST',
      headers: { authorization: 'Token token=api_live_fake_token_0001' },
      body: form,
    });
    expect(res.status).toBe(422);
    expect(prism.violations.slice(before).map((v) => v.location.join('.'))).toEqual(['request.body.type']);
  });

  it('fetches the check and its reports named by a signed webhook with requests the document allows', async () => {
    const before = prism.requests.length;
    const violationsBefore = prism.violations.length;
    const checkId = '3f2f1b8e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const body = JSON.stringify({
      payload: {
        resource_type: 'check',
        action: 'check.completed',
        object: { id: checkId, status: 'complete' },
      },
    });
    const sig = createHmac('sha256', 'whk_fake_token_0001').update(body).digest('hex');
    const result = await onfido.parseCallback(sig, body, NOW);
    // The document's example check decides what comes back; what matters here is what was asked.
    expect(result).not.toBeNull();
    const asked = prism.requests.slice(before).map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
    expect(asked[0]).toBe(`GET /checks/${checkId} 200`);
    expect(asked.slice(1)).toEqual(result === 'ignored' ? [] : ['GET /reports 200']);
    expect(prism.violations.slice(violationsBefore)).toEqual([]);
  });
});

describe('Onfido connector against the scripted fake', () => {
  let fake: OnfidoFake;
  let onfido: KycConnector;
  beforeAll(async () => {
    fake = await startOnfidoFake();
    onfido = connector(fake.url);
  });
  afterAll(() => fake?.close());

  it('creates the applicant, uploads typed sides and the selfie, and tags the check with the reference', async () => {
    const { checkId } = await onfido.submit(input('idv_fake_1'));
    const check = fake.checks.get(checkId)!;
    expect(check.tags).toEqual(['finlet:idv_fake_1']);
    expect(check.report_names).toEqual(['document', 'facial_similarity_photo']);
    expect(fake.applicants.get(check.applicant_id)).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      dob: '1990-12-10',
    });
    const docs = check.document_ids.map((id) => fake.documents.get(id)!);
    expect(docs.map((d) => [d.type, d.side, d.issuing_country, d.file?.split(':')[2]])).toEqual([
      ['national_identity_card', 'front', 'DEU', 'image/jpeg'],
      ['national_identity_card', 'back', 'DEU', 'image/png'],
    ]);
    expect([...fake.livePhotos.values()].filter((p) => p.applicant_id === check.applicant_id)).toHaveLength(
      1,
    );
    expect(fake.violations).toEqual([]);
  });

  it('turns a signed check.completed into the fetched result (check, then its reports)', async () => {
    const { checkId } = await onfido.submit(
      input('idv_fake_2', { type: 'driving_licence', issuing_country: 'US' }),
    );
    const before = fake.requests.length;
    const hook = fake.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    const result = await onfido.parseCallback(hook.signature, hook.body, NOW);
    expect(result).toEqual({
      checkId,
      reference: 'idv_fake_2',
      document: { outcome: 'approved', reasons: [] },
      selfie: { outcome: 'approved', reasons: [] },
    } satisfies KycResult);
    expect(fake.requests.slice(before)).toEqual([
      `GET /checks/${checkId}`,
      `GET /reports?check_id=${checkId}`,
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('maps consider results with their sub-results and breakdowns to declined and review', async () => {
    const { checkId } = await onfido.submit(input('idv_fake_3'));
    const hook = fake.complete(checkId, {
      document: {
        result: 'consider',
        sub_result: 'rejected',
        breakdown: { visual_authenticity: 'consider', image_integrity: 'clear' },
      },
      facial_similarity_photo: {
        result: 'consider',
        breakdown: { image_integrity: 'consider', face_comparison: 'clear' },
      },
    });
    expect(await onfido.parseCallback(hook.signature, hook.body, NOW)).toMatchObject({
      reference: 'idv_fake_3',
      document: { outcome: 'declined', reasons: ['document_not_genuine'] },
      selfie: { outcome: 'review', reasons: ['selfie_unreadable'] },
    });
    expect(fake.violations).toEqual([]);
  });

  it("the fake's own contract check catches a report the document does not allow", async () => {
    const { checkId } = await onfido.submit(input('idv_fake_bad'));
    const hook = fake.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    const before = fake.violations.length;
    fake.checks.get(checkId)!.reports[0]!.result = 'pass';
    await onfido.parseCallback(hook.signature, hook.body, NOW);
    expect(fake.violations.slice(before)).toEqual([expect.stringContaining('/result')]);
    fake.violations.splice(before);
  });

  it('refuses forged, tampered, unsigned and malformed webhooks (null: nothing fetched)', async () => {
    const { checkId } = await onfido.submit(input('idv_fake_4'));
    const hook = fake.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    const before = fake.requests.length;
    const forged = createHmac('sha256', 'not_the_webhook_token').update(hook.body).digest('hex');
    expect(await onfido.parseCallback(forged, hook.body, NOW)).toBeNull();
    expect(
      await onfido.parseCallback(hook.signature, hook.body.replace('complete', 'completf'), NOW),
    ).toBeNull();
    expect(await onfido.parseCallback(undefined, hook.body, NOW)).toBeNull();
    expect(await onfido.parseCallback(`sha256=${hook.signature}`, hook.body, NOW)).toBeNull();
    expect(await onfido.parseCallback(hook.signature.slice(0, 63), hook.body, NOW)).toBeNull();
    expect(await onfido.parseCallback(fake.sign('{"payload":'), '{"payload":', NOW)).toBeNull();
    expect(await onfido.parseCallback(fake.sign('{"payload":{}}'), '{"payload":{}}', NOW)).toBeNull();
    expect(fake.requests.slice(before)).toEqual([]);
  });

  it('ignores authentic events that carry nothing to apply: other events, unfinished or foreign checks', async () => {
    const signed = (payload: unknown) => {
      const body = JSON.stringify({ payload });
      return onfido.parseCallback(fake.sign(body), body, NOW);
    };
    const { checkId } = await onfido.submit(input('idv_fake_5'));
    expect(await signed({ resource_type: 'check', action: 'check.started', object: { id: checkId } })).toBe(
      'ignored',
    );
    expect(
      await signed({ resource_type: 'report', action: 'report.completed', object: { id: checkId } }),
    ).toBe('ignored');
    // check.completed for a check Onfido still shows running.
    expect(await signed({ resource_type: 'check', action: 'check.completed', object: { id: checkId } })).toBe(
      'ignored',
    );
    fake.checks.get(checkId)!.tags = ['someone-else'];
    const hook = fake.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    expect(await onfido.parseCallback(hook.signature, hook.body, NOW)).toBe('ignored');
  });

  it('answers a refusal as provider_error and an outage as provider_unavailable, never repeating a create', async () => {
    fake.failNext('POST /applicants', 422);
    expect(await codeOf(onfido.submit(input('idv_fake_6')))).toBe('provider_error');
    const before = fake.requests.length;
    fake.failNext('POST /applicants', 503);
    expect(await codeOf(onfido.submit(input('idv_fake_6')))).toBe('provider_unavailable');
    expect(fake.requests.slice(before)).toEqual(['POST /applicants']);
    fake.failNext('POST /applicants', 500);
    expect(await codeOf(onfido.submit(input('idv_fake_6')))).toBe('provider_error');
  });

  it('a submit retried after a failure continues where it stopped: one applicant, one upload per side', async () => {
    fake.failNext('POST /checks', 500);
    const before = fake.requests.length;
    expect(await codeOf(onfido.submit(input('idv_fake_7')))).toBe('provider_error');
    const { checkId } = await onfido.submit(input('idv_fake_7'));
    expect(fake.requests.slice(before)).toEqual(EVERYTHING_ONCE_CHECK_TWICE);
    // Submitted again after success: the same check, nothing sent.
    const after = fake.requests.length;
    expect(await onfido.submit(input('idv_fake_7'))).toEqual({ checkId });
    expect(fake.requests.length).toBe(after);
  });

  it('a submit retried by a new connector (a restart) continues from the saved progress: nothing created twice', async () => {
    let stored: KycProgress | undefined;
    const durable = (): KycCheckInput => ({
      ...input('idv_fake_restart'),
      ...(stored ? { progress: stored } : {}),
      saveProgress: async (p) => {
        stored = p;
      },
    });
    fake.failNext('POST /checks', 500);
    const before = fake.requests.length;
    expect(await codeOf(connector(fake.url).submit(durable()))).toBe('provider_error');
    expect(stored).toMatchObject({ applicant: expect.any(String), live_photo: expect.any(String) });
    // Restarted: a new connector knows only what was saved.
    const { checkId } = await connector(fake.url).submit(durable());
    expect(stored?.check).toBe(checkId);
    // And once more, after the check was made: the saved check, nothing sent.
    expect(await connector(fake.url).submit(durable())).toEqual({ checkId });
    expect(fake.requests.slice(before)).toEqual(EVERYTHING_ONCE_CHECK_TWICE);
    expect(fake.checks.get(checkId)?.applicant_id).toBe(stored?.applicant);
  });

  it('concurrent submits of one verification create one applicant and one check', async () => {
    const before = fake.requests.length;
    const [a, b] = await Promise.all([
      onfido.submit(input('idv_fake_8')),
      onfido.submit(input('idv_fake_8')),
    ]);
    expect(a).toEqual(b);
    expect(fake.requests.slice(before).filter((r) => r === 'POST /applicants')).toHaveLength(1);
    expect(fake.requests.slice(before).filter((r) => r === 'POST /checks')).toHaveLength(1);
  });

  it('retries a read that failed for a while, and answers provider_error when the API token is refused', async () => {
    const { checkId } = await onfido.submit(input('idv_fake_9'));
    const hook = fake.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    fake.failNext(`GET /checks/${checkId}`, 503);
    expect(await onfido.parseCallback(hook.signature, hook.body, NOW)).toMatchObject({
      reference: 'idv_fake_9',
    });
    const wrongToken = connector(fake.url, { apiToken: 'api_live_wrong_token' });
    expect(await codeOf(Promise.resolve(wrongToken.parseCallback(hook.signature, hook.body, NOW)))).toBe(
      'provider_error',
    );
  });
});

describe('Onfido outcome mapping', () => {
  const report = (name: string, r: Record<string, unknown>) => ({ id: 'r', name, status: 'complete', ...r });

  it.each([
    ['document', { result: 'clear', sub_result: 'clear' }, 'approved', []],
    ['document', { result: 'consider', sub_result: 'suspected' }, 'declined', ['document_suspected']],
    [
      'document',
      { result: 'consider', sub_result: 'caution', breakdown: { data_validation: { result: 'consider' } } },
      'review',
      ['document_data_invalid'],
    ],
    ['document', { result: 'consider' }, 'review', ['document_caution']],
    ['document', { result: 'unidentified' }, 'review', ['result_unidentified']],
    [
      'facial_similarity_photo',
      { result: 'consider', breakdown: { face_comparison: { result: 'consider' } } },
      'declined',
      ['face_mismatch'],
    ],
    [
      'facial_similarity_photo',
      { result: 'consider', breakdown: { visual_authenticity: { result: 'consider' } } },
      'declined',
      ['selfie_not_genuine'],
    ],
    ['facial_similarity_photo', { result: 'consider' }, 'review', ['selfie_consider']],
    ['document', { result: 'clear', status: 'awaiting_approval' }, 'review', ['report_missing']],
  ] as const)('%s %j → %s %j', (name, r, outcome, reasons) => {
    expect(outcomeOf(name, report(name, r))).toEqual({ outcome, reasons });
  });

  it('a report missing from the check sends it to review', () => {
    expect(outcomeOf('facial_similarity_photo', undefined)).toEqual({
      outcome: 'review',
      reasons: ['report_missing'],
    });
  });

  it('names every country Finlet accepts by an alpha-3 code the document allows', () => {
    const allowed = new Set(
      JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')).components.schemas.country_codes.enum as string[],
    );
    const missing = IDENTITY_COUNTRIES.filter((c) => !allowed.has(alpha3(c) ?? ''));
    expect(missing).toEqual([]);
    expect(alpha3('GB')).toBe('GBR');
    expect(alpha3('XX')).toBeUndefined();
  });
});

describe('the onfido provider account', () => {
  const env = (NODE_ENV: string) => ({ config: { NODE_ENV }, banks: {} }) as unknown as ConnectorEnv;
  const check = (url: string, nodeEnv = 'production') =>
    codeOf(Promise.resolve().then(() => CONNECTORS.onfido!.check!({ api_base_url: url }, env(nodeEnv))));

  it("in production names one of Onfido's regional API bases, nothing else", async () => {
    for (const region of ['eu', 'us', 'ca'])
      expect(await check(`https://api.${region}.onfido.com/v3.6`)).toBe('none');
    for (const url of [
      'http://api.eu.onfido.com/v3.6',
      'https://api.eu.onfido.com.evil.example/v3.6',
      'https://169.254.169.254/v3.6',
      'https://api.eu.onfido.com/v3.5',
    ])
      expect(await check(url)).toBe('invalid_request');
    // Tests and development point it at a mock.
    expect(await check('http://127.0.0.1:4010', 'test')).toBe('none');
  });

  it('shows only the last four characters of the API token', () => {
    expect(
      CONNECTORS.onfido!.hint({ api_token: 'api_live_secret1234', webhook_token: 'whk_secret_5678' }),
    ).toEqual({
      api_token_last4: '1234',
    });
  });
});
