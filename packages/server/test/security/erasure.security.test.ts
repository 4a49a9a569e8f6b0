/**
 * Erasure is complete (issue 12, item 7). One customer verifies their identity twice (once clean,
 * once through a PEP match, a review with a note), links a bank and pays by card, each through the
 * real sandbox provider; their events are delivered to the partner's webhook endpoint. After
 * `DELETE /v1/customers/:reference/data` none of their name, e-mail, phone, address, date of birth
 * or identity number is left anywhere — the event log, each event, a redelivery, an idempotent
 * replay, a dump of every table — while ids, types and amounts stay. Another customer keeps theirs.
 */
import { createBankUk } from '@finlet/sandbox/bank-uk/index.ts';
import { createProcessor } from '@finlet/sandbox/processor/app.ts';
import { listenOn } from '@finlet/sandbox/serve.ts';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/webhooks/dispatcher.ts';
import { createIdentityWorld, type IdentityWorld } from '../identity/support.ts';
import { bankClientKeys, linkBank, type RunningBank, startBank } from '../link/support.ts';
import { cardToken } from '../support/card-token.ts';
import { type Receiver, startReceiver } from '../webhooks/receiver.ts';

const REF = 'cus_erase_all';
const customer = {
  reference: REF,
  name: 'Erin Quillfeather',
  email: 'erin.quill@example.net',
  phone: '+44 7700 900123',
};
const details = {
  first_name: 'Erin',
  last_name: 'Quillfeather',
  dob: '1984-03-21',
  email: 'erin.q@example.org',
  phone: '+14155550199',
  line1: '42 Larkspur Lane',
  id_number: '234-56-7891',
};
/** Everything personal about the customer, as a dump or a payload could show it. */
const PERSONAL = [
  'Quillfeather',
  customer.email,
  customer.phone,
  details.email,
  details.phone,
  details.dob,
  details.line1,
  details.id_number,
  'Checked the passport in person',
  // The second verification's name, close enough to a PEP to be matched and quoted in the explanation.
  'Penelopa',
  'Politicianne',
];
const KEPT = { reference: 'cus_keep', name: 'Kept Customer', email: 'kept@example.net' };
const PROCESSOR = { apiKey: 'psk_test_erasure', callbackSecret: 'pcs_test_erasure' };

let w: IdentityWorld;
let receiver: Receiver;
let endpointSecret: string;
let processorUrl: string;
const stops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  receiver = await startReceiver();
  stops.push(() => receiver.close());
  w = await createIdentityWorld({}, async (finletUrl) => {
    const { pub, priv } = await bankClientKeys();
    const uk: RunningBank = await startBank(createBankUk, pub, {}, finletUrl);
    stops.push(() => uk.close());
    let processor: ReturnType<typeof createProcessor> | undefined;
    const server = await listenOn(0, '127.0.0.1', (r) => processor!.app.fetch(r));
    processor = createProcessor({ publicUrl: server.url, ...PROCESSOR, frameAncestors: [finletUrl] });
    processorUrl = server.url;
    stops.push(async () => {
      processor.close();
      await server.close();
    });
    return {
      FINLET_BANK_UK_URL: uk.url,
      FINLET_BANK_CLIENT_KEY: JSON.stringify(priv),
      FINLET_PROCESSOR_URL: server.url,
      FINLET_PROCESSOR_API_KEY: PROCESSOR.apiKey,
      FINLET_PROCESSOR_CALLBACK_SECRET: PROCESSOR.callbackSecret,
    };
  });
  const endpoint = await (
    await w.api('POST', '/v1/webhook_endpoints', { body: { url: receiver.url } })
  ).json();
  endpointSecret = endpoint.secret;
});
afterAll(async () => {
  await w?.close();
  for (const stop of stops.reverse()) await stop();
});

async function createSession(body: Record<string, unknown>, idempotencyKey?: string) {
  const res = await w.api('POST', '/v1/sessions', {
    body: { allowed_origins: ['https://shop.example'], ...body },
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  });
  const s = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(s));
  return { id: s.id as string, token: s.client_token as string };
}

