/**
 * Refunds (full, partial, never more than captured even when requested concurrently, webhooks),
 * the partner's payment list with filters and tenancy, and the accounting exports: CSV and an
 * ISO 20022 camt.053.001.08 statement validated by libxml2 (xmllint-wasm) against the official XSD.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { type PaymentWorld, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());

async function paid(amount = 1000, currency = 'EUR') {
  const s = await w.session({ payment: { amount, currency, description: 'Mug, "blue", =SUM(A1)' } });
  const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
  expect(pay.status).toBe('succeeded');
  return { session: s, pay };
}

describe('refunds', () => {
  it('refunds in part then the rest, and refuses more than was captured', async () => {
    const { pay } = await paid(1000);
    const part = await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: { amount: 300 } });
    expect(part.status).toBe(201);
    expect(await part.json()).toMatchObject({
      object: 'refund',
      amount: 300,
      status: 'succeeded',
      payment: pay.id,
    });
    const over = await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: { amount: 701 } });
    expect(over.status).toBe(400);
    expect((await over.json()).error.code).toBe('refund_exceeds_payment');
    const rest = await (await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: {} })).json();
    expect(rest.amount).toBe(700);
    const after = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.amount_refunded).toBe(1000);
    const list = await (await w.ctx.api('GET', `/v1/payments/${pay.id}/refunds`)).json();
    expect(list.data.map((r: { amount: number }) => r.amount).sort()).toEqual([300, 700]);
    const events = await (await w.ctx.api('GET', '/v1/events?limit=100')).json();
    const refundEvents = events.data.filter(
      (e: { type: string; data: { object: { payment?: string } } }) =>
        e.type === 'refund.succeeded' && e.data.object.payment === pay.id,
    );
    expect(refundEvents).toHaveLength(2);
  });

  it('ten concurrent refunds of 300 on 1000 refund exactly 900, at Finlet and at the processor', async () => {
    const { pay } = await paid(1000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: { amount: 300 } }),
      ),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(3);
    for (const r of answers.filter((a) => a.status !== 201))
      expect((await r.json()).error.code).toBe('refund_exceeds_payment');
    const after = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.amount_refunded).toBe(900);
    const charged = [...w.processor.state.payments.values()].find((r) => r.payment.reference === pay.id);
    expect(charged?.payment.amount_refunded).toBe(900);
  });

  it('a refund the processor refuses is failed, emits refund.failed and frees the amount', async () => {
    const { pay } = await paid(1000);
    w.processor.faults.next(3, 'status=503', { method: 'POST', path: '/v1/refunds' });
    const res = await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: { amount: 400 } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'failed' });
    const after = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.amount_refunded).toBe(0);
    const events = await (await w.ctx.api('GET', '/v1/events?limit=100')).json();
    expect(
      events.data.some(
        (e: { type: string; data: { object: { payment?: string } } }) =>
          e.type === 'refund.failed' && e.data.object.payment === pay.id,
      ),
    ).toBe(true);
  });

  it('a failed payment cannot be refunded; another partner sees 404', async () => {
    const s = await w.session();
    const failed = await (await w.confirm(s.token, { number: '4000000000000002' })).json();
    const res = await w.ctx.api('POST', `/v1/payments/${failed.id}/refunds`, { body: {} });
    expect((await res.json()).error.code).toBe('invalid_state');
    const other = await w.ctx.newPartner('Other');
    for (const [method, p] of [
      ['GET', `/v1/payments/${failed.id}`],
      ['POST', `/v1/payments/${failed.id}/refunds`],
      ['GET', `/v1/payments/${failed.id}/refunds`],
    ] as const) {
      const r = await w.ctx.api(method, p, {
        key: other.secretKey,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect(r.status).toBe(404);
    }
    const list = await (await w.ctx.api('GET', '/v1/payments', { key: other.secretKey })).json();
    expect(list.data).toEqual([]);
  });
});

describe('payment list and exports', () => {
  it('filters by status, session and created range, with a cursor', async () => {
    const { session, pay } = await paid(1500);
    const bySession = await (await w.ctx.api('GET', `/v1/payments?session=${session.id}`)).json();
    expect(bySession.data.map((p: { id: string }) => p.id)).toEqual([pay.id]);
    const failed = await (await w.ctx.api('GET', '/v1/payments?status=failed&limit=100')).json();
    expect(failed.data.every((p: { status: string }) => p.status === 'failed')).toBe(true);
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await (
      await w.ctx.api('GET', `/v1/payments?created[gte]=${encodeURIComponent(future)}`)
    ).json();
    expect(none.data).toEqual([]);
    const page1 = await (await w.ctx.api('GET', '/v1/payments?limit=2')).json();
    expect(page1.has_more).toBe(true);
    const page2 = await (
      await w.ctx.api('GET', `/v1/payments?limit=2&starting_after=${page1.data[1].id}`)
    ).json();
    expect(page2.data[0].id).not.toBe(page1.data[1].id);
    const bad = await w.ctx.api('GET', '/v1/payments?status=paid');
    expect(bad.status).toBe(400);
  });

  it('exports CSV with amounts in major units (JPY 0, EUR 2, KWD 3 decimals) and formula-safe text', async () => {
    const jpy = await paid(5000, 'JPY');
    const kwd = await paid(12345, 'KWD');
    const res = await w.ctx.api('GET', '/v1/payments/export?format=csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,created_at,session,status,method,amount,currency,amount_refunded,card_brand,card_last4,processor_payment_id,description',
    );
    expect(lines.find((l) => l.startsWith(jpy.pay.id))).toContain(',5000,JPY,0,');
    expect(lines.find((l) => l.startsWith(kwd.pay.id))).toContain(',12.345,KWD,0.000,');
    expect(csv).toContain('"Mug, ""blue"", =SUM(A1)"');
    expect(csv).not.toContain('4242424242424242');
  });

  it('exports a camt.053.001.08 statement that validates against the ISO 20022 XSD', async () => {
    const { pay } = await paid(2599, 'EUR');
    await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: { amount: 599 } });
    const res = await w.ctx.api('GET', '/v1/payments/export?format=camt053&currency=EUR');
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    const xsdPath = dataFile('iso20022', 'camt.053.001.08.xsd');
    const result = await validateXML({
      xml: [{ fileName: 'statement.xml', contents: xml }],
      schema: [{ fileName: 'camt.053.001.08.xsd', contents: readFileSync(xsdPath, 'utf8') }],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain(`<NtryRef>${pay.id}</NtryRef>`);
    expect(xml).toContain('<Amt Ccy="EUR">25.99</Amt>');
    expect(xml).toContain('<Amt Ccy="EUR">5.99</Amt>');
    const empty = await w.ctx.api(
      'GET',
      `/v1/payments/export?format=camt053&created[gte]=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
    );
    const emptyResult = await validateXML({
      xml: [{ fileName: 'empty.xml', contents: await empty.text() }],
      schema: [{ fileName: 'camt.053.001.08.xsd', contents: readFileSync(xsdPath, 'utf8') }],
    });
    expect(emptyResult.valid).toBe(true);
  });
});
