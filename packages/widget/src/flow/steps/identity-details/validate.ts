/**
 * Client-side check of the personal details with the same rules and message keys as the server's
 * zod schema (`personalDetailsSchema`), written without zod so the flow's first screen stays small
 * (a runtime zod import would be hoisted into the entry chunk). The server validates again.
 */
// Imported by path: the package index would drag zod into the first screen.
import { ageOn, COUNTRY_RULES, IDENTITY_COUNTRIES } from '../../../../../shared/src/api/identity.ts';

export interface DetailsBody {
  first_name: string;
  last_name: string;
  date_of_birth: string;
  nationality: string;
  email: string;
  phone: string;
  address: {
    line1: string;
    line2?: string;
    city: string;
    region?: string;
    postal_code?: string;
    country: string;
  };
  id_number?: string;
}

/** Field path (`address.postal_code`) → message key; empty when valid. */
export function validateDetails(
  d: DetailsBody,
  today = new Date().toISOString().slice(0, 10),
): Record<string, string> {
  const errors: Record<string, string> = {};
  const need = (path: string, value: string | undefined, max: number) => {
    if (!value?.trim()) errors[path] = 'required';
    else if (value.length > max) errors[path] = 'too_long';
  };
  need('first_name', d.first_name, 100);
  need('last_name', d.last_name, 100);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date_of_birth))
    errors.date_of_birth = d.date_of_birth ? 'date' : 'required';
  else if (d.date_of_birth > today || ageOn(d.date_of_birth, today) > 120) errors.date_of_birth = 'date';
  else if (ageOn(d.date_of_birth, today) < 18) errors.date_of_birth = 'too_young';
  if (!IDENTITY_COUNTRIES.includes(d.nationality)) errors.nationality = 'country';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email)) errors.email = d.email ? 'email' : 'required';
  if (!/^\+[1-9]\d{6,14}$/.test(d.phone)) errors.phone = d.phone ? 'phone' : 'required';
  need('address.line1', d.address.line1, 200);
  need('address.city', d.address.city, 100);
  const rules = COUNTRY_RULES[d.address.country] ?? {};
  if (rules.postcode) {
    if (!d.address.postal_code) errors['address.postal_code'] = 'required';
    else if (!rules.postcode.test(d.address.postal_code)) errors['address.postal_code'] = 'postcode';
  }
  if (rules.region && !d.address.region) errors['address.region'] = 'required';
  if (rules.idNumber) {
    if (!d.id_number) errors.id_number = 'required';
    else if (!rules.idNumber.test(d.id_number)) errors.id_number = 'id_number';
  }
  return errors;
}