/** What the frame does once every flow is done: `session.completed`, with the customer in it. */
async function complete(token: string) {
  const res = await w.app.request('/widget/v1/session/complete', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (res.status !== 200) throw new Error(`complete: ${await res.text()}`);
}

async function allEvents(): Promise<any[]> {
  const out: any[] = [];
  let after = '';
  for (;;) {
    const page = await (await w.api('GET', `/v1/events?limit=100${after}`)).json();
    out.push(...page.data);
    if (!page.has_more) return out;
    after = `&starting_after=${page.data.at(-1).id}`;
  }
}

async function dump(): Promise<string> {
  const { db } = w.deps.database;
  const rows = async (q: ReturnType<typeof sql.raw>) =>
    ((await db.execute(q)) as unknown as { rows: Record<string, string>[] }).rows;
  const tables = await rows(
    sql`select table_name from information_schema.tables where table_schema = 'public'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables)
    for (const r of await rows(sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`)))
      parts.push(r.j!);
  return parts.join('\n');
}

function expectNothingPersonal(text: string, where: string) {
  for (const value of PERSONAL)
    expect(text.toLowerCase(), `${value} in ${where}`).not.toContain(value.toLowerCase());
}

async function deliverAll() {
  const dispatcher = createDispatcher(w.deps, { random: () => 0.5 });
  while ((await dispatcher.runOnce()) > 0);
}

const ofCustomer = (e: any) =>
  e.data.object.customer?.reference === REF || e.data.object.customer_reference === REF;

