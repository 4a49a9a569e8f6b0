/**
 * The document + selfie verification capability (docs/architecture.md §8): submit a check with the applicant's
 * details and images, get the result later through a signed callback. One interface, connectors
 * behind it (sandbox-kyc.ts, onfido.ts), so tests can point at any provider instance. A provider
 * whose callback carries the result (the sandbox) parses it at once; one whose callback only names
 * the finished check (Onfido) fetches the result, so parsing may be asynchronous.
 */

export type ProviderOutcome = 'approved' | 'declined' | 'review';

export interface KycCheckInput {
  /** Finlet's verification id; the callback names it, so it finds its verification. */
  reference: string;
  callbackUrl: string;
  applicant: { first_name: string; last_name: string; date_of_birth: string };
  document: { type: string; issuing_country: string; expiry_date: string };
  images: { front: Buffer; back?: Buffer; selfie: Buffer };
  /**
   * What earlier submits of this verification already created at a provider that takes no
   * idempotency key (Onfido), as stored with the verification: a submit retried after a restart
   * continues from it instead of creating a second applicant or check.
   */
  progress?: KycProgress;
  /** Stores `progress` with the verification; called right after each thing the provider created. */
  saveProgress?(progress: KycProgress): Promise<void>;
}

/** The provider's ids of what a submit created so far (e.g. Onfido's applicant, uploads, check). */
export interface KycProgress {
  applicant?: string;
  documents?: Partial<Record<'front' | 'back', string>>;
  live_photo?: string;
  check?: string;
}

export interface KycResult {
  checkId: string;
  reference: string;
  document: { outcome: ProviderOutcome; reasons: string[] };
  selfie: { outcome: ProviderOutcome; reasons: string[] };
}

/**
 * What a callback came to: a result to apply, `ignored` (authentic, but about nothing to apply: another
 * event, a check not finished) or null (forged, stale or malformed: refused, nothing applied).
 */
export type KycCallback = KycResult | 'ignored' | null;

export interface KycConnector {
  /** The request header carrying the callback's signature (lower case); `kyc-signature` when absent. */
  readonly signatureHeader?: string;
  /** Submits a check (idempotent per reference); errors are ApiErrors with provider_* codes. */
  submit(input: KycCheckInput): Promise<{ checkId: string }>;
  /**
   * Verifies a callback's signature (and freshness, where the provider signs a time) before reading
   * anything, then parses it, fetching the result from the provider when the callback only names it
   * (a failure to fetch is an ApiError with a provider_* code, so the provider delivers it again).
   */
  parseCallback(
    signature: string | undefined,
    body: string,
    nowSec: number,
  ): KycCallback | Promise<KycCallback>;
}
