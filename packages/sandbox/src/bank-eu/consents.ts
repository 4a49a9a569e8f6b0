/**
 * Berlin Group 1.3.9 AIS consents with the OAuth SCA approach: `POST /v1/consents` answers
 * `received` with an `scaOAuth` link; the PSU authorises it through the bank's OAuth authorize
 * request carrying `consent_id`, which makes it `valid`. `validUntil` (capped by the bank's consent
 * lifetime) and `frequencyPerDay` (TPP-initiated reads per day) are enforced on every AIS call.
 */
import { randomUUID } from 'node:crypto';
import type { ConsentDescription, ConsentGate } from '../bank-common/interaction.ts';
import type { Ledger } from '../bank-common/ledger.ts';
import { BgError } from './errors.ts';

export type BgConsentStatus =
  | 'received'
  | 'rejected'
  | 'valid'
  | 'revokedByPsu'
  | 'expired'
  | 'terminatedByTpp';

export interface AccountAccess {
  accounts?: { iban?: string }[];
  balances?: { iban?: string }[];
  transactions?: { iban?: string }[];
  availableAccounts?: string;
  allPsd2?: string;
}

export interface BgConsent {
  id: string;
  status: BgConsentStatus;
  access: AccountAccess;
  recurringIndicator: boolean;
  validUntil: string;
  expiresAt: number;
  frequencyPerDay: number;
  lastActionDate: string;
  tppRedirectUri?: string;
  psuId?: string;
  clientId?: string;
  username?: string;
  accountIds: string[];
  usage: { day: string; count: number };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export class BgConsents implements ConsentGate {
  private readonly consents = new Map<string, BgConsent>();

  constructor(
    private readonly ledger: Ledger,
    private readonly ttlSeconds: number,
  ) {}

  create(body: unknown, headers: { tppRedirectUri?: string; psuId?: string }): BgConsent {
    const b = (body ?? {}) as Record<string, unknown>;
    const access = b.access as AccountAccess | undefined;
    if (typeof access !== 'object' || access === null)
      throw new BgError(400, 'FORMAT_ERROR', 'access is required', 'access');
    if (typeof b.recurringIndicator !== 'boolean')
      throw new BgError(400, 'FORMAT_ERROR', 'recurringIndicator is required', 'recurringIndicator');
    if (typeof b.combinedServiceIndicator !== 'boolean') {
      throw new BgError(
        400,
        'FORMAT_ERROR',
        'combinedServiceIndicator is required',
        'combinedServiceIndicator',
      );
    }
    if (typeof b.validUntil !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(b.validUntil)) {
      throw new BgError(400, 'FORMAT_ERROR', 'validUntil must be a date (YYYY-MM-DD)', 'validUntil');
    }
    if (!Number.isInteger(b.frequencyPerDay) || (b.frequencyPerDay as number) < 1) {
      throw new BgError(
        400,
        'FORMAT_ERROR',
        'frequencyPerDay must be an integer of at least 1',
        'frequencyPerDay',
      );
    }
    const now = this.ledger.now();
    if (b.validUntil < day(now))
      throw new BgError(400, 'PERIOD_INVALID', 'validUntil is in the past', 'validUntil');
    const frequency = b.recurringIndicator ? (b.frequencyPerDay as number) : 1;
    const expiresAt = Math.min(
      Date.parse(`${b.validUntil}T23:59:59.999Z`),
      now.getTime() + this.ttlSeconds * 1000,
    );
    const consent: BgConsent = {
      id: `sandbox-eu-consent-${randomUUID()}`,
      status: 'received',
      access,
      recurringIndicator: b.recurringIndicator,
      validUntil: day(new Date(expiresAt)),
      expiresAt,
      frequencyPerDay: frequency,
      lastActionDate: day(now),
      tppRedirectUri: headers.tppRedirectUri,
      psuId: headers.psuId,
      accountIds: [],
      usage: { day: day(now), count: 0 },
    };
    this.consents.set(consent.id, consent);
    return consent;
  }

  get(id: string): BgConsent | undefined {
    const consent = this.consents.get(id);
    if (
      consent &&
      (consent.status === 'valid' || consent.status === 'received') &&
      consent.expiresAt <= this.ledger.now().getTime()
    ) {
      this.setStatus(consent, 'expired');
    }
    return consent;
  }

  terminate(consent: BgConsent): void {
    this.setStatus(consent, 'terminatedByTpp');
  }

  /** Counts one TPP-initiated read; throws ACCESS_EXCEEDED past `frequencyPerDay`. */
  countAccess(consent: BgConsent): void {
    const today = day(this.ledger.now());
    if (consent.usage.day !== today) consent.usage = { day: today, count: 0 };
    if (consent.usage.count >= consent.frequencyPerDay) {
      throw new BgError(
        429,
        'ACCESS_EXCEEDED',
        `The consent allows ${consent.frequencyPerDay} reads a day without the PSU`,
      );
    }
    consent.usage.count += 1;
  }

  allows(consent: BgConsent, service: 'accounts' | 'balances' | 'transactions', iban: string): boolean {
    if (consent.access.allPsd2) return true;
    if (service === 'accounts' && consent.access.availableAccounts) return true;
    const list = consent.access[service] ?? [];
    if (service === 'accounts' && (consent.access.balances?.length || consent.access.transactions?.length)) {
      return [...list, ...(consent.access.balances ?? []), ...(consent.access.transactions ?? [])].some(
        (r) => r.iban === iban,
      );
    }
    return list.some((r) => r.iban === iban);
  }

  describe(consentId: string | undefined, _clientId: string): ConsentDescription | { error: string } {
    const consent = consentId ? this.get(consentId) : undefined;
    if (!consent) return { error: 'The app did not send a valid consent.' };
    if (consent.status !== 'received') return { error: 'This consent can no longer be authorised.' };
    const a = consent.access;
    const permissions = ['Your account names and numbers'];
    if (a.allPsd2 || a.balances) permissions.push('Your balances');
    if (a.allPsd2 || a.transactions) permissions.push('Your transactions');
    return { kind: 'accounts', permissions, until: consent.validUntil };
  }

  /** Bank-offered and all-accounts consents become explicit IBAN lists for the accounts the PSU chose. */
  authorise(consentId: string, username: string, accountIds: string[]): void {
    const consent = this.get(consentId);
    if (!consent) return;
    const ibans = accountIds.map((id) => ({ iban: this.ledger.account(id)?.iban ?? '' }));
    const named = [
      ...(consent.access.accounts ?? []),
      ...(consent.access.balances ?? []),
      ...(consent.access.transactions ?? []),
    ];
    if (named.length > 0 && named.some((r) => r.iban)) {
      consent.accountIds = accountIds.filter((id) =>
        named.some((r) => r.iban === this.ledger.account(id)?.iban),
      );
    } else {
      consent.accountIds = accountIds;
      if (!consent.access.availableAccounts && !consent.access.allPsd2) {
        consent.access = {
          accounts: ibans,
          ...(consent.access.balances ? { balances: ibans } : {}),
          ...(consent.access.transactions ? { transactions: ibans } : {}),
        };
      }
    }
    consent.username = username;
    this.setStatus(consent, 'valid');
  }

  reject(consentId: string): void {
    const consent = this.get(consentId);
    if (consent?.status === 'received') this.setStatus(consent, 'rejected');
  }

  private setStatus(consent: BgConsent, status: BgConsentStatus): void {
    consent.status = status;
    consent.lastActionDate = day(this.ledger.now());
  }
}
