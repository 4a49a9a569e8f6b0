/**
 * What erasure leaves of a resource that was about an erased customer: the same resource with
 * every personal field cleared, ids, types, statuses and amounts intact. One set of rules for the
 * live rows, the event payloads (which are also the webhook bodies) and the stored idempotent
 * responses, so the three copies cannot disagree.
 *
 * - session: `customer` keeps only its `reference` (name, e-mail and phone go).
 * - identity_verification: `document` goes; a screening hit keeps the list's own entry (public list
 *   data, the reason a review happened) but loses its `explanation`, which quotes the customer's
 *   name; a review keeps its decision, author and time but loses its free-text `note`.
 * Links, payments and refunds hold no personal data (bank owners are read live, never stored).
 */
import type { IdentityCheck } from '@finlet/shared';

export const ERASED = '[erased]';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function redactChecks(checks: IdentityCheck[]): IdentityCheck[] {
  return checks.map((c) => (c.hits ? { ...c, hits: c.hits.map((h) => ({ ...h, explanation: ERASED })) } : c));
}

export function redactReviews<R extends { note?: unknown }>(reviews: R[]): R[] {
  return reviews.map((r) => ({ ...r, note: null }));
}

/** The value with every session and identity verification of `reference` in it redacted. */
export function redactCustomer(value: unknown, reference: string): unknown {
  if (Array.isArray(value)) return value.map((v) => redactCustomer(v, reference));
  if (!isObject(value)) return value;
  if (value.object === 'session' && isObject(value.customer) && value.customer.reference === reference)
    return { ...value, customer: { reference } };
  if (value.object === 'identity_verification' && value.customer_reference === reference) {
    return {
      ...value,
      document: null,
      checks: Array.isArray(value.checks) ? redactChecks(value.checks as IdentityCheck[]) : value.checks,
      reviews: Array.isArray(value.reviews) ? redactReviews(value.reviews as Json[]) : value.reviews,
    };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactCustomer(v, reference)]));
}
