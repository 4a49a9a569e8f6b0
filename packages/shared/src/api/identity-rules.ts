/**
 * The identity flow's validation rules without zod, shared by the server's schema
 * (`personalDetailsSchema` in identity.ts calls `detailsRuleIssues`) and the widget's form check, so
 * both apply the same country, postcode, age and identity-number rules with the same message keys.
 * Zod-free on purpose: the widget imports this file and must not bundle zod for it.
 */

/** Per-country address and identity-number rules; countries not listed use the generic rules. */
export const COUNTRY_RULES: Record<string, { postcode?: RegExp; region?: boolean; idNumber?: RegExp }> = {
  US: {
    postcode: /^\d{5}(-\d{4})?$/,
    region: true,
    idNumber: /^(?!000|666|9\d\d)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/,
  },
  GB: { postcode: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i },
  ES: { postcode: /^\d{5}$/ },
  DE: { postcode: /^\d{5}$/ },
  FR: { postcode: /^\d{5}$/ },
  IT: { postcode: /^\d{5}$/ },
  NL: { postcode: /^\d{4} ?[A-Z]{2}$/i },
  PT: { postcode: /^\d{4}-\d{3}$/ },
  IE: { postcode: /^[A-Z\d]{3} ?[A-Z\d]{4}$/i },
  CA: { postcode: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, region: true },
  MX: { postcode: /^\d{5}$/ },
  AE: {},
  SA: { postcode: /^\d{5}$/ },
};
/** Countries the flow accepts for residence, nationality and documents. */
export const IDENTITY_COUNTRIES = Object.keys(COUNTRY_RULES) as [string, ...string[]];
export const DOCUMENT_TYPES = ['passport', 'id_card', 'driving_licence'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** Which sides each document type has. */
export const DOCUMENT_SIDES: Record<DocumentType, ('front' | 'back')[]> = {
  passport: ['front'],
  id_card: ['front', 'back'],
  driving_licence: ['front', 'back'],
};
/** Largest decoded image the widget API accepts (the widget downscales well below it). */
export const MAX_IDENTITY_IMAGE_BYTES = 700 * 1024;
/** E.164: a plus, a non-zero digit, 7 to 15 digits in all. */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Age in whole years on `today` (YYYY-MM-DD strings compare as dates). */
export function ageOn(dob: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dob.slice(0, 4));
  return today.slice(5) < dob.slice(5) ? years - 1 : years;
}

/** The fields the cross-field rules read (already shape-checked by the caller). */
export interface DetailsRuleInput {
  date_of_birth: string;
  address: { country: string; region?: string | undefined; postal_code?: string | undefined };
  id_number?: string | undefined;
}

export interface RuleIssue {
  path: (string | number)[];
  message: 'date' | 'too_young' | 'required' | 'postcode' | 'id_number';
}

/** The rules that depend on other fields: age (18–120, not in the future), the country's postcode, region and identity number. */
export function detailsRuleIssues(
  d: DetailsRuleInput,
  today = new Date().toISOString().slice(0, 10),
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const rules = COUNTRY_RULES[d.address.country] ?? {};
  const age = ageOn(d.date_of_birth, today);
  if (d.date_of_birth > today || age > 120) issues.push({ path: ['date_of_birth'], message: 'date' });
  else if (age < 18) issues.push({ path: ['date_of_birth'], message: 'too_young' });
  if (rules.postcode) {
    if (!d.address.postal_code) issues.push({ path: ['address', 'postal_code'], message: 'required' });
    else if (!rules.postcode.test(d.address.postal_code))
      issues.push({ path: ['address', 'postal_code'], message: 'postcode' });
  }
  if (rules.region && !d.address.region) issues.push({ path: ['address', 'region'], message: 'required' });
  if (rules.idNumber) {
    if (!d.id_number) issues.push({ path: ['id_number'], message: 'required' });
    else if (!rules.idNumber.test(d.id_number)) issues.push({ path: ['id_number'], message: 'id_number' });
  }
  return issues;
}