describe('erasure of a customer with identity, link and payment events', () => {
  let paymentId: string;
  let linkId: string;
  let penelope: string;
  let before: any[];
  const reviewKey = 'erase-review-1';
  const reviewBody = { decision: 'approved', note: 'Checked the passport in person' };

  beforeAll(async () => {
    const a = await createSession({ flows: ['identity'], customer }, 'erase-session-a');
    const erin = await w.verify(a.token, details);
    expect((await w.settled(erin)).status).toBe('approved');
    await complete(a.token);

    const p = await createSession({ flows: ['identity'], customer });
    penelope = await w.verify(p.token, {
      ...details,
      first_name: 'Penelopa',
      last_name: 'Politicianne',
    });
    const inReview = await w.settled(penelope);
    expect(inReview.status).toBe('review');
    expect(JSON.stringify(inReview.checks)).toContain('politicianne');
    const review = await w.api('POST', `/v1/identity_verifications/${penelope}/review`, {
      body: reviewBody,
      headers: { 'idempotency-key': reviewKey },
    });
    expect(review.status).toBe(200);
    await complete(p.token);

    const linked = await linkBank(w, 'sandbox-bank-uk', 'user_good', { session: { customer } });
    linkId = linked.linkId;
    await complete(linked.session.client_token);

    const c = await createSession({
      flows: ['payment'],
      customer,
      payment: { amount: 4321, currency: 'EUR', description: 'Blue mug' },
    });
    const pay = await w.app.request('/widget/v1/payments', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${c.token}`,
        'content-type': 'application/json',
        'idempotency-key': 'att_erase_1',
      },
      body: JSON.stringify({
        payment_method: {
          type: 'token',
          token: await cardToken(processorUrl, {
            number: '4242424242424242',
            exp_month: 12,
            exp_year: 2099,
            cvc: '123',
          }),
        },
      }),
    });
    const payment = (await pay.json()) as { id: string; status: string };
    expect(payment.status).toBe('succeeded');
    paymentId = payment.id;
    await complete(c.token);

    const kept = await createSession({ flows: ['identity'], customer: KEPT });
    expect((await w.api('POST', `/v1/sessions/${kept.id}/cancel`)).status).toBe(200);
    await deliverAll();
    before = await allEvents();
    // The personal data really is there before the erasure (so the checks below can fail).
    expect(JSON.stringify(before)).toContain(customer.email);
  });

  it('answers what it erased, per kind, in one go', async () => {
    const ours = before
      .filter(ofCustomer)
      .filter((e) => ['session', 'identity_verification'].includes(e.data.object.object));
    const res = await w.api('DELETE', `/v1/customers/${REF}/data`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      object: 'erasure',
      customer_reference: REF,
      erased: {
        identity_verifications: 2,
        personal_details: 2,
        images: 4,
        session_customer_fields: 4,
        events: ours.length,
        idempotency_records: 2,
      },
    });
    expect(ours.filter((e) => e.type === 'session.completed')).toHaveLength(4);
  });

  it('leaves no personal data in the event log or any event, and keeps ids, types and amounts', async () => {
    const after = await allEvents();
    expectNothingPersonal(JSON.stringify(after), 'GET /v1/events');
    expect(after.map((e) => [e.id, e.type, e.created_at])).toEqual(
      before.map((e) => [e.id, e.type, e.created_at]),
    );
    for (const e of after) {
      const one = await (await w.api('GET', `/v1/events/${e.id}`)).json();
      expectNothingPersonal(JSON.stringify(one), `GET /v1/events/${e.id}`);
      expect(one.data.object.id).toBe(before.find((b) => b.id === e.id).data.object.id);
    }
    const paid = after.find((e) => e.type === 'payment.succeeded');
    expect(paid.data.object).toMatchObject({
      id: paymentId,
      amount: 4321,
      currency: 'EUR',
      status: 'succeeded',
    });
    expect(after.find((e) => e.type === 'link.created').data.object).toMatchObject({
      id: linkId,
      customer_reference: REF,
    });
    const session = after.find(
      (e) => e.type === 'session.completed' && e.data.object.customer.reference === REF,
    );
    expect(session.data.object.customer).toEqual({ reference: REF });
    const reviewed = after.find((e) => e.type === 'identity.approved' && e.data.object.id === penelope);
    expect(reviewed.data.object.reviews[0]).toMatchObject({ decision: 'approved', note: null });
    // The PEP list's own entry (public list data) stays as the reason for the review.
    const pep = reviewed.data.object.checks.find((c: { type: string }) => c.type === 'pep');
    expect(pep.hits[0]).toMatchObject({ list: 'sandbox_pep', matched_name: expect.any(String) });
    // Another customer's data is untouched.
    expect(JSON.stringify(after)).toContain(KEPT.email);
  });

  it('redelivers the redacted payloads, signed', async () => {
    const ours = before.filter(ofCustomer);
    const seen = receiver.received.length;
    for (const e of ours)
      expect((await w.api('POST', `/v1/events/${e.id}/redeliver`, { body: {} })).status).toBe(200);
    await deliverAll();
    const redelivered = receiver.received.slice(seen);
    expect(redelivered.map((r) => r.headers['webhook-id']).sort()).toEqual(ours.map((e) => e.id).sort());
    for (const r of redelivered) {
      new Webhook(endpointSecret).verify(r.body, r.headers);
      expectNothingPersonal(r.body, `the redelivery of ${r.headers['webhook-id']}`);
    }
  });

  it('replays an idempotent request without the personal data it first answered', async () => {
    const replay = await w.api('POST', `/v1/identity_verifications/${penelope}/review`, {
      body: reviewBody,
      headers: { 'idempotency-key': reviewKey },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const text = await replay.text();
    expect(text).toContain(penelope);
    expectNothingPersonal(text, 'the replayed review');
  });

  it('leaves none of it in a dump of every table, and a second erasure finds nothing left', async () => {
    const text = await dump();
    expect(text).toContain(paymentId);
    expect(text).toContain(KEPT.email);
    expectNothingPersonal(text, 'the database dump');
    const again = await (await w.api('DELETE', `/v1/customers/${REF}/data`)).json();
    expect(again.erased).toMatchObject({
      personal_details: 0,
      images: 0,
      session_customer_fields: 0,
      events: 0,
      idempotency_records: 0,
    });
  });
});
