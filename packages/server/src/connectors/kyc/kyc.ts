/**
 * The document + selfie verification capability (docs/architecture.md §8): submit a check with the applicant's
 * details and images, get the result later through a signed callback. One interface, connectors
 * behind it (sandbox-kyc.ts), so tests can point at any provider instance.
 */

export type ProviderOutcome = 'approved' | 'declined' | 'review';

export interface KycCheckInput {
  /** Finlet's verification id; the callback names it, so it finds its verification. */
  reference: string;
  callbackUrl: string;
  applicant: { first_name: string; last_name: string; date_of_birth: string };
  document: { type: string; issuing_country: string; expiry_date: string };
  images: { front: Buffer; back?: Buffer; selfie: Buffer };
}

export interface KycResult {
  checkId: string;
  reference: string;
  document: { outcome: ProviderOutcome; reasons: string[] };
  selfie: { outcome: ProviderOutcome; reasons: string[] };
}

export interface KycConnector {
  /** Submits a check (idempotent per reference); errors are ApiErrors with provider_* codes. */
  submit(input: KycCheckInput): Promise<{ checkId: string }>;
  /** Verifies a callback's signature and freshness and parses it; null when forged, stale or malformed. */
  parseCallback(signature: string | undefined, body: string, nowSec: number): KycResult | null;
}
