/**
 * A live identity verification through a partner's Onfido account: the partner configures an
 * `onfido` provider account with its live key, a live session's details, document and selfie go
 * through the widget API, Finlet creates the applicant, uploads and check at (a scripted) Onfido,
 * and the verification reaches its outcome when Onfido's signed `check.completed` webhook arrives
 * at the account's callback URL and Finlet fetches the result. Forged and tampered webhooks are
 * refused with 400 `invalid_signature` and change nothing; a replayed one changes nothing either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { type OnfidoFake, startOnfidoFake } from '../support/onfido-fake.ts';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

let w: IdentityWorld;
let onfido: OnfidoFake;
let liveKey: string;
let accountId: string;
beforeAll(async () => {
  w = await createIdentityWorld();
  onfido = await startOnfidoFake();
  liveKey = await createApiKey(w.deps.database.db, w.partner.id, 'live', new Date());
});
afterAll(async () => {
  await onfido?.close();
  await w?.close();
});

const live = (method: string, path: string, body?: unknown) =>
  w.api(method, path, { key: liveKey, ...(body === undefined ? {} : { body }) });

/** Onfido delivering a webhook: over HTTP to the account's callback URL, with its signature header. */
const deliver = (body: string, signature: string) =>
  fetch(`${w.finletUrl}/callbacks/kyc/${accountId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sha2-signature': signature },
    body,
  });

async function liveVerification(reference: string) {
  const created = await live('POST', '/v1/sessions', {
    flows: ['identity'],
    customer: { reference, email: 'ada@example.com' },
    allowed_origins: ['https://shop.example'],
  });
  expect(created.status).toBe(201);
  const id = await w.verify((await created.json()).client_token);
  const check = [...onfido.checks.values()].find((c) => c.tags.includes(`finlet:${id}`));
  if (!check) throw new Error(`no Onfido check for ${id}`);
  return { id, checkId: check.id };
}

const verification = async (id: string) => (await live('GET', `/v1/identity_verifications/${id}`)).json();
const CLEAR = { result: 'clear' } as const;

describe('live identity verification through Onfido', () => {
  it('configures an onfido account whose credentials are never shown', async () => {
    const res = await live('POST', '/v1/provider_accounts', {
      capability: 'kyc',
      connector: 'onfido',
      settings: { api_base_url: onfido.url },
      credentials: { api_token: onfido.apiToken, webhook_token: onfido.webhookToken },
    });
    const account = await res.json();
    expect(res.status).toBe(201);
    accountId = account.id;
    expect(account).toMatchObject({ connector: 'onfido', capability: 'kyc', livemode: true });
    const shown = JSON.stringify(account);
    expect(shown).toContain(onfido.apiToken.slice(-4));
    expect(shown).not.toContain(onfido.apiToken);
    expect(shown).not.toContain(onfido.webhookToken);
  });

  it('reaches approved from the signed check.completed, the result fetched from Onfido', async () => {
    const { id, checkId } = await liveVerification('cus_onfido_ada');
    expect(await verification(id)).toMatchObject({ livemode: true, status: 'processing' });
    const check = onfido.checks.get(checkId)!;
    expect(onfido.applicants.get(check.applicant_id)).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      dob: '1990-12-10',
    });
    expect(check.document_ids.map((d) => onfido.documents.get(d)!.issuing_country)).toEqual(['GBR']);

    const hook = onfido.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    const res = await deliver(hook.body, hook.signature);
    expect(res.status).toBe(200);
    const v = await verification(id);
    expect(v).toMatchObject({ livemode: true, status: 'approved' });
    expect(v.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'document', outcome: 'pass' }),
        expect.objectContaining({ type: 'selfie', outcome: 'pass' }),
      ]),
    );
    // Test mode's sandbox KYC saw nothing of it, and the test key does not see it.
    expect([...w.kyc.checks.values()].filter((c) => c.reference === id)).toHaveLength(0);
    expect((await w.api('GET', `/v1/identity_verifications/${id}`)).status).toBe(404);
    expect(onfido.violations).toEqual([]);
  });

  it('refuses forged and tampered webhooks with invalid_signature, then declines from the real one', async () => {
    const { id, checkId } = await liveVerification('cus_onfido_eve');
    const hook = onfido.complete(checkId, {
      document: {
        result: 'consider',
        sub_result: 'rejected',
        breakdown: { visual_authenticity: 'consider' },
      },
      facial_similarity_photo: CLEAR,
    });
    const forged = await deliver(hook.body, 'a'.repeat(64));
    expect(forged.status).toBe(400);
    expect((await forged.json()).error.code).toBe('invalid_signature');
    const unsigned = await deliver(hook.body, '');
    expect(unsigned.status).toBe(400);
    const tampered = await deliver(hook.body.replace(checkId, checkId.replace(/.$/, '0')), hook.signature);
    expect(tampered.status).toBe(400);
    const malformed = '{"payload":';
    expect((await deliver(malformed, onfido.sign(malformed))).status).toBe(400);
    expect(await verification(id)).toMatchObject({ status: 'processing' });

    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    const v = await verification(id);
    expect(v.status).toBe('declined');
    expect(v.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'document', outcome: 'fail', reasons: ['document_not_genuine'] }),
      ]),
    );
  });

  it('answers 200 to authentic events with nothing to apply, and a replayed webhook changes nothing', async () => {
    const { id, checkId } = await liveVerification('cus_onfido_bob');
    const started = JSON.stringify({
      payload: { resource_type: 'check', action: 'check.started', object: { id: checkId } },
    });
    expect((await deliver(started, onfido.sign(started))).status).toBe(200);
    expect(await verification(id)).toMatchObject({ status: 'processing' });

    const hook = onfido.complete(checkId, {
      document: CLEAR,
      facial_similarity_photo: { result: 'consider', breakdown: { image_integrity: 'consider' } },
    });
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    const first = await verification(id);
    expect(first.status).toBe('review');
    const events = await (await live('GET', '/v1/events?limit=100')).json();
    // Onfido delivers again (e.g. after a lost answer): same answer, no second decision or event.
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    expect(await verification(id)).toEqual(first);
    expect((await (await live('GET', '/v1/events?limit=100')).json()).data).toHaveLength(events.data.length);
  });

  it('an unknown or non-KYC account in the callback URL is 404', async () => {
    const body = '{}';
    const res = await fetch(`${w.finletUrl}/callbacks/kyc/pa_doesnotexist000000000000`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sha2-signature': onfido.sign(body) },
      body,
    });
    expect(res.status).toBe(404);
  });
});
