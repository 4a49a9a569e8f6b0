/**
 * What the server answers with null, the document allows as null. zod-openapi wrote a nullable
 * schema registered under an id (`CardCollection`, `WidgetPayment`, `Balance`) as a bare `$ref`
 * or an `allOf` that null cannot pass, so a client validating against the document — or a typed
 * SDK — refused `GET /widget/v1/payment` of a session not yet paid (the fuzz found it).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../support/harness.ts';

const t = await createTestContext();
afterAll(() => t.close());
const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();
const ajv = new Ajv2020({ strict: false });
ajv.addSchema({
  $id: 'finlet',
  $defs: JSON.parse(
    JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', '"finlet#/$defs/'),
  ),
});
const accepts = (name: string, value: unknown) => ajv.validate(`finlet#/$defs/${name}`, value);

describe('nullable fields of registered schemas', () => {
  it('accepts a payment state with neither a card processor nor a payment yet', () => {
    const state = { amount: 1299, currency: 'GBP', description: 'Blue mug', methods: ['bank'] };
    expect(accepts('WidgetPaymentState', { ...state, card_collection: null, payment: null })).toBe(true);
    expect(accepts('WidgetPaymentState', { ...state, card_collection: 7, payment: null })).toBe(false);
  });

  it('accepts an account whose balance is not known', () => {
    const balance = doc.components.schemas.Account.properties.balance;
    expect(
      ajv.validate(
        JSON.parse(JSON.stringify(balance).replaceAll('"#/components/schemas/', '"finlet#/$defs/')),
        null,
      ),
    ).toBe(true);
  });
});
