/**
 * A live identity verification through a partner's Onfido account: the partner configures an
 * `onfido` provider account with its live key, a live session's details, document and selfie go
 * through the widget API, Finlet creates the applicant, uploads and check at (a scripted) Onfido,
 * and the verification reaches its outcome when Onfido's signed `check.completed` webhook arrives
 * at the account's callback URL and Finlet fetches the result; a replayed webhook changes nothing.
 * Forged, tampered and cross-partner webhooks: onfido-webhooks.security.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildDeps } from '../../src/bootstrap.ts';
import { type OnfidoFake, startOnfidoFake } from '../support/onfido-fake.ts';
import { deliverWebhook, type OnfidoPartner, onfidoPartner } from './onfido-world.ts';
import { createIdentityWorld, details_, type IdentityWorld, JPEG } from './support.ts';

let w: IdentityWorld;
let onfido: OnfidoFake;
let p: OnfidoPartner;
beforeAll(async () => {
  w = await createIdentityWorld();
  onfido = await startOnfidoFake();
  p = await onfidoPartner(w, w.partner.id, onfido);
});
afterAll(async () => {
  await onfido?.close();
  await w?.close();
});

const deliver = (body: string, signature: string) => deliverWebhook(w, p.account.id, body, signature);
const CLEAR = { result: 'clear' } as const;

describe('live identity verification through Onfido', () => {
  it('configures an onfido account whose credentials are never shown', async () => {
    expect(p.account).toMatchObject({ connector: 'onfido', capability: 'kyc', livemode: true });
    const shown = JSON.stringify(p.account);
    expect(shown).toContain(onfido.apiToken.slice(-4));
    expect(shown).not.toContain(onfido.apiToken);
    expect(shown).not.toContain(onfido.webhookToken);
  });

  it('reaches approved from the signed check.completed, the result fetched from Onfido', async () => {
    const { id, checkId } = await p.verification('cus_onfido_ada');
    expect(await p.read(id)).toMatchObject({ livemode: true, status: 'processing' });
    const check = onfido.checks.get(checkId)!;
    expect(onfido.applicants.get(check.applicant_id)).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      dob: '1990-12-10',
    });
    expect(check.document_ids.map((d) => onfido.documents.get(d)!.issuing_country)).toEqual(['GBR']);

    const hook = onfido.complete(checkId, { document: CLEAR, facial_similarity_photo: CLEAR });
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    const v = await p.read(id);
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

  it('reaches declined from a document Onfido rejected, with the reason its breakdown gives', async () => {
    const { id, checkId } = await p.verification('cus_onfido_eve');
    const hook = onfido.complete(checkId, {
      document: {
        result: 'consider',
        sub_result: 'rejected',
        breakdown: { visual_authenticity: 'consider' },
      },
      facial_similarity_photo: CLEAR,
    });
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    const v = await p.read(id);
    expect(v.status).toBe('declined');
    expect(v.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'document', outcome: 'fail', reasons: ['document_not_genuine'] }),
      ]),
    );
  });

  it('answers 200 to authentic events with nothing to apply, and a replayed webhook changes nothing', async () => {
    const { id, checkId } = await p.verification('cus_onfido_bob');
    const started = JSON.stringify({
      payload: { resource_type: 'check', action: 'check.started', object: { id: checkId } },
    });
    expect((await deliver(started, onfido.sign(started))).status).toBe(200);
    expect(await p.read(id)).toMatchObject({ status: 'processing' });

    const hook = onfido.complete(checkId, {
      document: CLEAR,
      facial_similarity_photo: { result: 'consider', breakdown: { image_integrity: 'consider' } },
    });
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    const first = await p.read(id);
    expect(first.status).toBe('review');
    const events = await (await p.live('GET', '/v1/events?limit=100')).json();
    // Onfido delivers again (e.g. after a lost answer): same answer, no second decision or event.
    expect((await deliver(hook.body, hook.signature)).status).toBe(200);
    expect(await p.read(id)).toEqual(first);
    expect((await (await p.live('GET', '/v1/events?limit=100')).json()).data).toHaveLength(
      events.data.length,
    );
  });

  it('a submit retried after a restart reuses the applicant and uploads Onfido made: one applicant, one check', async () => {
    const session = await p.live('POST', '/v1/sessions', {
      flows: ['identity'],
      customer: { reference: 'cus_onfido_restart', email: 'ada@example.com' },
      allowed_origins: ['https://shop.example'],
    });
    const token = (await session.json()).client_token;
    const step = (app: { request: typeof w.app.request }, path: string, body: unknown) =>
      app.request(`/widget/v1/identity${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await step(w.app, '/details', details_())).status).toBe(200);
    expect(
      (await step(w.app, '/document', { type: 'passport', issuing_country: 'GB', expiry_date: '2099-01-01' }))
        .status,
    ).toBe(200);
    for (const side of ['front', 'selfie'])
      expect((await step(w.app, '/images', { side, content_type: 'image/jpeg', data: JPEG })).status).toBe(
        200,
      );
    const before = onfido.requests.length;
    onfido.failNext('POST /checks', 500);
    expect((await step(w.app, '/submit', {})).status).toBeGreaterThanOrEqual(400);

    // A new process over the same database: nothing of the first one's memory survives.
    const deps = await buildDeps(w.deps.config, {
      clock: w.clock,
      database: w.deps.database,
      logger: w.deps.logger,
    });
    try {
      const res = await step(createApp(deps), '/submit', {});
      expect(res.status).toBe(200);
      const { id } = (await res.json()) as { id: string };
      expect(await p.read(id)).toMatchObject({ status: 'processing' });
      const sent = onfido.requests.slice(before);
      expect(sent.filter((r) => r === 'POST /applicants')).toHaveLength(1);
      expect(sent.filter((r) => r === 'POST /documents')).toHaveLength(1);
      expect(sent.filter((r) => r === 'POST /live_photos')).toHaveLength(1);
      const checks = [...onfido.checks.values()].filter((c) => c.tags.includes(`finlet:${id}`));
      expect(checks).toHaveLength(1);
    } finally {
      deps.screening.close();
    }
    expect(onfido.violations).toEqual([]);
  });

  it('an unknown account in the callback URL is 404', async () => {
    const body = '{}';
    const res = await deliverWebhook(w, 'pa_doesnotexist000000000000', body, onfido.sign(body));
    expect(res.status).toBe(404);
  });
});
