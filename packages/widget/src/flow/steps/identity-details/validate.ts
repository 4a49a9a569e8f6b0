/**
 * Client-side check of the personal details with the same rules and message keys as the server's
 * zod schema (`personalDetailsSchema`): the cross-field rules are the very function the schema runs
 * (`detailsRuleIssues`); the field checks mirror its shapes. Written without zod so the identity
 * chunk does not carry it. The server validates again.
 */
// Imported by path from the zod-free rules: the package index (and identity.ts) would bundle zod.
import { detailsRuleIssues, IDENTITY_COUNTRIES, PHONE_PATTERN } from '@finlet/shared/api/identity-rules';

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
  const dateShape = /^\d{4}-\d{2}-\d{2}$/.test(d.date_of_birth);
  if (!dateShape) errors.date_of_birth = d.date_of_birth ? 'date' : 'required';
  if (!IDENTITY_COUNTRIES.includes(d.nationality)) errors.nationality = 'country';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email)) errors.email = d.email ? 'email' : 'required';
  else if (d.email.length > 254) errors.email = 'too_long';
  if (!PHONE_PATTERN.test(d.phone)) errors.phone = d.phone ? 'phone' : 'required';
  need('address.line1', d.address.line1, 200);
  need('address.city', d.address.city, 100);
  for (const issue of detailsRuleIssues(d, today)) {
    const path = issue.path.join('.');
    if (path === 'date_of_birth' && !dateShape) continue;
    errors[path] ??= issue.message;
  }
  return errors;
}
