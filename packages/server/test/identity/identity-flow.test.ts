/**
 * The identity flow end to end over real HTTP with the Sandbox KYC: details, document and selfie
 * through the widget API, the provider's asynchronous signed callback deciding, webhooks events,
 * the session's flow state, forged and stale callbacks rejected, decline and review paths,
 * manual review with its audit trail, and partner isolation.
 */
import { signKycPayload } from '@finlet/sandbox/kyc/signature.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityWorld, details_, type IdentityWorld, KYC_SECRET } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld();
});
afterAll(() => w.close());

async function eventsOf(type: string) {
  const list = await (await w.api('GET', `/v1/events?type=${type}&limit=100`)).json();
  return list.data as { type: string; data: { object: { id: string } } }[];
}

describe('identity flow', () => {
  it('approves a clean applicant after the signed callback, with every check recorded', async () => {
    const s = await w.newSession();
    const status0 = await (await w.widget(s.token, 'GET', '')).json();
    expect(status0).toEqual({ id: null, status: null, details_submitted: false, document: null, images: [] });
    const id = await w.verify(s.token);
    expect(id).toMatch(/^idv_/);
    const waiting = await (await w.widget(s.token, 'GET', '')).json();
    expect(['processing', 'approved']).toContain(waiting.status);
    const v = await w.settled(id);
    expect(v.status).toBe('approved');
    expect(v.checks.map((c: { type: string; outcome: string }) => `${c.type}:${c.outcome}`)).toEqual([
      'data_validation:pass',
      'document:pass',
      'selfie:pass',
      'sanctions:pass',
      'pep:pass',
    ]);
    expect(JSON.stringify(v)).not.toContain('1990-12-10');
    expect(JSON.stringify(v)).not.toContain('123-45-6789');
    const session = await (await w.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.flow_states.identity).toEqual({
      status: 'approved',
      result: { identity_verification: id, status: 'approved' },
    });
    expect((await eventsOf('identity.approved')).map((e) => e.data.object.id)).toContain(id);
    // Finished: the widget can no longer change it.
    expect((await w.widget(s.token, 'POST', '/details', details_())).status).toBe(409);
    const done = await w.api('POST', '/widget/v1/session/complete', { key: s.token, body: {} });
    expect(done.status).toBe(200);
    expect((await done.json()).summary).toEqual({ flows: { identity: { status: 'approved' } } });
  });

  it.each([
    ['Decline', undefined, 'declined', 'document', ['document_not_genuine']],
    ['Lovelace', '2001-01-01', 'declined', 'document', ['document_expired']],
    ['Mismatch', undefined, 'declined', 'selfie', ['face_mismatch']],
    ['Review', undefined, 'review', 'document', ['document_unreadable']],
  ])('surname %s (expiry %s) → %s by the %s check', async (last_name, expiry, status, check, reasons) => {
    const s = await w.newSession();
    const id = await w.verify(s.token, { last_name, ...(expiry ? { expiry } : {}) });
    const v = await w.settled(id);
    expect(v.status).toBe(status);
    expect(v.checks.find((c: { type: string }) => c.type === check).reasons).toEqual(reasons);
    const type = status === 'review' ? 'identity.review_required' : 'identity.declined';
    expect((await eventsOf(type)).map((e) => e.data.object.id)).toContain(id);
    const session = await (await w.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.flow_states.identity.status).toBe(status);
  });

  it('sends a sanctions hit and a PEP match to review with the hits recorded', async () => {
    const s = await w.newSession();
    const v = await w.settled(
      await w.verify(s.token, { first_name: 'Sandy', last_name: 'Sanctioned', dob: '1970-01-01' }),
    );
    expect(v.status).toBe('review');
    const sanctions = v.checks.find((c: { type: string }) => c.type === 'sanctions');
    expect(sanctions.outcome).toBe('review');
    expect(sanctions.hits[0]).toMatchObject({ list: 'sandbox', entry_id: 'SBX-0001' });
    const p = await w.newSession();
    const pep = await w.settled(await w.verify(p.token, { first_name: 'Penelope', last_name: 'Politician' }));
    expect(pep.status).toBe('review');
    expect(pep.checks.find((c: { type: string }) => c.type === 'pep').hits[0].entry_id).toBe('PEP-0001');
  });

  it('rejects forged, stale and malformed callbacks and changes nothing', async () => {
    const s = await w.newSession();
    await w.widget(s.token, 'POST', '/details', details_());
    const id = (await (await w.widget(s.token, 'GET', '')).json()).id;
    const body = JSON.stringify({
      id: 'kev_forged',
      type: 'check.completed',
      created: 0,
      data: {
        check: {
          id: 'chk_x',
          reference: id,
          status: 'completed',
          result: {
            document: { outcome: 'approved', reasons: [] },
            selfie: { outcome: 'approved', reasons: [] },
          },
        },
      },
    });
    const post = (sig: string, b = body) =>
      fetch(`${w.finletUrl}/callbacks/kyc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'kyc-signature': sig },
        body: b,
      });
    expect((await post(signKycPayload('kcs_attacker_secret', body))).status).toBe(400);
    expect((await post(signKycPayload(KYC_SECRET, body, Math.floor(Date.now() / 1000) - 3600))).status).toBe(
      400,
    );
    expect((await post('t=1,v1=zz')).status).toBe(400);
    expect((await post(signKycPayload(KYC_SECRET, '{"x":1}'), '{"x":1}')).status).toBe(400);
    // Even a correctly signed result does not move a verification that was never submitted: it is
    // refused (the provider delivers it again, for when the submit is recorded; early-result.test.ts).
    const early = await post(signKycPayload(KYC_SECRET, body));
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('invalid_state');
    const v = await (await w.api('GET', `/v1/identity_verifications/${id}`)).json();
    expect(v.status).toBe('pending');
    expect(w.logs.join('\n')).toContain('rejected a KYC callback');
  });

  it('manual review: queue, decision with audit trail, no second decision, isolation', async () => {
    const s = await w.newSession();
    const id = await w.verify(s.token, { last_name: 'Review' });
    await w.settled(id);
    const queue = await (await w.api('GET', '/v1/identity_verifications?status=review&limit=100')).json();
    expect(queue.data.map((v: { id: string }) => v.id)).toContain(id);
    expect(queue.data.every((v: { status: string }) => v.status === 'review')).toBe(true);
    const other = await w.newPartner('Other');
    expect((await w.api('GET', `/v1/identity_verifications/${id}`, { key: other.secretKey })).status).toBe(
      404,
    );
    expect(
      (
        await w.api('POST', `/v1/identity_verifications/${id}/review`, {
          key: other.secretKey,
          body: { decision: 'approved' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await w.api('POST', `/v1/identity_verifications/${id}/review`, { body: { decision: 'maybe' } }))
        .status,
    ).toBe(400);
    const res = await w.api('POST', `/v1/identity_verifications/${id}/review`, {
      body: { decision: 'approved', note: 'Passport checked by hand' },
    });
    expect(res.status).toBe(200);
    const v = await res.json();
    expect(v.status).toBe('approved');
    expect(v.reviews).toEqual([
      {
        decision: 'approved',
        note: 'Passport checked by hand',
        decided_by: expect.stringMatching(/^key_|^ak_|\w+/),
        decided_at: expect.any(String),
        previous_status: 'review',
      },
    ]);
    expect(v.reviews[0].decided_by).not.toContain(w.partner.secretKey);
    expect((await eventsOf('identity.approved')).map((e) => e.data.object.id)).toContain(id);
    const again = await w.api('POST', `/v1/identity_verifications/${id}/review`, {
      body: { decision: 'declined' },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('invalid_state');
  });

  it('decision rules: a partner can auto-decline strong sanctions hits', async () => {
    const rules = await w.api('POST', '/v1/identity_rules', { body: { sanctions_decline_score: 0.95 } });
    expect(await rules.json()).toMatchObject({
      object: 'identity_rules',
      sanctions_review_score: 0.88,
      sanctions_decline_score: 0.95,
      pep_action: 'review',
    });
    expect(
      (await w.api('POST', '/v1/identity_rules', { body: { sanctions_decline_score: 0.6 } })).status,
    ).toBe(400);
    const s = await w.newSession();
    const v = await w.settled(
      await w.verify(s.token, { first_name: 'Sandy', last_name: 'Sanctioned', dob: '1970-01-01' }),
    );
    expect(v.status).toBe('declined');
    await w.api('POST', '/v1/identity_rules', { body: { sanctions_decline_score: null } });
  });

  it('validates personal details per country and refuses images that are not what they claim', async () => {
    const s = await w.newSession();
    const bad = async (body: unknown) => (await w.widget(s.token, 'POST', '/details', body)).json();
    const zip = await bad({ ...details_(), address: { ...details_().address, postal_code: 'SW1A 1AA' } });
    expect(zip.error).toMatchObject({ code: 'invalid_request', param: 'address.postal_code' });
    const ssn = await bad({ ...details_(), id_number: '000-12-3456' });
    expect(ssn.error.param).toBe('id_number');
    const young = await bad({ ...details_(), date_of_birth: `${new Date().getFullYear() - 10}-01-01` });
    expect(young.error.param).toBe('date_of_birth');
    const gif = await w.widget(s.token, 'POST', '/images', {
      side: 'front',
      content_type: 'image/jpeg',
      data: Buffer.from('GIF89a').toString('base64'),
    });
    expect(gif.status).toBe(400);
    const heic = await w.widget(s.token, 'POST', '/images', {
      side: 'front',
      content_type: 'image/heic',
      data: 'AAAA',
    });
    expect(heic.status).toBe(400);
    const early = await w.widget(s.token, 'POST', '/submit', {});
    expect(early.status).toBe(409);
  });

  it('refuses a session without the identity flow and a missing token', async () => {
    const res = await w.api('POST', '/v1/sessions', {
      body: {
        flows: ['payment'],
        customer: { reference: 'c' },
        payment: { amount: 100, currency: 'EUR', description: 'x' },
        allowed_origins: ['https://shop.example'],
      },
    });
    const token = (await res.json()).client_token;
    expect((await w.widget(token, 'POST', '/details', details_())).status).toBe(409);
    expect((await w.api('GET', '/widget/v1/identity', { key: null })).status).toBe(401);
  });
});
