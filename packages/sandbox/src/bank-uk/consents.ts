/**
 * UK Open Banking 4.0 account-access consents: the TPP creates one with a client-credentials
 * token (status AWAU), the user authorises it through the OAuth authorize request that names it
 * (`consent_id`, our stand-in for the `openbanking_intent_id` claim), and the TPP can read or
 * delete it. Expiry comes from `ExpirationDateTime`, capped by the bank's consent lifetime.
 */
import { randomUUID } from 'node:crypto';
import type { ConsentDescription, ConsentGate } from '../bank-common/interaction.ts';
import type { Ledger } from '../bank-common/ledger.ts';
import { ObError } from './errors.ts';

export const OB_PERMISSIONS = [
  'ReadAccountsBasic',
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadBeneficiariesBasic',
  'ReadBeneficiariesDetail',
  'ReadDirectDebits',
  'ReadOffers',
  'ReadPAN',
  'ReadParty',
  'ReadPartyPSU',
  'ReadProducts',
  'ReadScheduledPaymentsBasic',
  'ReadScheduledPaymentsDetail',
  'ReadStandingOrdersBasic',
  'ReadStandingOrdersDetail',
  'ReadStatementsBasic',
  'ReadStatementsDetail',
  'ReadTransactionsBasic',
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
  'ReadTransactionsDetail',
] as const;

const PERMISSION_TEXT: Partial<Record<string, string>> = {
  ReadAccountsBasic: 'Your account names and types',
  ReadAccountsDetail: 'Your account numbers',
  ReadBalances: 'Your balances',
  ReadTransactionsBasic: 'Your transactions',
  ReadTransactionsDetail: 'Details of your transactions',
  ReadParty: 'The names of the account holders',
  ReadPartyPSU: 'Your name',
};

export type UkConsentStatus = 'AWAU' | 'RJCT' | 'AUTH' | 'EXPD' | 'CANC';

export interface UkConsent {
  id: string;
  clientId: string;
  status: UkConsentStatus;
  permissions: string[];
  createdAt: string;
  statusUpdatedAt: string;
  expiresAt: string;
  transactionFrom?: string;
  transactionTo?: string;
  username?: string;
  accountIds: string[];
}

export class UkConsents implements ConsentGate {
  private readonly consents = new Map<string, UkConsent>();

  constructor(
    private readonly ledger: Ledger,
    private readonly ttlSeconds: number,
  ) {}

  create(clientId: string, body: unknown): UkConsent {
    const data = (body as { Data?: Record<string, unknown>; Risk?: unknown } | null)?.Data;
    const risk = (body as { Risk?: unknown } | null)?.Risk;
    if (!data || typeof risk !== 'object' || risk === null)
      throw new ObError('bad_request', 'Data and Risk are required', 'Data');
    const permissions = data.Permissions;
    if (!Array.isArray(permissions) || permissions.length === 0) {
      throw new ObError(
        'bad_request',
        'Data.Permissions must list at least one permission',
        'Data.Permissions',
      );
    }
    for (const p of permissions) {
      if (!OB_PERMISSIONS.includes(p as never))
        throw new ObError('bad_request', `Unknown permission ${String(p)}`, 'Data.Permissions');
    }
    const now = this.ledger.now();
    const cap = now.getTime() + this.ttlSeconds * 1000;
    const requested =
      typeof data.ExpirationDateTime === 'string' ? Date.parse(data.ExpirationDateTime) : Number.NaN;
    if (
      typeof data.ExpirationDateTime === 'string' &&
      (Number.isNaN(requested) || requested <= now.getTime())
    ) {
      throw new ObError(
        'bad_request',
        'ExpirationDateTime must be a future date-time',
        'Data.ExpirationDateTime',
      );
    }
    const consent: UkConsent = {
      id: `urn-sandbox-uk-intent-${randomUUID()}`,
      clientId,
      status: 'AWAU',
      permissions: permissions as string[],
      createdAt: now.toISOString(),
      statusUpdatedAt: now.toISOString(),
      expiresAt: new Date(Number.isNaN(requested) ? cap : Math.min(requested, cap)).toISOString(),
      transactionFrom:
        typeof data.TransactionFromDateTime === 'string' ? data.TransactionFromDateTime : undefined,
      transactionTo: typeof data.TransactionToDateTime === 'string' ? data.TransactionToDateTime : undefined,
      accountIds: [],
    };
    this.consents.set(consent.id, consent);
    return consent;
  }

  /** The consent with its expiry applied (AWAU/AUTH past ExpirationDateTime become EXPD). */
  get(id: string): UkConsent | undefined {
    const consent = this.consents.get(id);
    if (
      consent &&
      (consent.status === 'AUTH' || consent.status === 'AWAU') &&
      Date.parse(consent.expiresAt) <= this.ledger.now().getTime()
    ) {
      this.setStatus(consent, 'EXPD');
    }
    return consent;
  }

  /** The TPP's consent, or a 403 as OB answers for someone else's. */
  owned(id: string, clientId: string): UkConsent {
    const consent = this.get(id);
    if (!consent || consent.clientId !== clientId)
      throw new ObError('forbidden', 'Unknown consent for this client', 'ConsentId');
    return consent;
  }

  revoke(consent: UkConsent): void {
    this.setStatus(consent, 'CANC');
  }

  describe(consentId: string | undefined, clientId: string): ConsentDescription | { error: string } {
    const consent = consentId ? this.get(consentId) : undefined;
    if (!consent || consent.clientId !== clientId) return { error: 'The app did not send a valid consent.' };
    if (consent.status !== 'AWAU') return { error: 'This consent can no longer be authorised.' };
    const permissions = consent.permissions
      .map((p) => PERMISSION_TEXT[p])
      .filter((p): p is string => Boolean(p));
    return { kind: 'accounts', permissions, until: new Date(consent.expiresAt).toUTCString() };
  }

  authorise(consentId: string, username: string, accountIds: string[]): void {
    const consent = this.get(consentId);
    if (!consent) return;
    consent.username = username;
    consent.accountIds = accountIds;
    this.setStatus(consent, 'AUTH');
  }

  reject(consentId: string): void {
    const consent = this.get(consentId);
    if (consent?.status === 'AWAU') this.setStatus(consent, 'RJCT');
  }

  private setStatus(consent: UkConsent, status: UkConsentStatus): void {
    consent.status = status;
    consent.statusUpdatedAt = this.ledger.now().toISOString();
  }
}
