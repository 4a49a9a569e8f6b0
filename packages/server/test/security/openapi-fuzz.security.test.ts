/**
 * A property-based fuzz of every operation in the OpenAPI document the server serves
 * (`/v1/openapi.json`): requests generated from the document — valid ones (with ids and values of a
 * seeded world mixed in, so they reach the handlers) and invalid ones (bodies and queries the schema
 * refuses, malformed JSON, junk ids, missing, junk, swapped and other partners' credentials) —
 * about 2,000 in all, against the real app with the sandbox banks, card processor and KYC provider
 * on real ports. Every answer must be documented: never a 5xx, every 4xx in the error envelope with
 * the request id, every 2xx valid against the operation's documented response schema (ajv, JSON
 * Schema 2020-12). With valid credentials, another partner's id answers 404.
 */
import { randomUUID } from 'node:crypto';
import { createKyc } from '@finlet/sandbox/kyc/app.ts';
import { createProcessor } from '@finlet/sandbox/processor/app.ts';
import { listenOn } from '@finlet/sandbox/serve.ts';
import { webhookEventTypes } from '@finlet/shared';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { details_, JPEG } from '../identity/support.ts';
import { linkBank, startLinkWorld, widget } from '../link/support.ts';
import { FUTURE_YEAR } from '../payment/world.ts';
import { cardToken } from '../support/card-token.ts';
import type { TestResponse } from '../support/harness.ts';
import { type Schema, schemaArbitraries } from '../support/schema-arbitrary.ts';

/** About this many requests in all, shared evenly by the operations. */
const TOTAL_REQUESTS = 2000;

// ---- the world: Finlet with both sandbox banks, the processor and the KYC provider -----------------

