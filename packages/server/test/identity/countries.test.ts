/**
 * Identity for customers of every country: a session may name the customer's country (the widget
 * starts with it, and nothing else about the customer reaches the browser); personal details are
 * accepted with any ISO 3166 country, checked against that country's postcode and region rules
 * and with a real phone number; a document must be one its country issues.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityWorld, details_, type IdentityWorld } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld();
});
afterAll(() => w.close());

async function session(customer: Record<string, unknown>) {
  return w.api('POST', '/v1/sessions', {
    body: {
      flows: ['identity'],
      customer: { reference: 'cus_world', ...customer },
      allowed_origins: ['https://shop.example'],
    },
  });
}

const german = {
  ...details_({ phone: '+493012345678' }),
  nationality: 'DE',
  address: { line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' },
  id_number: undefined,
};

describe('countries', () => {
  it("gives the widget the customer's country, and only that", async () => {
    const res = await session({ country: 'DE', email: 'ada@example.com', name: 'Ada' });
    expect(res.status).toBe(201);
    const token = (await res.json()).client_token;
    const view = await (await w.api('GET', '/widget/v1/session', { key: token })).json();
    expect(view.customer_country).toBe('DE');
    expect(JSON.stringify(view)).not.toContain('ada@example.com');
    const without = await (await session({})).json();
    const plain = await (await w.api('GET', '/widget/v1/session', { key: without.client_token })).json();
    expect(plain.customer_country).toBeNull();
  });

  it('refuses a customer country that is not an ISO 3166 code', async () => {
    const res = await session({ country: 'XX' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
  });

  it('accepts a German address and phone, and refuses a German postcode of four digits', async () => {
    const s = await w.newSession('cus_berlin');
    expect((await w.widget(s.token, 'POST', '/details', german)).status).toBe(200);
    const t = await w.newSession('cus_berlin_2');
    const bad = await w.widget(t.token, 'POST', '/details', {
      ...german,
      address: { ...german.address, postal_code: '1011' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.param).toBe('address.postal_code');
  });

  it('refuses a phone number no country has', async () => {
    const s = await w.newSession('cus_phone');
    const res = await w.widget(s.token, 'POST', '/details', { ...german, phone: '+999123456789' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe('phone');
  });

  it('refuses a national ID card from a country that issues none, and takes a Spanish one', async () => {
    const s = await w.newSession('cus_docs');
    await w.widget(s.token, 'POST', '/details', german);
    const us = await w.widget(s.token, 'POST', '/document', {
      type: 'id_card',
      issuing_country: 'US',
      expiry_date: '2099-01-01',
    });
    expect(us.status).toBe(400);
    expect((await us.json()).error.param).toBe('type');
    const es = await w.widget(s.token, 'POST', '/document', {
      type: 'id_card',
      issuing_country: 'ES',
      expiry_date: '2099-01-01',
    });
    expect(es.status).toBe(200);
  });
});
