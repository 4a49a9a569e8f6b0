/**
 * Client-side check of the personal details with the same rules and message keys as the server's
 * zod schema (`personalDetailsSchema`): the cross-field rules are the very function the schema runs
 * (`detailsRuleIssues`), the phone check the same libphonenumber-js check (`isPhoneNumber`); the
 * field checks mirror its shapes. Written without zod so the identity chunk does not carry it.
 * The server validates again.
 *
 * The phone may be typed the way the customer's country dials it (`020 7946 0018` in GB) or
 * internationally (`+44 20 7946 0018`, `0044 …`): the body sent holds it in E.164.
 */
// Imported by path from the zod-free rules: the package index (and identity.ts) would bundle zod.
import { detailsRuleIssues, isCountry, toE164 } from '@finlet/shared/api/identity-rules';

export interface DetailsBody {
  first_name: string;
  last_name: string;
  date_of_birth: string;
  nationality: string;
  email: string;
  phone: string;
  address: {
    line1: string;
    line2?: string | undefined;
    city: string;
    region?: string | undefined;
    postal_code?: string | undefined;
    country: string;
  };
  id_number?: string | undefined;
}

/**
 * Field path (`address.postal_code`) → message key, and — when there is none — the body to send,
 * its phone in E.164.
 */
export function validateDetails(
  d: DetailsBody,
  today = new Date().toISOString().slice(0, 10),
): { errors: Record<string, string>; body?: DetailsBody } {
  const errors: Record<string, string> = {};
  const need = (path: string, value: string | undefined, max: number) => {
    if (!value?.trim()) errors[path] = 'required';
    else if (value.length > max) errors[path] = 'too_long';
  };
  need('first_name', d.first_name, 100);
  need('last_name', d.last_name, 100);
  const dateShape = /^\d{4}-\d{2}-\d{2}$/.test(d.date_of_birth);
  if (!dateShape) errors.date_of_birth = d.date_of_birth ? 'date' : 'required';
  if (!isCountry(d.nationality)) errors.nationality = d.nationality ? 'country' : 'required';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email)) errors.email = d.email ? 'email' : 'required';
  else if (d.email.length > 254) errors.email = 'too_long';
  const phone = toE164(d.phone, d.address.country);
  if (!phone) errors.phone = d.phone.trim() ? 'phone' : 'required';
  need('address.line1', d.address.line1, 200);
  need('address.city', d.address.city, 100);
  if (!isCountry(d.address.country)) errors['address.country'] = d.address.country ? 'country' : 'required';
  else
    for (const issue of detailsRuleIssues(d, today)) {
      const path = issue.path.join('.');
      if (path === 'date_of_birth' && !dateShape) continue;
      errors[path] ??= issue.message;
    }
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, body: { ...d, phone: phone! } };
}
