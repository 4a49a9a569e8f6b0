/**
 * The identity flow's validation rules without zod, shared by the server's schema
 * (`personalDetailsSchema` in identity.ts calls `detailsRuleIssues`) and the widget's form check, so
 * both apply the same country, address, postcode, phone, age, document and identity-number rules
 * with the same message keys. Zod-free on purpose: the widget imports this file and must not
 * bundle zod for it.
 *
 * Countries are every ISO 3166-1 alpha-2 code (the widget names them with `Intl.DisplayNames`).
 * Postcode patterns and the name of the region field follow the address data of Google's
 * libaddressinput (the `zip` and `state_name_type` of each country), written out by hand; a
 * country without a pattern takes any short postcode, optionally. Phone numbers are checked with
 * libphonenumber-js and its `min` metadata (lengths and prefixes of every country's numbers).
 */
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { isCountry } from './countries.ts';

export { IDENTITY_COUNTRIES, isCountry } from './countries.ts';

/**
 * Postcode patterns (matched whole, case-insensitive). A listed country requires a postcode of
 * that shape; any other country may give one of up to 12 letters, digits, spaces and dashes.
 */
const POSTCODES: Record<string, string> = {
  AD: 'AD[1-7]0\\d',
  AF: '\\d{4}',
  AI: '(?:AI-)?2640',
  AL: '\\d{4}',
  AM: '(?:37)?\\d{4}',
  AR: '(?:[A-HJ-NP-Z])?\\d{4}(?:[A-Z]{3})?',
  AS: '96799(?:[ -]\\d{4})?',
  AT: '\\d{4}',
  AU: '\\d{4}',
  AX: '22\\d{3}',
  AZ: '\\d{4}',
  BA: '\\d{5}',
  BB: 'BB\\d{5}',
  BD: '\\d{4}',
  BE: '\\d{4}',
  BG: '\\d{4}',
  BH: '(?:\\d|1[0-2])\\d{2}',
  BL: '9[78][01]\\d{2}',
  BM: '[A-Z]{2} ?[A-Z0-9]{2}',
  BN: '[A-Z]{2} ?\\d{4}',
  BR: '\\d{5}-?\\d{3}',
  BT: '\\d{5}',
  BY: '\\d{6}',
  CA: '[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d',
  CC: '6799',
  CH: '\\d{4}',
  CL: '\\d{7}',
  CN: '\\d{6}',
  CO: '\\d{6}',
  CR: '\\d{4,5}|\\d{3}-\\d{4}',
  CU: '\\d{5}',
  CV: '\\d{4}',
  CX: '6798',
  CY: '\\d{4}',
  CZ: '\\d{3} ?\\d{2}',
  DE: '\\d{5}',
  DK: '\\d{4}',
  DO: '\\d{5}',
  DZ: '\\d{5}',
  EC: '\\d{6}',
  EE: '\\d{5}',
  EG: '\\d{5}',
  EH: '\\d{5}',
  ES: '\\d{5}',
  ET: '\\d{4}',
  FI: '\\d{5}',
  FK: 'FIQQ 1ZZ',
  FM: '9694[1-4](?:[ -]\\d{4})?',
  FO: '\\d{3}',
  FR: '\\d{2} ?\\d{3}',
  GB: 'GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}',
  GE: '\\d{4}',
  GF: '9[78]3\\d{2}',
  GG: 'GY\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}',
  GI: 'GX11 ?1AA',
  GL: '39\\d{2}',
  GN: '\\d{3}',
  GP: '9[78][01]\\d{2}',
  GR: '\\d{3} ?\\d{2}',
  GS: 'SIQQ 1ZZ',
  GT: '\\d{5}',
  GU: '969(?:[12]\\d|3[12])(?:[ -]\\d{4})?',
  GW: '\\d{4}',
  HM: '\\d{4}',
  HN: '\\d{5}',
  HR: '\\d{5}',
  HT: '\\d{4}',
  HU: '\\d{4}',
  ID: '\\d{5}',
  IE: '[\\dA-Z]{3} ?[\\dA-Z]{4}',
  IL: '\\d{5}(?:\\d{2})?',
  IM: 'IM\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}',
  IN: '\\d{6}',
  IO: 'BBND 1ZZ',
  IQ: '\\d{5}',
  IR: '\\d{5}-?\\d{5}',
  IS: '\\d{3}',
  IT: '\\d{5}',
  JE: 'JE\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}',
  JO: '\\d{5}',
  JP: '\\d{3}-?\\d{4}',
  KE: '\\d{5}',
  KG: '\\d{6}',
  KH: '\\d{5,6}',
  KR: '\\d{5}',
  KW: '\\d{5}',
  KY: 'KY\\d-\\d{4}',
  KZ: '\\d{6}',
  LA: '\\d{5}',
  LB: '\\d{4}(?: ?\\d{4})?',
  LI: '948[5-9]|949[0-8]',
  LK: '\\d{5}',
  LR: '\\d{4}',
  LS: '\\d{3}',
  LT: '(?:LT-)?\\d{5}',
  LU: '(?:L-)?\\d{4}',
  LV: '(?:LV-)?\\d{4}',
  MA: '\\d{5}',
  MC: '980\\d{2}',
  MD: '(?:MD-?)?\\d{4}',
  ME: '8\\d{4}',
  MF: '9[78][01]\\d{2}',
  MG: '\\d{3}',
  MH: '969[67]\\d(?:[ -]\\d{4})?',
  MK: '\\d{4}',
  MM: '\\d{5}',
  MN: '\\d{5}',
  MP: '9695[012](?:[ -]\\d{4})?',
  MQ: '9[78]2\\d{2}',
  MT: '[A-Z]{3} ?\\d{2,4}',
  MU: '\\d{3}(?:\\d{2}|[A-Z]{2}\\d{3})',
  MV: '\\d{5}',
  MX: '\\d{5}',
  MY: '\\d{5}',
  MZ: '\\d{4}',
  NA: '\\d{5}',
  NC: '988\\d{2}',
  NE: '\\d{4}',
  NF: '2899',
  NG: '\\d{6}',
  NI: '\\d{5}',
  NL: '\\d{4} ?[A-Z]{2}',
  NO: '\\d{4}',
  NP: '\\d{5}',
  NZ: '\\d{4}',
  OM: '(?:PC )?\\d{3}',
  PE: '(?:LIMA \\d{1,2}|CALLAO 0?\\d)|[0-2]\\d{4}',
  PF: '987\\d{2}',
  PG: '\\d{3}',
  PH: '\\d{4}',
  PK: '\\d{5}',
  PL: '\\d{2}-?\\d{3}',
  PM: '9[78]5\\d{2}',
  PN: 'PCRN 1ZZ',
  PR: '00[679]\\d{2}(?:[ -]\\d{4})?',
  PT: '\\d{4}-\\d{3}',
  PW: '969(?:39|40)(?:[ -]\\d{4})?',
  PY: '\\d{4}',
  RE: '9[78]4\\d{2}',
  RO: '\\d{6}',
  RS: '\\d{5,6}',
  RU: '\\d{6}',
  SA: '\\d{5}(?:-?\\d{4})?',
  SD: '\\d{5}',
  SE: '\\d{3} ?\\d{2}',
  SG: '\\d{6}',
  SH: '(?:ASCN|STHL) 1ZZ',
  SI: '(?:SI-)?\\d{4}',
  SJ: '\\d{4}',
  SK: '\\d{3} ?\\d{2}',
  SM: '4789\\d',
  SN: '\\d{5}',
  SO: '[A-Z]{2} ?\\d{5}',
  SV: 'CP [1-3][1-7][0-2]\\d',
  SZ: '[HLMS]\\d{3}',
  TC: 'TKCA 1ZZ',
  TH: '\\d{5}',
  TJ: '\\d{6}',
  TM: '\\d{6}',
  TN: '\\d{4}',
  TR: '\\d{5}',
  TW: '\\d{3}(?:\\d{2,3})?',
  TZ: '\\d{4,5}',
  UA: '\\d{5}',
  UM: '96898',
  US: '\\d{5}(?:[ -]\\d{4})?',
  UY: '\\d{5}',
  UZ: '\\d{6}',
  VA: '00120',
  VC: 'VC\\d{4}',
  VE: '\\d{4}',
  VG: 'VG\\d{4}',
  VI: '008(?:[0-4]\\d|5[01])(?:[ -]\\d{4})?',
  VN: '\\d{5,6}',
  WF: '986\\d{2}',
  YT: '976\\d{2}',
  ZA: '\\d{4}',
  ZM: '\\d{5}',
};
const ANY_POSTCODE = /^[A-Z\d][A-Z\d -]{0,11}$/i;

