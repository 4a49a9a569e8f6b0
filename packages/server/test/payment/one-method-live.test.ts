/**
 * A live partner with one payment method only: pay by bank alone (a `pay_by_bank` account and its
 * payee, no card processor) or a card processor alone. Its live payment sessions are created, the
 * widget's payment read offers only the method there is (`card_collection` null without a card
 * processor), and the other method is refused with 400 `payment_method_unavailable`; a partner
 * with neither still cannot create a live payment session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { type LinkWorld, startLinkWorld, widget } from '../link/support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
});
afterAll(async () => world?.close());

/** A new partner's live key and its API. */
async function livePartner(name: string) {
  const partner = await world.ctx.newPartner(name);
  const key = await createApiKey(world.ctx.deps.database.db, partner.id, 'live', new Date());
  return (method: string, path: string, body?: unknown) =>
    world.ctx.api(method, path, { key, ...(body === undefined ? {} : { body }) });
}

const paymentSession = {
  flows: ['payment'],
  customer: { reference: 'cus_one_method' },
  payment: { amount: 2500, currency: 'EUR', description: 'Order 7' },
  allowed_origins: ['https://shop.example'],
};

const send = (token: string, path: string, body: unknown) =>
  world.ctx.app.request(`/widget/v1${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': `att_${crypto.randomUUID()}`,
    },
    body: JSON.stringify(body),
  });

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; param?: string } }).error;

const TOKEN_CARD = { payment_method: { type: 'token', token: 'tok_0123456789abcdef' } };

describe('a live partner with one payment method', () => {
  it('with neither a card processor nor pay by bank, a live payment session is refused', async () => {
    const api = await livePartner('No Methods Ltd');
    const res = await api('POST', '/v1/sessions', paymentSession);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'provider_not_configured', param: 'flows' });
  });

  it('pay by bank alone: the session is created, only the bank is offered, a card is refused', async () => {
    const api = await livePartner('Bank Only GmbH');
    const account = await api('POST', '/v1/provider_accounts', {
      capability: 'pay_by_bank',
      connector: 'berlin_group',
      settings: { institutions: ['sandbox-bank-eu'] },
      payee: { name: 'Bank Only GmbH', iban: 'DE44 5001 0517 5407 3249 31' },
    });
    expect(account.status).toBe(201);

    const res = await api('POST', '/v1/sessions', paymentSession);
    const session = await res.json();
    expect(res.status, JSON.stringify(session)).toBe(201);
    expect(session.livemode).toBe(true);
    const w = widget(world.ctx, session.client_token);

    const read = await w('GET', '/payment');
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ methods: ['bank'], card_collection: null });

    const card = await send(session.client_token, '/payments', TOKEN_CARD);
    expect(card.status).toBe(400);
    expect(await errorOf(card)).toMatchObject({
      code: 'payment_method_unavailable',
      param: 'payment_method',
    });

    const bank = await send(session.client_token, '/payments/bank', {
      method: 'bank',
      institution: 'sandbox-bank-eu',
    });
    expect(bank.status).toBe(200);
    expect(((await bank.json()) as { payment: unknown }).payment).toMatchObject({
      status: 'requires_action',
    });
  });

  it('a card processor alone: only the card is offered, pay by bank is refused', async () => {
    const api = await livePartner('Card Only Ltd');
    const account = await api('POST', '/v1/provider_accounts', {
      capability: 'cards',
      connector: 'sandbox_processor',
      // Never called here: the card form's settings are all the read needs.
      settings: { api_base_url: 'http://127.0.0.1:9', publishable_key: 'ppk_test_card_only' },
      credentials: { api_key: 'psk_test_card_only_unused', callback_secret: 'pcs_test_card_only_unused' },
    });
    expect(account.status).toBe(201);

    const res = await api('POST', '/v1/sessions', paymentSession);
    const session = await res.json();
    expect(res.status, JSON.stringify(session)).toBe(201);
    const read = await (await widget(world.ctx, session.client_token)('GET', '/payment')).json();
    expect(read).toMatchObject({
      methods: ['card'],
      card_collection: { kind: 'sandbox_tokenizer', publishable_key: 'ppk_test_card_only' },
    });

    const bank = await send(session.client_token, '/payments/bank', {
      method: 'bank',
      institution: 'sandbox-bank-eu',
    });
    expect(bank.status).toBe(400);
    expect(await errorOf(bank)).toMatchObject({ code: 'payment_method_unavailable', param: 'method' });
  });
});
