/**
 * Berlin Group NextGenPSD2 1.3.9 AIS connector (OAuth SCA approach): a bank-offered consent
 * (`POST /v1/consents` with empty access arrays, so the user ticks the accounts at the bank),
 * authorised through the bank's OAuth server (PAR + PKCE), then accounts, balances and
 * transactions (`bookingStatus=both`, following `_links.next`) with `Consent-ID` and the user's
 * token. Maps `cashAccountType` to Finlet's types; amounts carry their own sign; `interimAvailable`
 * is available and `interimBooked`/`closingBooked` current balance; owners come from the account
 * `name` (the 1.3.9 account owner name, joint owners joined by " & ").
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CASH_ACCOUNT_TYPE, OAuthAisConnector } from './ais-connector.ts';
import {
  type BankAccess,
  BankAccessError,
  type BankAccountData,
  type BankConnector,
  type BankConsent,
  type BankTransactionData,
  toMinor,
  unreadable,
} from './types.ts';

const amount = z.object({ amount: z.string(), currency: z.string() });
const accountBody = z.object({
  resourceId: z.string(),
  iban: z.string().optional(),
  currency: z.string(),
  name: z.string().optional(),
  ownerName: z.string().optional(),
  displayName: z.string().optional(),
  product: z.string().optional(),
  cashAccountType: z.string().optional(),
});
const transaction = z.object({
  transactionId: z.string().optional(),
  entryReference: z.string().optional(),
  bookingDate: z.string().optional(),
  valueDate: z.string().optional(),
  transactionAmount: amount,
  creditorName: z.string().optional(),
  debtorName: z.string().optional(),
  remittanceInformationUnstructured: z.string().optional(),
});
const transactionsBody = z.object({
  transactions: z.object({
    booked: z.array(transaction).optional(),
    pending: z.array(transaction).optional(),
    _links: z.object({ next: z.object({ href: z.string() }).optional() }).optional(),
  }),
});
const balancesBody = z.object({
  balances: z.array(
    z.object({
      balanceAmount: amount,
      balanceType: z.string(),
      referenceDate: z.string().optional(),
      lastChangeDateTime: z.string().optional(),
      creditLimitIncluded: z.boolean().optional(),
    }),
  ),
});
const consentBody = z.object({
  consentId: z.string().optional(),
  consentStatus: z.string(),
  validUntil: z.string().optional(),
});
const tppError = z.object({ tppMessages: z.array(z.object({ code: z.string() })).optional() });

const CONSENT_STATUS: Record<string, BankConsent['status']> = {
  received: 'awaiting',
  valid: 'active',
  rejected: 'rejected',
  expired: 'expired',
  revokedByPsu: 'revoked',
  terminatedByTpp: 'revoked',
};
const DAY_MS = 86_400_000;

export class BerlinGroupConnector extends OAuthAisConnector implements BankConnector {
  private async call<S extends z.ZodType>(
    schema: S,
    path: string,
    o: { access?: BankAccess; method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<z.output<S>> {
    const answer = await this.send(path, o, {
      'x-request-id': randomUUID(),
      ...(o.access
        ? { authorization: `Bearer ${o.access.accessToken}`, 'consent-id': o.access.consentId }
        : {}),
      ...o.headers,
    });
    if (answer.status === 401 || answer.status === 403) {
      const code = tppError.safeParse(answer.body).data?.tppMessages?.[0]?.code ?? '';
      throw new BankAccessError(
        code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED' ? 'token' : 'consent',
        code,
      );
    }
    return this.readResource(schema, path, answer, o.method);
  }

  async createConsent(o: { redirectUri: string }) {
    const validUntil = new Date(Date.now() + 89 * DAY_MS).toISOString().slice(0, 10);
    const body = await this.call(consentBody, '/v1/consents', {
      method: 'POST',
      headers: { 'tpp-redirect-uri': o.redirectUri },
      body: {
        access: { accounts: [], balances: [], transactions: [] },
        recurringIndicator: true,
        validUntil,
        frequencyPerDay: 100,
        combinedServiceIndicator: false,
      },
    });
    if (!body.consentId) throw unreadable(this.institution.name, 'consent');
    return { consentId: body.consentId, expiresAt: null };
  }

  async consent(consentId: string): Promise<BankConsent> {
    const body = await this.call(consentBody, `/v1/consents/${encodeURIComponent(consentId)}`);
    return {
      status: CONSENT_STATUS[body.consentStatus] ?? 'revoked',
      // validUntil is the last valid day (inclusive).
      expiresAt: body.validUntil ? new Date(`${body.validUntil}T23:59:59.999Z`) : null,
    };
  }

  async accounts(access: BankAccess): Promise<BankAccountData[]> {
    const body = await this.call(z.object({ accounts: z.array(accountBody) }), '/v1/accounts', { access });
    return body.accounts.map((a) => ({
      bankAccountId: a.resourceId,
      name: a.displayName ?? a.product ?? a.resourceId,
      ...(CASH_ACCOUNT_TYPE[a.cashAccountType ?? ''] ?? { type: 'other', subtype: 'other' }),
      currency: a.currency,
      iban: a.iban ?? null,
      sortCode: null,
      accountNumber: null,
    }));
  }

  async balance(access: BankAccess, bankAccountId: string) {
    const body = await this.call(balancesBody, `/v1/accounts/${encodeURIComponent(bankAccountId)}/balances`, {
      access,
    });
    const find = (...types: string[]) => body.balances.find((b) => types.includes(b.balanceType));
    const available = find('interimAvailable', 'expected', 'closingAvailable');
    const current = find('interimBooked', 'closingBooked');
    const any = available ?? current;
    if (!any) throw unreadable(this.institution.name, 'balance');
    const minor = (b: typeof any) => toMinor(b.balanceAmount.amount, b.balanceAmount.currency);
    // 1.3.9 has no credit limit on /accounts: it is the gap between the same balance type with and
    // without `creditLimitIncluded`.
    const withLimit = body.balances.find(
      (b) => b.balanceType === available?.balanceType && b.creditLimitIncluded === true,
    );
    const withoutLimit = body.balances.find(
      (b) => b.balanceType === available?.balanceType && b.creditLimitIncluded !== true,
    );
    return {
      currency: any.balanceAmount.currency,
      available: withoutLimit ? minor(withoutLimit) : available ? minor(available) : null,
      current: current ? minor(current) : null,
      limit: withLimit && withoutLimit ? minor(withLimit) - minor(withoutLimit) : null,
      asOf: new Date(available?.lastChangeDateTime ?? current?.referenceDate ?? Date.now()).toISOString(),
    };
  }

  async transactions(access: BankAccess, bankAccountId: string): Promise<BankTransactionData[]> {
    const out: BankTransactionData[] = [];
    let next: string | undefined =
      `/v1/accounts/${encodeURIComponent(bankAccountId)}/transactions?bookingStatus=both`;
    for (let page = 0; next && page < 1000; page++) {
      const body: z.output<typeof transactionsBody> = await this.call(transactionsBody, next, { access });
      const add = (t: z.output<typeof transaction>, status: 'booked' | 'pending') => {
        const id = t.transactionId ?? t.entryReference;
        if (!id) throw unreadable(this.institution.name, 'transaction');
        out.push({
          bankTransactionId: id,
          amount: toMinor(t.transactionAmount.amount, t.transactionAmount.currency),
          currency: t.transactionAmount.currency,
          status,
          bookingDate: status === 'booked' ? (t.bookingDate ?? null) : null,
          valueDate: t.valueDate ?? null,
          description: t.remittanceInformationUnstructured ?? '',
          counterparty: t.creditorName ?? t.debtorName ?? null,
        });
      };
      for (const t of body.transactions.booked ?? []) add(t, 'booked');
      for (const t of body.transactions.pending ?? []) add(t, 'pending');
      // Relative links only: a body must not steer Finlet's token to another host.
      const href = body.transactions._links?.next?.href;
      next = href?.startsWith('/') && !href.startsWith('//') ? href : undefined;
    }
    return out;
  }

  async owners(access: BankAccess, bankAccountId: string) {
    const body = await this.call(
      z.object({ account: accountBody }),
      `/v1/accounts/${encodeURIComponent(bankAccountId)}`,
      {
        access,
      },
    );
    // `ownerName` (1.3.9) names the legal owners; older banks only put them in `name`.
    const names = (body.account.ownerName ?? body.account.name ?? '')
      .split(' & ')
      .map((n) => n.trim())
      .filter(Boolean);
    return names.map((name) => ({ names: [name], addresses: [], emails: [] }));
  }

  async revoke(access: BankAccess & { refreshToken: string | null }) {
    await this.call(z.unknown(), `/v1/consents/${encodeURIComponent(access.consentId)}`, {
      method: 'DELETE',
    });
    if (access.refreshToken) await this.oauth.revoke(access.refreshToken);
  }
}