/** What a country calls its first-level division, for the widget's label (ICU select key). */
export type RegionKind = 'state' | 'province' | 'prefecture' | 'emirate' | 'county' | 'region';
/** What a country calls its postcode, for the widget's label (ICU select key). */
export type PostcodeKind = 'zip' | 'pin' | 'eircode' | 'postcode';

const REGION_KINDS: Record<string, RegionKind> = {
  US: 'state',
  AU: 'state',
  BR: 'state',
  IN: 'state',
  MX: 'state',
  MY: 'state',
  NG: 'state',
  VE: 'state',
  AS: 'state',
  FM: 'state',
  MH: 'state',
  MP: 'state',
  PW: 'state',
  CA: 'province',
  IT: 'province',
  ES: 'province',
  AR: 'province',
  CN: 'province',
  ID: 'province',
  TH: 'province',
  ZA: 'province',
  KR: 'province',
  PH: 'province',
  IR: 'province',
  JP: 'prefecture',
  AE: 'emirate',
  IE: 'county',
  KE: 'county',
  JM: 'region',
  CL: 'region',
  CO: 'region',
  PE: 'region',
  RU: 'region',
  UA: 'region',
  KZ: 'region',
  EG: 'region',
  SV: 'region',
  HN: 'region',
  NI: 'region',
  BS: 'region',
  HK: 'region',
  TR: 'province',
};
/** Countries whose addresses are not deliverable without the region. */
const REGION_REQUIRED = new Set(['US', 'CA', 'AU', 'BR', 'IN', 'JP', 'AE', 'CN']);
const POSTCODE_KINDS: Record<string, PostcodeKind> = {
  US: 'zip',
  AS: 'zip',
  FM: 'zip',
  GU: 'zip',
  MH: 'zip',
  MP: 'zip',
  PR: 'zip',
  PW: 'zip',
  VI: 'zip',
  UM: 'zip',
  IN: 'pin',
  IE: 'eircode',
};

