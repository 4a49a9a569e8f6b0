/**
 * Who a pay-by-bank payment pays, as the bank itself receives it over real HTTP: in test mode the
 * sandbox collection account unless the partner named a test payee; in live mode the payee of the
 * partner's own pay_by_bank provider account, and only at the banks that account opens.
 * Live bank linking likewise offers only the banks of the partner's live bank_data account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { type LinkWorld, type RunningBank, startLinkWorld, widget } from '../link/support.ts';

let world: LinkWorld;
/** The JSON bodies each sandbox bank received on its payment-initiation endpoint. */
const initiations = { uk: [] as any[], eu: [] as any[] };
beforeAll(async () => {
  world = await startLinkWorld();
  const record = (bank: RunningBank, path: string, into: any[]) => {
    const original = bank.bank.app.fetch;
    bank.bank.app.fetch = async (request: Request, ...rest: unknown[]) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith(path))
        into.push(await request.clone().json());
      return (original as (r: Request, ...x: unknown[]) => Response | Promise<Response>)(request, ...rest);
    };
  };
  record(world.uk, '/domestic-payment-consents', initiations.uk);
  record(world.eu, '/v1/payments/sepa-credit-transfers', initiations.eu);
});
afterAll(async () => world?.close());

const api = (key: string) => (method: string, path: string, body?: unknown) =>
  world.ctx.api(method, path, { key, ...(body === undefined ? {} : { body }) });

async function startBankPayment(key: string, currency: string, institution: string) {
  const res = await api(key)('POST', '/v1/sessions', {
    flows: ['payment'],
    customer: { reference: 'cus_payee' },
    payment: { amount: 2500, currency, description: 'Order 42' },
    allowed_origins: ['https://shop.example'],
  });
  const s = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(s));
  const w = widget(world.ctx, s.client_token);
  const banks = (await (await w('GET', '/payment/institutions')).json()).data.map(
    (b: { id: string }) => b.id,
  );
  const started = await world.ctx.app.request('/widget/v1/payments/bank', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${s.client_token}`,
      'content-type': 'application/json',
      'idempotency-key': `att_${crypto.randomUUID()}`,
    },
    body: JSON.stringify({ method: 'bank', institution }),
  });
  return { banks, status: started.status, body: (await started.json()) as any };
}

describe("pay by bank pays the partner's payee", () => {
  it('test mode: the sandbox collection account, or the test payee the partner named', async () => {
    const key = world.ctx.partner.secretKey;
    const before = await startBankPayment(key, 'GBP', 'sandbox-bank-uk');
    expect(before.status).toBe(200);
    expect(initiations.uk.at(-1).Data.Initiation.CreditorAccount).toEqual({
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '04000412345678',
      Name: 'Finlet Payments Ltd',
    });

    const account = await api(key)('POST', '/v1/provider_accounts', {
      capability: 'pay_by_bank',
      connector: 'ob_uk',
      settings: { institutions: ['sandbox-bank-uk'] },
      payee: { name: 'Test Shop Ltd', sort_code: '20-00-00', account_number: '55779911' },
    });
    expect(account.status).toBe(201);
    expect((await account.json()).livemode).toBe(false);
    const after = await startBankPayment(key, 'GBP', 'sandbox-bank-uk');
    expect(after.status).toBe(200);
    expect(initiations.uk.at(-1).Data.Initiation.CreditorAccount).toEqual({
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '20000055779911',
      Name: 'Test Shop Ltd',
    });
  });

  it("live mode: the payee of the partner's live account, at the banks that account opens only", async () => {
    const key = await createApiKey(world.ctx.deps.database.db, world.ctx.partner.id, 'live', new Date());
    // A card processor account too (never called here), so the bank-less session below can exist.
    const cards = await api(key)('POST', '/v1/provider_accounts', {
      capability: 'cards',
      connector: 'sandbox_processor',
      settings: { api_base_url: 'http://127.0.0.1:9', publishable_key: 'ppk_test_payee' },
      credentials: { api_key: 'psk_test_live_unused', callback_secret: 'pcs_test_live_unused' },
    });
    expect(cards.status).toBe(201);
    const noBank = await startBankPayment(key, 'EUR', 'sandbox-bank-eu');
    expect(noBank.banks).toEqual([]);
    expect(noBank.status).toBeGreaterThanOrEqual(400);
    expect(noBank.status).toBeLessThan(500);

    const account = await api(key)('POST', '/v1/provider_accounts', {
      capability: 'pay_by_bank',
      connector: 'berlin_group',
      settings: { institutions: ['sandbox-bank-eu'] },
      payee: { name: 'Live Shop GmbH', iban: 'DE44 5001 0517 5407 3249 31' },
    });
    expect(account.status).toBe(201);
    // A Berlin Group (SEPA) payee needs an IBAN.
    const sortCode = await api(key)('POST', `/v1/provider_accounts/${(await account.json()).id}`, {
      payee: { name: 'Live Shop GmbH', sort_code: '200000', account_number: '55779911' },
    });
    expect(sortCode.status).toBe(400);

    const count = initiations.eu.length;
    const paid = await startBankPayment(key, 'EUR', 'sandbox-bank-eu');
    expect(paid.banks).toEqual(['sandbox-bank-eu']);
    expect(paid.status).toBe(200);
    expect(initiations.eu).toHaveLength(count + 1);
    expect(initiations.eu.at(-1)).toMatchObject({
      creditorAccount: { iban: 'DE44500105175407324931' },
      creditorName: 'Live Shop GmbH',
    });
    // The UK bank is not opened by the live account: a live session cannot pay through it.
    const uk = await startBankPayment(key, 'GBP', 'sandbox-bank-uk');
    expect(uk.banks).toEqual([]);
    expect(uk.status).toBeGreaterThanOrEqual(400);
    expect(uk.status).toBeLessThan(500);
  });

  it('live bank linking offers only the banks a live bank_data account opens', async () => {
    const key = await createApiKey(world.ctx.deps.database.db, world.ctx.partner.id, 'live', new Date());
    const linkSession = {
      flows: ['link'],
      customer: { reference: 'cus_link' },
      allowed_origins: ['https://shop.example'],
    };
    const refused = await api(key)('POST', '/v1/sessions', linkSession);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: 'provider_not_configured', param: 'flows' });
    const account = await api(key)('POST', '/v1/provider_accounts', {
      capability: 'bank_data',
      connector: 'berlin_group',
      settings: { institutions: ['sandbox-bank-eu'] },
    });
    expect(account.status).toBe(201);
    // A bank of the other dialect cannot be named by this connector.
    const foreign = await api(key)('POST', '/v1/provider_accounts', {
      capability: 'bank_data',
      connector: 'ob_uk',
      settings: { institutions: ['sandbox-bank-eu'] },
    });
    expect((await foreign.json()).error).toMatchObject({
      code: 'invalid_request',
      param: 'settings.institutions',
    });

    const created = await api(key)('POST', '/v1/sessions', linkSession);
    const s = await created.json();
    expect(created.status, JSON.stringify(s)).toBe(201);
    const w = widget(world.ctx, s.client_token);
    const banks = (await (await w('GET', '/institutions')).json()).data.map((b: { id: string }) => b.id);
    expect(banks).toEqual(['sandbox-bank-eu']);
    const uk = await w('POST', '/link/start', { institution: 'sandbox-bank-uk' });
    expect(uk.status).toBeGreaterThanOrEqual(400);
    expect(uk.status).toBeLessThan(500);
  });
});
