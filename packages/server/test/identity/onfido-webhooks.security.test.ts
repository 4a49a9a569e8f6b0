/**
 * Attacks on the Onfido webhook (`/callbacks/kyc/pa_…`): a forged signature, a tampered or
 * malformed body, a webhook signed with another account's token, and another partner steering its
 * own Onfido account's result onto this partner's verification (a check tagged with a verification
 * id that is not its own). Each is refused (400 `invalid_signature`) or ignored, and the
 * verification keeps waiting for its own account's result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnfidoFake, startOnfidoFake } from '../support/onfido-fake.ts';
import { deliverWebhook, type OnfidoPartner, onfidoPartner } from './onfido-world.ts';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

let w: IdentityWorld;
let onfido: OnfidoFake;
let attackersOnfido: OnfidoFake;
let shop: OnfidoPartner;
let attacker: OnfidoPartner;
beforeAll(async () => {
  w = await createIdentityWorld();
  onfido = await startOnfidoFake();
  attackersOnfido = await startOnfidoFake({
    apiToken: 'api_live_attacker_token',
    webhookToken: 'whk_attacker_token',
  });
  shop = await onfidoPartner(w, w.partner.id, onfido);
  attacker = await onfidoPartner(w, (await w.newPartner('Attacker Ltd')).id, attackersOnfido);
});
afterAll(async () => {
  await onfido?.close();
  await attackersOnfido?.close();
  await w?.close();
});

async function expectRefused(accountId: string, body: string, signature: string) {
  const res = await deliverWebhook(w, accountId, body, signature);
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
}

const APPROVE = { document: { result: 'clear' }, facial_similarity_photo: { result: 'clear' } } as const;

describe('Onfido webhooks under attack', () => {
  it('refuses forged, unsigned, tampered and malformed webhooks; the real one still decides', async () => {
    const { id, checkId } = await shop.verification('cus_onfido_forged');
    const hook = onfido.complete(checkId, {
      document: { result: 'consider', sub_result: 'suspected', breakdown: { data_consistency: 'consider' } },
      facial_similarity_photo: { result: 'clear' },
    });
    await expectRefused(shop.account.id, hook.body, 'a'.repeat(64));
    await expectRefused(shop.account.id, hook.body, '');
    await expectRefused(shop.account.id, hook.body, hook.signature.toUpperCase().replace(/^./, 'g'));
    // Another check id: its last character changed (to 0, or to 1 when it already is 0 — replacing
    // a 0 with 0 left the body as signed and made this test fail one run in sixteen).
    const otherCheckId = checkId.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const tampered = hook.body.replace(checkId, otherCheckId);
    expect(tampered).not.toBe(hook.body);
    await expectRefused(shop.account.id, tampered, hook.signature);
    const malformed = '{"payload":';
    await expectRefused(shop.account.id, malformed, onfido.sign(malformed));
    // Signed with another Onfido account's webhook token (the attacker's own).
    const theirs = JSON.stringify({
      payload: { resource_type: 'check', action: 'check.completed', object: { id: checkId } },
    });
    await expectRefused(shop.account.id, theirs, attackersOnfido.sign(theirs));
    expect(await shop.read(id)).toMatchObject({ status: 'processing' });

    expect((await deliverWebhook(w, shop.account.id, hook.body, hook.signature)).status).toBe(200);
    expect(await shop.read(id)).toMatchObject({ status: 'declined' });
  });

  it("another partner cannot approve this partner's verification through its own Onfido account", async () => {
    const { id, checkId } = await shop.verification('cus_onfido_target');
    // The attacker's own check, in its own Onfido account, tagged with the shop's verification id.
    const own = await attacker.verification('cus_attacker');
    const theirCheck = attackersOnfido.checks.get(own.checkId)!;
    theirCheck.tags = [`finlet:${id}`];
    const hook = attackersOnfido.complete(own.checkId, APPROVE);
    const res = await deliverWebhook(w, attacker.account.id, hook.body, hook.signature);
    expect(res.status).toBe(200);
    expect(await shop.read(id)).toMatchObject({ status: 'processing' });

    const real = onfido.complete(checkId, {
      document: { result: 'consider', sub_result: 'rejected' },
      facial_similarity_photo: { result: 'clear' },
    });
    expect((await deliverWebhook(w, shop.account.id, real.body, real.signature)).status).toBe(200);
    expect(await shop.read(id)).toMatchObject({ status: 'declined' });
  });
});