let fetchProcessor: (r: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
const processorServer = await listenOn(0, '127.0.0.1', (r) => fetchProcessor(r));
const processor = createProcessor({
  publicUrl: processorServer.url,
  apiKey: 'psk_test_fuzz',
  callbackSecret: 'pcs_test_fuzz',
  frameAncestors: [],
});
fetchProcessor = (r) => processor.app.fetch(r);
const kyc = createKyc({ apiKey: 'ksk_test_fuzz', callbackSecret: 'kcs_test_fuzz', delayMs: 10 });
const kycServer = await listenOn(0, '127.0.0.1', (r) => kyc.app.fetch(r));
// Finlet on a real port too: the KYC provider calls back there with its decision.
let fetchFinlet: (r: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
const finletServer = await listenOn(0, '127.0.0.1', (r) => fetchFinlet(r));
const world = await startLinkWorld({
  publicUrl: finletServer.url,
  env: {
    FINLET_PROCESSOR_URL: processorServer.url,
    FINLET_PROCESSOR_API_KEY: 'psk_test_fuzz',
    FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_test_fuzz',
    FINLET_PROCESSOR_TIMEOUT_MS: '2000',
    FINLET_KYC_URL: kycServer.url,
    FINLET_KYC_API_KEY: 'ksk_test_fuzz',
    FINLET_KYC_CALLBACK_SECRET: 'kcs_test_fuzz',
  },
});
afterAll(async () => {
  await world.close();
  processor.close();
  kyc.close();
  await Promise.allSettled([processorServer.close(), kycServer.close(), finletServer.close()]);
});
const t = world.ctx;
fetchFinlet = (r) => t.app.fetch(r);

const fullSession = {
  flows: ['identity', 'link', 'payment'],
  customer: { reference: 'cus_fuzz', email: 'ada@example.com', name: 'Maya Multi' },
  payment: { amount: 1299, currency: 'GBP', description: 'Blue mug' },
  allowed_origins: ['https://shop.example'],
  redirect_uri: 'https://shop.example/return',
};
const card = { number: '4242424242424242', exp_month: 12, exp_year: FUTURE_YEAR, cvc: '123' };
/** What the widget sends once the browser tokenised `card` at the processor. */
const paymentMethod = async () => ({ type: 'token', token: await cardToken(processorServer.url, card) });

async function ok(res: Response | Promise<Response>, status = 200): Promise<any> {
  const r = await res;
  const body = await r.json();
  if (r.status !== status) throw new Error(`seeding: ${r.status} ${JSON.stringify(body)}`);
  return body;
}
// ---- seeding: one of everything, for the main partner and for another one -------------------------

await linkBank(t, 'sandbox-bank-uk', 'user_multi');
/** Client tokens of open sessions; each widget operation gets fresh ones (others cancel and complete them). */
let tokens: string[] = [];
async function freshTokens() {
  tokens = [];
  for (let i = 0; i < 4; i++)
    tokens.push((await ok(t.api('POST', '/v1/sessions', { body: fullSession }), 201)).client_token);
}
await freshTokens();
const paid = await ok(t.api('POST', '/v1/sessions', { body: { ...fullSession, flows: ['payment'] } }), 201);
const payment = await ok(
  t.app.request('/widget/v1/payments', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${paid.client_token}`,
      'content-type': 'application/json',
      'idempotency-key': `seed-${randomUUID()}`,
    },
    body: JSON.stringify({ payment_method: await paymentMethod() }),
  }),
);
await ok(t.api('POST', `/v1/payments/${payment.id}/refunds`, { body: { amount: 100 } }), 201);
const identity = await ok(
  t.api('POST', '/v1/sessions', { body: { ...fullSession, flows: ['identity'] } }),
  201,
);
const shopper = widget(t, identity.client_token);
const passport = { type: 'passport', issuing_country: 'GB', expiry_date: '2099-01-01' };
await ok(shopper('POST', '/identity/details', details_()));
await ok(shopper('POST', '/identity/document', passport));
for (const side of ['front', 'selfie'])
  await ok(shopper('POST', '/identity/images', { side, content_type: 'image/jpeg', data: JPEG }));
const submitted = await ok(shopper('POST', '/identity/submit', {}));
// Seeded to a decision (so identity.* events exist): the provider calls back over HTTP.
for (const deadline = Date.now() + 20_000; ; ) {
  await kyc.callbacksIdle();
  const v = await ok(t.api('GET', `/v1/identity_verifications/${submitted.id}`));
  if (v.status !== 'processing') break;
  if (Date.now() > deadline) throw new Error('seeding: the identity verification stayed processing');
  await new Promise((r) => setTimeout(r, 20));
}
await ok(t.api('POST', '/v1/webhook_endpoints', { body: { url: 'http://127.0.0.1:9/hook' } }), 201);
await ok(t.api('POST', '/v1/screenings', { body: { name: 'Sandy Sanctioned' } }));
const other = await t.newPartner('Other Shop', ['https://shop.example']);
const asOther = { key: other.secretKey };
const otherSession = await ok(t.api('POST', '/v1/sessions', { ...asOther, body: fullSession }), 201);
await ok(
  t.api('POST', '/v1/webhook_endpoints', { ...asOther, body: { url: 'http://127.0.0.1:9/other' } }),
  201,
);
await ok(t.api('POST', `/v1/sessions/${otherSession.id}/cancel`, asOther));

/** Every id in the partner's answers, by prefix: the values a valid request names. */
async function idsOf(key: string) {
  const ids = new Map<string, Set<string>>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string' && /^[a-z]{3}_[0-9A-Za-z]{8,64}$/.test(v)) {
      const set = ids.get(v.slice(0, 3)) ?? new Set();
      ids.set(v.slice(0, 3), set.add(v));
    } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  const lists = [
    'sessions',
    'payments',
    'links',
    'accounts',
    'events',
    'webhook_endpoints',
    'identity_verifications',
  ];
  for (const list of lists)
    collect(
      await (await t.api('GET', `/v1/${list}?${list === 'accounts' ? '' : 'limit=100'}`, { key })).json(),
    );
  collect(await (await t.api('GET', `/v1/payments/${payment.id}/refunds`, { key })).json());
  return (prefix: string) => [...(ids.get(prefix) ?? [])];
}
const ownIds = await idsOf(t.partner.secretKey);
const foreignIds = await idsOf(other.secretKey);

// ---- the document, its validators and the request generators ------------------------------------

type Operation = {
  method: string;
  path: string;
  /** `none`: a public route (an institution's logo). */
  auth: 'secret_key' | 'client_token' | 'none';
  parameters: { name: string; in: string; required: boolean; schema: Schema }[];
  body?: Schema;
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
const doc: any = await (await t.app.request('/v1/openapi.json')).json();
const documented: Operation[] = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(
  ([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      auth: Object.keys(op.security[0] ?? { none: [] })[0] as Operation['auth'],
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json'].schema,
      responses: op.responses,
    })),
);
// Deletions (links revoked, endpoints gone, customer data erased) run last, so reads find things.
const operations = [
  ...documented.filter((o) => o.method !== 'DELETE'),
  ...documented.filter((o) => o.method === 'DELETE'),
];
const runs = Math.ceil(TOTAL_REQUESTS / operations.length);

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
/** The document's component refs, pointed at the components added to Ajv as the schema `finlet`. */
const refs = <T>(s: T): T =>
  JSON.parse(JSON.stringify(s).replaceAll('"#/components/schemas/', '"finlet#/$defs/'));
ajv.addSchema(refs({ $id: 'finlet', $defs: doc.components.schemas }));
const validators = new Map<Schema, ReturnType<typeof ajv.compile>>();
const validatorOf = (s: Schema) => validators.get(s) ?? validators.set(s, ajv.compile(refs(s))).get(s)!;

const PATH_KINDS: Record<string, string> = {
  sessions: 'ses', payments: 'pay', links: 'lnk', accounts: 'acc', events: 'evt',
  webhook_endpoints: 'whe', identity_verifications: 'idv',
}; // biome-ignore format: a table
const kindOf = (op: Operation) => PATH_KINDS[op.path.split('/')[op.path.startsWith('/widget') ? 3 : 2]!];
const pick = (values: string[]) =>
  values.length ? fc.constantFrom(...values) : fc.constant('none_AAAAAAAAAAAA');

/** Values of the seeded world for fields of these names, mixed with generated ones. */
const hintsFor =
  (op: Operation) =>
  (name: string): fc.Arbitrary<unknown> | undefined =>
    ({
      allowed_origins: fc.constant(['https://shop.example']),
      redirect_uri: fc.constant('https://shop.example/return'),
      url: fc.constantFrom('http://127.0.0.1:9/hook', 'https://93.184.215.14/hook'),
      institution: fc.constantFrom('sandbox-bank-uk', 'sandbox-bank-eu'),
      account_ids: fc.subarray(ownIds('acc'), { minLength: 1 }),
      starting_after: pick(ownIds(kindOf(op) ?? 'ses')),
      session: pick(ownIds('ses')),
      link: fc.oneof(pick(ownIds('lnk')), fc.record({ id: pick(ownIds('lnk')) })),
      data: fc.constant(JPEG),
      number: fc.constantFrom('4242424242424242', '4000000000000002', '4000002760003184', '5555555555554444'),
      currency: fc.constantFrom('EUR', 'GBP'),
      amount: fc.integer({ min: 1, max: 2000 }),
      name: fc.constantFrom('Maya Multi', 'Sandy Sanctioned', 'Ada Lovelace'),
    })[name];

/** Whole bodies that reach the handler, per operation (generated bodies mostly stop at validation). */
const examples: Record<string, unknown> = {
  'POST /v1/sessions': fullSession,
  'POST /widget/v1/payments': { payment_method: await paymentMethod() },
  'POST /widget/v1/identity/details': details_(),
  'POST /widget/v1/identity/document': passport,
  'POST /widget/v1/payments/bank': { method: 'bank', institution: 'sandbox-bank-uk' },
  'POST /widget/v1/link/start': { institution: 'sandbox-bank-eu' },
};

const junkText = fc.constantFrom(
  '{"a":',
  'null',
  '[]',
  '"text"',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'{"a":'.repeat(100)}1${'}'.repeat(101)}`,
  '{"a":"\\u0000"}',
  '\u0000',
);

type Schemas = ReturnType<typeof schemaArbitraries>;
type Auth = 'valid' | 'foreign' | 'none' | 'junk' | 'swapped';
interface Plan {
  auth: Auth;
  token: number;
  path: Record<string, { value: string; foreign: boolean }>;
  query: [string, string][];
  body?: { text: string; type: string };
  idempotencyKey?: string;
}

/** Percent-encoding that sends a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
function percent(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const next = v.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(v.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(v[i]!);
  }
  return out;
}
const encoded = (a: fc.Arbitrary<string>) => a.map(percent);
const shapedId = fc
  .tuple(
    fc.constantFrom('ses', 'pay', 'lnk', 'acc', 'evt', 'whe', 'idv', 'ref', 'zzz'),
    fc.stringMatching(/^[0-9A-Za-z]{24}$/),
  )
  .map(([p, r]) => `${p}_${r}`);
const junkSegment = fc.oneof(
  encoded(fc.string({ unit: 'grapheme', maxLength: 30 })),
  fc.constantFrom('%00', 'ses_%00', '%ED%A0%80', 'a%2Fb', '%25', 'x'.repeat(3000)),
);

function pathValue(op: Operation, name: string) {
  const kind = kindOf(op);
  const own = name === 'reference' ? ['cus_fuzz', 'cus_link'] : kind ? ownIds(kind) : [];
  const foreign = name === 'reference' ? [] : kind ? foreignIds(kind) : [];
  return fc.oneof(
    { weight: 6, arbitrary: pick(own).map((value) => ({ value, foreign: false })) },
    {
      weight: 1,
      arbitrary: foreign.length
        ? pick(foreign).map((value) => ({ value, foreign: true }))
        : shapedId.map((value) => ({ value, foreign: false })),
    },
    { weight: 1, arbitrary: shapedId.map((value) => ({ value, foreign: false })) },
    { weight: 1, arbitrary: junkSegment.map((value) => ({ value, foreign: false })) },
  );
}

const queryText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function queryPlan(op: Operation, schemas: Schemas): fc.Arbitrary<[string, string][]> {
  const params = op.parameters.filter((p) => p.in === 'query');
  const valid = fc
    .tuple(
      ...params.map((p) => {
        const value = schemas.valid(p.schema, p.name).map((v) => [p.name, queryText(v)] as [string, string]);
        return p.required
          ? value.map((v) => [v])
          : fc.option(value, { nil: undefined }).map((v) => (v ? [v] : []));
      }),
    )
    .map((lists) => lists.flat());
  const broken = params.length
    ? fc
        .tuple(valid, fc.constantFrom(...params))
        .chain(([q, p]) =>
          schemas
            .invalid(p.schema)
            .map((bad) => [...q.filter(([n]) => n !== p.name), [p.name, queryText(bad)] as [string, string]]),
        )
    : valid;
  const unknown = valid.map((q) => [...q, ['fuzz_unknown', '1'] as [string, string]]);
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: unknown },
  );
}

function bodyPlan(op: Operation, schemas: Schemas): fc.Arbitrary<Plan['body']> {
  const json = (a: fc.Arbitrary<unknown>) =>
    a.map((v) => ({ text: JSON.stringify(v), type: 'application/json' }));
  const junk = fc.oneof(
    junkText.map((text) => ({ text, type: 'application/json' })),
    fc.constant({ text: 'a=1', type: 'text/plain' }),
  );
  if (!op.body) {
    if (op.method !== 'POST') return fc.constant(undefined);
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: json(fc.constant({})) },
      { weight: 1, arbitrary: json(fc.constant({ fuzz_unknown: 1 })) },
      { weight: 1, arbitrary: junk },
    );
  }
  const example = examples[`${op.method} ${op.path}`];
  return fc.oneof(
    { weight: example ? 3 : 0, arbitrary: json(fc.constant(example ?? {})) },
    { weight: 5, arbitrary: json(schemas.valid(op.body)) },
    { weight: 3, arbitrary: json(schemas.invalid(op.body)) },
    { weight: 1, arbitrary: junk },
  );
}

function plan(op: Operation): fc.Arbitrary<Plan> {
  const schemas = schemaArbitraries(doc, hintsFor(op));
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const key = op.parameters.find((p) => p.name === 'Idempotency-Key');
  return fc.record({
    auth: fc.oneof(
      { weight: 16, arbitrary: fc.constant<Auth>('valid') },
      ...(['foreign', 'none', 'junk', 'swapped'] as const).map((a) => ({
        weight: 1,
        arbitrary: fc.constant<Auth>(a),
      })),
    ),
    token: fc.nat({ max: tokens.length - 1 }),
    path: fc.record(Object.fromEntries(names.map((n) => [n, pathValue(op, n)]))),
    query: queryPlan(op, schemas),
    body: bodyPlan(op, schemas),
    idempotencyKey: key
      ? fc.oneof(
          { weight: key.required ? 8 : 2, arbitrary: fc.uuid().map((u) => `fuzz-${u}`) },
          { weight: key.required ? 0 : 6, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom('short', 'k'.repeat(256), 'with space', '') },
        )
      : fc.constant(undefined),
  });
}

function authorization(op: Operation, p: Plan): string | undefined {
  const widget = op.auth === 'client_token';
  switch (p.auth) {
    case 'valid':
      return `Bearer ${widget ? tokens[p.token] : t.partner.secretKey}`;
    case 'foreign':
      return `Bearer ${widget ? otherSession.client_token : other.secretKey}`;
    case 'swapped':
      return `Bearer ${widget ? t.partner.secretKey : tokens[p.token]}`;
    case 'junk':
      return widget
        ? 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'
        : 'Bearer sk_test_AAAAAAAAAAAAAAAAAAAAAAAA';
    case 'none':
      return undefined;
  }
}

// ---- the property ---------------------------------------------------------------------------------

const answered = new Map<string, Map<number, number>>();

describe('every documented operation under generated requests', () => {
  it.each(operations)('$method $path', { timeout: 300_000 }, async (op) => {
    const seen = answered.set(`${op.method} ${op.path}`, new Map()).get(`${op.method} ${op.path}`)!;
    if (op.auth === 'client_token') await freshTokens();
    await fc.assert(
      fc.asyncProperty(plan(op), async (p) => {
        const path = op.path.replace(/\{(\w+)\}/g, (_, n: string) => p.path[n]!.value);
        const search = p.query.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&');
        const auth = authorization(op, p);
        const res: TestResponse = await t.app.request(`${path}${search ? `?${search}` : ''}`, {
          method: op.method,
          headers: {
            ...(auth ? { authorization: auth } : {}),
            ...(p.body ? { 'content-type': p.body.type } : {}),
            ...(p.idempotencyKey !== undefined ? { 'idempotency-key': p.idempotencyKey } : {}),
          },
          body: p.body?.text,
        });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        const text = await res.text();
        const where = `${op.method} ${path}${search ? `?${search}` : ''} (${p.auth}) → ${res.status} ${text.slice(0, 400)}`;
        expect(res.status, where).toBeLessThan(500);
        const requestId = res.headers.get('request-id');
        expect(requestId, where).toMatch(/^req_/);
        const documented =
          op.responses[String(res.status)] ?? (res.status >= 400 ? op.responses['4XX'] : undefined);
        expect(documented, `undocumented status: ${where}`).toBeDefined();
        const type = res.headers.get('content-type')?.split(';')[0] ?? '';
        const media = documented!.content ?? {};
        if (Object.keys(media).length > 0)
          expect(Object.keys(media), `undocumented content type ${type}: ${where}`).toContain(type);
        const schema = media['application/json']?.schema;
        if (schema && type === 'application/json') {
          const validate = validatorOf(schema);
          const body = JSON.parse(text);
          expect(validate(body) ? '' : JSON.stringify(validate.errors), where).toBe('');
          if (res.status >= 400) expect(body.error.request_id, where).toBe(requestId);
        }
        // Tenancy: another partner's object is never served; asked for plainly, it is not found.
        if (Object.values(p.path).some((v) => v.foreign) && p.auth === 'valid') {
          expect(res.status, `another partner's id: ${where}`).toBeGreaterThanOrEqual(400);
          if (!p.body && !p.query.length && p.idempotencyKey === undefined)
            expect(res.status, where).toBe(404);
        }
      }),
      { numRuns: runs },
    );
  });
});

afterAll(() => {
  const lines = [...answered].map(
    ([op, statuses]) =>
      `${op}: ${[...statuses]
        .sort()
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
  );
  console.log(`openapi fuzz, ${runs} requests per operation:\n${lines.join('\n')}`);
});

// Webhooks: the run above created sessions, links, identity verifications, payments and refunds,
// and canceled, revoked and refunded them; every event it recorded is what a webhook delivers
// (webhooks/dispatcher.ts sends `toEventResource`, as `GET /v1/events` answers).
describe('the webhooks of the document', () => {
  it('documents a payload for every event type, and every event the run emitted validates against it', async () => {
    const webhooks = doc.webhooks as Record<string, { post: any }>;
    const payloadOf = (type: string) => webhooks[type]?.post.requestBody.content['application/json'].schema;
    for (const type of webhookEventTypes) expect(payloadOf(type), type).toBeDefined();
    const types = new Set<string>();
    let after = '';
    for (;;) {
      const page = await (
        await t.api('GET', `/v1/events?limit=100${after && `&starting_after=${after}`}`)
      ).json();
      for (const event of page.data) {
        types.add(event.type);
        const validate = validatorOf(payloadOf(event.type));
        expect(validate(event) ? '' : JSON.stringify(validate.errors), `${event.type} ${event.id}`).toBe('');
      }
      if (!page.has_more) break;
      after = page.data.at(-1).id;
    }
    // A representative run: the kinds of resource the events are about all occurred.
    for (const noun of ['session', 'link', 'identity', 'payment'])
      expect(
        [...types].some((type) => type.startsWith(`${noun}.`)),
        `${noun}.* in ${[...types]}`,
      ).toBe(true);
  });
});
