/**
 * Countries as the customer reads them: every ISO 3166 country named in the active locale
 * (`Intl.DisplayNames`) and sorted in its alphabetical order (`Intl.Collator`), and the country a
 * form starts with. Used by the identity forms and the bank lists.
 */
import { IDENTITY_COUNTRIES, isCountry } from '@finlet/shared/api/countries';

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale || 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const sorted = new Map<string, { code: string; name: string }[]>();

/** Every country as `{ code, name }`, in the locale's alphabetical order. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  let list = sorted.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale || 'en');
    list = IDENTITY_COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    sorted.set(locale, list);
  }
  return list;
}

/**
 * The country a form starts with: the customer's country from the session, else the region of
 * the first locale tag that names one (`es-MX` → MX). A bare language (`en`, `fr`) names no
 * country: the customer then chooses — never a silent default.
 */
export function defaultCountry(customerCountry: string | null | undefined, ...tags: string[]): string {
  if (customerCountry && isCountry(customerCountry)) return customerCountry;
  for (const tag of tags) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && isCountry(region)) return region;
    } catch {
      // Not a locale tag: try the next one.
    }
  }
  return '';
}
