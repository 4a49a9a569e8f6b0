/**
 * The identity details form checks what the server checks: for each input, the widget's zod-free
 * `validateDetails` flags exactly the fields the server's `personalDetailsSchema` rejects, with the
 * same message keys (the keys the widget turns into localized text), for addresses and phones of
 * many countries; and the body it sends holds the phone in E.164 however the customer typed it.
 */

import { personalDetailsSchema, toE164 } from '@finlet/shared/api/identity';
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
  ['a US number typed as the US dials it (no +1)', (d) => (d.phone = '(415) 555-0100')],
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
  ['a phone that is too short for its country', (d) => (d.phone = '+4420')],
  ['a phone with an impossible country code', (d) => (d.phone = '+999123456789')],
  ['a country that is not ISO 3166', (d) => (d.address.country = 'XX')],
  [
    'a German address: postcode of five digits, no region',
    (d) => {
      d.address = { line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' };
      d.phone = '+493012345678';
      d.id_number = undefined;
    },
  ],
  [
    'a Polish postcode, its dash left out',
    (d) => {
      d.address = { line1: 'Marszałkowska 1', city: 'Warszawa', postal_code: '00624', country: 'PL' };
      d.id_number = undefined;
    },
  ],
  [
    'a Japanese address needs its prefecture',
    (d) => {
      d.address = { line1: '1-1 Chiyoda', city: 'Chiyoda-ku', postal_code: '100-0001', country: 'JP' };
      d.id_number = undefined;
    },
  ],
  [
    'a Moroccan address (a country the widget did not know before)',
    (d) => {
      d.address = { line1: '1 Rue Atlas', city: 'Rabat', postal_code: '10000', country: 'MA' };
      d.nationality = 'MA';
      d.phone = '+212612345678';
      d.id_number = undefined;
    },
  ],
  [
    'a country without postcodes takes none',
    (d) => {
      d.address = { line1: 'Sheikh Zayed Rd 1', city: 'Dubai', region: 'Dubai', country: 'AE' };
      d.phone = '+971501234567';
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
      const { errors, body: sent } = validateDetails(body, TODAY);
      // The widget sends the phone in E.164 (the server accepts nothing else): compare on that.
      const phone = toE164(body.phone, body.address.country) ?? body.phone;
      expect(errors).toEqual(serverErrors({ ...body, phone }));
      const valid = [
        'valid',
        'a UK',
        'a US number',
        'a German',
        'a Polish',
        'a Moroccan',
        'a country without',
      ].some((v) => name.startsWith(v));
      expect(Object.keys(errors).length > 0).toBe(!valid);
      if (sent) expect(serverErrors(sent)).toEqual({});
    });

  it('sends the phone in E.164 however it was typed: national, with spaces, with 00', () => {
    const typed = (phone: string, country: string) =>
      validateDetails(
        {
          ...VALID,
          phone,
          address: { line1: '1 High St', city: 'London', postal_code: 'SW1A 2AA', country },
          id_number: undefined,
        },
        TODAY,
      ).body?.phone;
    expect(typed('020 7946 0018', 'GB')).toBe('+442079460018');
    expect(typed('+44 (0)20 7946 0018', 'GB')).toBe('+442079460018');
    expect(typed('0044 20 7946 0018', 'GB')).toBe('+442079460018');
    expect(typed('07911 123456', 'GB')).toBe('+447911123456');
    expect(typed('12345', 'GB')).toBeUndefined();
  });
});
