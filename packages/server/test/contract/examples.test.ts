/**
 * The document's examples are answers and requests the server really gives and takes: every JSON
 * request body has an example valid against its schema, every error response an example envelope
 * whose code has that response's status — and the examples a partner copies first are accepted
 * by the server itself (the document's schemas cannot express every rule, e.g. a phone number's).
 */
import { ERROR_CODES, identityDocumentSchema, personalDetailsSchema } from '@finlet/shared';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../support/harness.ts';

const t = await createTestContext();
afterAll(() => t.close());
const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
const refs = <T>(s: T): T =>
  JSON.parse(JSON.stringify(s).replaceAll('"#/components/schemas/', '"finlet#/$defs/'));
ajv.addSchema(refs({ $id: 'finlet', $defs: doc.components.schemas }));
const errorsOf = (schema: unknown, value: unknown) => {
  const validate = ajv.compile(refs(schema as object));
  return validate(value) ? '' : JSON.stringify(validate.errors);
};

const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);
const exampleOf = (name: string) =>
  operations.find((o) => o.name === name)!.op.requestBody.content['application/json'].example;

describe('the examples of the document', () => {
  it('gives every JSON request body an example its schema accepts', () => {
    const withBody = operations.filter((o) => o.op.requestBody?.content?.['application/json']);
    expect(withBody.length).toBeGreaterThan(10);
    for (const { name, op } of withBody) {
      const media = op.requestBody.content['application/json'];
      if (op.requestBody.required === false) continue; // a POST that takes no fields
      expect(media.example, name).toBeDefined();
      expect(errorsOf(media.schema, media.example), name).toBe('');
    }
  });

  it('gives every error response an envelope whose code has that status', () => {
    for (const { name, op } of operations)
      for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
        if (Number(status) < 400) continue;
        const media = response.content['application/json'];
        expect(errorsOf(media.schema, media.example), `${name} ${status}`).toBe('');
        const code = media.example.error.code as keyof typeof ERROR_CODES;
        expect(ERROR_CODES[code]?.status, `${name} ${status} ${code}`).toBe(Number(status));
      }
  });

  it('has examples the server accepts as they are', async () => {
    for (const [name, status] of [
      ['POST /v1/sessions', 201],
      ['POST /v1/screenings', 200],
      ['POST /v1/identity_rules', 200],
    ] as const) {
      const [method, path] = name.split(' ') as [string, string];
      const res = await t.api(method, path, { body: exampleOf(name) });
      expect(res.status, `${name}: ${await res.text()}`).toBe(status);
    }
    // The widget's identity forms, through the rules the document cannot state.
    expect(
      personalDetailsSchema.safeParse(exampleOf('POST /widget/v1/identity/details')).error,
    ).toBeUndefined();
    expect(
      identityDocumentSchema.safeParse(exampleOf('POST /widget/v1/identity/document')).error,
    ).toBeUndefined();
  });
});