/** Identity numbers the flow asks for: a US Social Security number. */
const ID_NUMBERS: Record<string, RegExp> = {
  US: /^(?!000|666|9\d\d)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/,
};

export interface AddressFormat {
  /** The postcode's pattern, when the country has one (then the postcode is required). */
  postcode: RegExp | undefined;
  postcodeKind: PostcodeKind;
  /** The region field is shown (with this name) … */
  region: RegionKind | undefined;
  /** … and must be filled. */
  regionRequired: boolean;
  /** The identity number the country asks for (US SSN), if any. */
  idNumber: RegExp | undefined;
}

const compiled = new Map<string, AddressFormat>();

/** How addresses (and identity numbers) of `country` are written and checked. */
export function addressFormat(country: string): AddressFormat {
  let format = compiled.get(country);
  if (!format) {
    const pattern = POSTCODES[country];
    format = {
      postcode: pattern ? new RegExp(`^(?:${pattern})$`, 'i') : undefined,
      postcodeKind: POSTCODE_KINDS[country] ?? 'postcode',
      region: REGION_KINDS[country],
      regionRequired: REGION_REQUIRED.has(country),
      idNumber: ID_NUMBERS[country],
    };
    compiled.set(country, format);
  }
  return format;
}

export const DOCUMENT_TYPES = ['passport', 'id_card', 'driving_licence'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** Which sides each document type has. */
export const DOCUMENT_SIDES: Record<DocumentType, ('front' | 'back')[]> = {
  passport: ['front'],
  id_card: ['front', 'back'],
  driving_licence: ['front', 'back'],
};
/**
 * Countries that issue no national identity card (identity rests on the passport and the
 * driving licence): the document choice offers only those two for them.
 */
const NO_NATIONAL_ID_CARD = new Set(['US', 'GB', 'IE', 'CA', 'AU', 'NZ']);

/** The document types accepted from an issuing country. */
export function documentTypesOf(country: string): DocumentType[] {
  return NO_NATIONAL_ID_CARD.has(country) ? ['passport', 'driving_licence'] : [...DOCUMENT_TYPES];
}

/** Largest decoded image the widget API accepts (the widget downscales well below it). */
export const MAX_IDENTITY_IMAGE_BYTES = 700 * 1024;

/** A phone number in E.164 (`+` and digits) that libphonenumber-js knows as a possible number. */
export function isPhoneNumber(e164: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(e164) && isValidPhoneNumber(e164);
}

/**
 * The number as the customer typed it, in E.164: international (`+44 20 …`, `0044 …`) or national
 * for `country` (`020 7946 0018` in GB). Undefined when it cannot be read as a valid number.
 */
export function toE164(input: string, country?: string): string | undefined {
  const trimmed = input.trim().replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(
    trimmed,
    country && isCountry(country) ? (country as Parameters<typeof parsePhoneNumberFromString>[1]) : undefined,
  );
  return parsed?.isValid() ? parsed.number : undefined;
}

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
  message: 'date' | 'too_young' | 'required' | 'postcode' | 'id_number' | 'document_type';
}

/** The rules that depend on other fields: age (18–120, not in the future), the country's postcode, region and identity number. */
export function detailsRuleIssues(
  d: DetailsRuleInput,
  today = new Date().toISOString().slice(0, 10),
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const format = addressFormat(d.address.country);
  const age = ageOn(d.date_of_birth, today);
  if (d.date_of_birth > today || age > 120) issues.push({ path: ['date_of_birth'], message: 'date' });
  else if (age < 18) issues.push({ path: ['date_of_birth'], message: 'too_young' });
  const postcode = d.address.postal_code;
  if (format.postcode) {
    if (!postcode) issues.push({ path: ['address', 'postal_code'], message: 'required' });
    else if (!format.postcode.test(postcode))
      issues.push({ path: ['address', 'postal_code'], message: 'postcode' });
  } else if (postcode && !ANY_POSTCODE.test(postcode))
    issues.push({ path: ['address', 'postal_code'], message: 'postcode' });
  if (format.regionRequired && !d.address.region)
    issues.push({ path: ['address', 'region'], message: 'required' });
  if (format.idNumber) {
    if (!d.id_number) issues.push({ path: ['id_number'], message: 'required' });
    else if (!format.idNumber.test(d.id_number)) issues.push({ path: ['id_number'], message: 'id_number' });
  }
  return issues;
}

/** The document rule that depends on another field: the type must be one the country issues. */
export function documentRuleIssues(d: { type: DocumentType; issuing_country: string }): RuleIssue[] {
  return documentTypesOf(d.issuing_country).includes(d.type)
    ? []
    : [{ path: ['type'], message: 'document_type' }];
}
