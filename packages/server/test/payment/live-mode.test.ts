/**
 * Live mode end to end over real HTTP: a live session is refused (400 `provider_not_configured`,
 * param `flows`) until the partner has a live provider account for each of its flows; a provider
 * account's payee is validated (IBAN registry length and mod-97, sort code + account number) and its
 * credentials are sealed in the database and never answered; a live card payment, its signed
 * callbacks and its refund go through the connector built from the partner's own processor
 * account, never through test mode's sandbox processor — and test mode still uses only that one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionBody } from '../support/harness.ts';
import {
  LIVE_CALLBACK_SECRET,
  LIVE_PROCESSOR_KEY,
  LIVE_PUBLISHABLE_KEY,
  type Live,
  type LiveProcessor,
  liveKey,
  liveProcessor,
  processorPaymentsFor,
} from './live.ts';
import { eventually, type PaymentWorld, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
let live: Live;
let partnerProcessor: LiveProcessor | undefined;
beforeAll(async () => {
  w = await startPaymentWorld();
  live = await liveKey(w);
});
afterAll(async () => {
  await partnerProcessor?.close();
  await w?.close();
});

const error = async (res: Response) =>
  ((await res.json()) as { error: { code: string; param?: string } }).error;

describe('live mode', () => {
  it('refuses a live session whose flows have no live provider account: 400 provider_not_configured', async () => {
    for (const flows of [['payment'], ['identity'], ['link']]) {
      const res = await live.api('POST', '/v1/sessions', {
        flows,
        customer: { reference: 'cus_live' },
        ...(flows[0] === 'payment' ? { payment: { amount: 1299, currency: 'EUR', description: 'Mug' } } : {}),
        allowed_origins: ['https://shop.example'],
      });
      expect(res.status).toBe(400);
      expect(await error(res)).toMatchObject({ code: 'provider_not_configured', param: 'flows' });
    }
    // Test mode needs no provider account: it always has the sandbox.
    const test = await w.ctx.api('POST', '/v1/sessions', { body: sessionBody() });
    expect(test.status).toBe(201);
    expect((await test.json()).livemode).toBe(false);
  });

  it('validates a pay-by-bank payee: IBAN country length and mod-97, sort code and account number', async () => {
    const payBank = (payee: unknown) =>
      live.api('POST', '/v1/provider_accounts', {
        capability: 'pay_by_bank',
        connector: 'ob_uk',
        settings: { institutions: ['sandbox-bank-uk'] },
        payee,
      });
    const bad = [
      { name: 'Shop Ltd', iban: 'GB82WEST12345698765433' }, // check digits wrong (a typo)
      { name: 'Shop Ltd', iban: 'GB82WEST123456987654' }, // GB IBANs have 22 characters
      { name: 'Shop Ltd', iban: 'QQ82WEST12345698765432' }, // no such IBAN country
      { name: 'Shop Ltd', sort_code: '04-00', account_number: '12345678' },
      { name: 'Shop Ltd', sort_code: '040004', account_number: '1234' },
      { name: '', iban: 'GB82WEST12345698765432' },
    ];
    for (const payee of bad) {
      const res = await payBank(payee);
      expect(res.status, JSON.stringify(payee)).toBe(400);
      const e = await error(res);
      expect(e.code).toBe('invalid_request');
      expect(e.param).toMatch(/^payee/);
    }
    const missing = await live.api('POST', '/v1/provider_accounts', {
      capability: 'pay_by_bank',
      connector: 'ob_uk',
      settings: { institutions: ['sandbox-bank-uk'] },
    });
    expect(await error(missing)).toMatchObject({ code: 'invalid_request', param: 'payee' });

    const ok = await payBank({ name: 'Shop Ltd', iban: 'gb82 west 1234 5698 7654 32' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      object: 'provider_account',
      livemode: true,
      capability: 'pay_by_bank',
      connector: 'ob_uk',
      payee: { name: 'Shop Ltd', iban: 'GB82WEST12345698765432' },
      status: 'active',
    });
  });

  it('keeps provider credentials sealed: never answered, not plaintext in the database', async () => {
    // A test key cannot choose test mode's processor: test mode always uses the sandbox.
    const refused = await w.ctx.api('POST', '/v1/provider_accounts', {
      body: {
        capability: 'cards',
        connector: 'sandbox_processor',
        settings: { api_base_url: w.processorUrl, publishable_key: LIVE_PUBLISHABLE_KEY },
        credentials: { api_key: LIVE_PROCESSOR_KEY, callback_secret: LIVE_CALLBACK_SECRET },
      },
    });
    expect(refused.status).toBe(403);
    expect((await error(refused)).code).toBe('permission_denied');

    partnerProcessor = await liveProcessor(w, live);
    const { account } = partnerProcessor;
    expect(account).toMatchObject({
      livemode: true,
      capability: 'cards',
      connector: 'sandbox_processor',
      settings: { api_base_url: partnerProcessor.url, publishable_key: LIVE_PUBLISHABLE_KEY },
      credentials: { api_key_last4: LIVE_PROCESSOR_KEY.slice(-4) },
    });
    expect(account.id).toMatch(/^pa_/);
    const answers = [
      JSON.stringify(account),
      await (await live.api('GET', `/v1/provider_accounts/${account.id}`)).text(),
      await (await live.api('GET', '/v1/provider_accounts')).text(),
    ];
    for (const text of answers) {
      expect(text).not.toContain(LIVE_PROCESSOR_KEY);
      expect(text).not.toContain(LIVE_CALLBACK_SECRET);
    }
    const [found] = await w.ctx.deps.database.query<{ row: string }>(
      'select row_to_json(p)::text as row from provider_accounts p where id = $1',
      [account.id],
    );
    const row = found!.row;
    expect(row).toContain(account.id);
    expect(row).not.toContain(LIVE_PROCESSOR_KEY);
    expect(row).not.toContain(LIVE_CALLBACK_SECRET);

    // An update replaces the credentials; still only the hint comes back.
    const updated = await live.api('POST', `/v1/provider_accounts/${account.id}`, {
      credentials: { api_key: LIVE_PROCESSOR_KEY, callback_secret: LIVE_CALLBACK_SECRET },
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).credentials).toEqual({ api_key_last4: LIVE_PROCESSOR_KEY.slice(-4) });
  });

  it("sends a live session's widget to its own page (frame_policy), and keeps test mode's in the prepared frame", async () => {
    if (!partnerProcessor) throw new Error('the provider account test runs first');
    const policyOf = async (token: string) => {
      const res = await fetch(`${w.finletUrl}/widget/v1/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { frame_policy: string }).frame_policy;
    };
    // The prepared frame's policy names only the sandbox processor; the partner's is elsewhere.
    expect(await policyOf((await live.session()).token)).toBe('session');
    const test = await (await w.ctx.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    expect(await policyOf(test.client_token)).toBe('shared');
  });

  it("pays, calls back and refunds through the partner's own processor account, never the sandbox's", async () => {
    if (!partnerProcessor) throw new Error('the provider account test runs first');
    const s = await live.session();
    const res = await w.confirm(s.token, { number: '4242424242424242' });
    const pay = await res.json();
    expect(res.status, JSON.stringify(pay)).toBe(200);
    expect(pay.status).toBe('succeeded');

    expect(processorPaymentsFor(partnerProcessor.processor, pay.id)).toHaveLength(1);
    expect(processorPaymentsFor(w.processor, pay.id)).toHaveLength(0);
    const [record] = processorPaymentsFor(partnerProcessor.processor, pay.id);
    // Its callbacks come to the account's own URL, checked with the account's secret.
    expect(record!.callbackUrl).toBe(`${w.finletUrl}/callbacks/processor/${partnerProcessor.account.id}`);
    await partnerProcessor.processor.callbacksIdle();

    const read = await (await live.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(read).toMatchObject({ livemode: true, status: 'succeeded', method: 'card' });

    const refund = await live.api('POST', `/v1/payments/${pay.id}/refunds`, { amount: 500 });
    expect(refund.status).toBe(201);
    expect(await refund.json()).toMatchObject({ livemode: true, amount: 500, status: 'succeeded' });
    const refundsAtPartner = [...partnerProcessor.processor.state.refunds.values()];
    expect(refundsAtPartner.map((r) => r.amount)).toEqual([500]);
    expect([...w.processor.state.refunds.values()]).toHaveLength(0);

    // A callback signed with test mode's secret is refused at the account's URL.
    const forged = await fetch(`${w.finletUrl}/callbacks/processor/${partnerProcessor.account.id}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'processor-signature': `t=${Math.floor(Date.now() / 1000)},v1=00`,
      },
      body: '{}',
    });
    expect(forged.status).toBe(400);

    // Test mode is unchanged: its payments go to the sandbox processor only.
    const t = await w.session();
    const testPay = await (await w.confirm(t.token, { number: '4242424242424242' })).json();
    expect(testPay.status).toBe('succeeded');
    expect(processorPaymentsFor(w.processor, testPay.id)).toHaveLength(1);
    expect(processorPaymentsFor(partnerProcessor.processor, testPay.id)).toHaveLength(0);
    const events = await eventually(
      async () =>
        (await (await live.api('GET', '/v1/events?limit=100')).json()).data as { livemode: boolean }[],
      (d) => d.length > 0,
    );
    expect(events.every((e) => e.livemode)).toBe(true);
  });
});
