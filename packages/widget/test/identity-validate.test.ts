/**
 * The identity details form checks what the server checks: for each input, the widget's zod-free
 * `validateDetails` flags exactly the fields the server's `personalDetailsSchema` rejects, with the
 * same message keys (the keys the widget turns into localized text).
 */

import { personalDetailsSchema } from '@finlet/shared/api/identity';
import { describe, expect, it } from 'vitest';
import { type DetailsBody, validateDetails } from '../src/flow/steps/identity-details/validate.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const VALID: DetailsBody = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  date_of_birth: '1990-12-10',
  nationality: 'US',
  email: 'ada@example.com',
  phone: '+14155550100',
  address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' },
  id_number: '123-45-6789',
};

const CASES: [string, (d: DetailsBody) => void][] = [
  ['valid', () => {}],
  ['empty first name', (d) => (d.first_name = '  ')],
  ['a too long last name', (d) => (d.last_name = 'x'.repeat(101))],
  ['a minor', (d) => (d.date_of_birth = `${Number(TODAY.slice(0, 4)) - 10}-01-01`)],
  ['a birth date in the future', (d) => (d.date_of_birth = '2999-01-01')],
  ['a 130-year-old', (d) => (d.date_of_birth = '1890-01-01')],
  ['an unknown nationality', (d) => (d.nationality = 'XX')],
  ['a bad email', (d) => (d.email = 'ada@')],
  ['a phone without +', (d) => (d.phone = '4155550100')],
  ['a US ZIP in UK form', (d) => (d.address.postal_code = 'SW1A 1AA')],
  ['no US state', (d) => (d.address.region = undefined)],
  ['no SSN', (d) => (d.id_number = undefined)],
  ['an impossible SSN', (d) => (d.id_number = '000-12-3456')],
  [
    'a UK address needs no state or SSN',
    (d) => {
      d.address = { line1: '10 Downing St', city: 'London', postal_code: 'SW1A 2AA', country: 'GB' };
      d.id_number = undefined;
    },
  ],
  [
    'a Dutch postcode',
    (d) => {
      d.address = { line1: 'Dam 1', city: 'Amsterdam', postal_code: '1012', country: 'NL' };
      d.id_number = undefined;
    },
  ],
];

function serverErrors(d: DetailsBody): Record<string, string> {
  const parsed = personalDetailsSchema.safeParse(d);
  const errors: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues)
    errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

describe('identity details validation', () => {
  for (const [name, change] of CASES)
    it(`agrees with the server: ${name}`, () => {
      const body = structuredClone(VALID);
      change(body);
      const widget = validateDetails(body, TODAY);
      expect(widget).toEqual(serverErrors(body));
      if (name !== 'valid' && !name.startsWith('a UK')) expect(Object.keys(widget).length).toBeGreaterThan(0);
    });
});
