/**
 * UK Open Banking Read/Write 4.0 AIS connector: account-access consents created with a
 * client-credentials token, authorised through the bank's OAuth server (PAR + PKCE), then
 * accounts, balances, transactions (following `Links.Next`) and parties read with the user's
 * token. Maps OB codes to Finlet's model: `CACC`→checking, `SVGS`→savings, `CARD`→credit card;
 * `CreditDebitIndicator` gives the sign; `ITAV` is available and `ITBD` current balance.
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

const BASE = '/open-banking/v4.0/aisp';
const PERMISSIONS = [
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadTransactionsDetail',
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
  'ReadParty',
];
const amount = z.object({ Amount: z.string(), Currency: z.string() });
const consentBody = z.object({
  Data: z.object({ ConsentId: z.string(), Status: z.string(), ExpirationDateTime: z.string().optional() }),
});
const accountsBody = z.object({
  Data: z.object({
    Account: z.array(
      z.object({
        AccountId: z.string(),
        Currency: z.string(),
        AccountTypeCode: z.string().optional(),
        Nickname: z.string().optional(),
        Account: z.array(z.object({ SchemeName: z.string(), Identification: z.string() })).optional(),
      }),
    ),
  }),
});
const balancesBody = z.object({
  Data: z.object({
    Balance: z.array(
      z.object({
        CreditDebitIndicator: z.string(),
        Type: z.string(),
        DateTime: z.string(),
        Amount: amount,
        CreditLine: z
          .array(z.object({ Included: z.boolean(), Type: z.string().optional(), Amount: amount.optional() }))
          .optional(),
      }),
    ),
  }),
});
const transactionsBody = z.object({
  Data: z.object({
    Transaction: z.array(
      z.object({
        TransactionId: z.string(),
        CreditDebitIndicator: z.string(),
        Status: z.string(),
        BookingDateTime: z.string(),
        ValueDateTime: z.string().optional(),
        Amount: amount,
        TransactionInformation: z.string().optional(),
        MerchantDetails: z.object({ MerchantName: z.string().optional() }).optional(),
      }),
    ),
  }),
  Links: z.object({ Next: z.string().optional() }),
});
const partiesBody = z.object({
  Data: z.object({
    Party: z.array(
      z.object({
        Name: z.string().optional(),
        FullLegalName: z.string().optional(),
        EmailAddress: z.string().optional(),
        Address: z
          .array(
            z.object({
              AddressLine: z.array(z.string()).optional(),
              BuildingNumber: z.string().optional(),
              StreetName: z.string().optional(),
              PostCode: z.string().optional(),
              TownName: z.string().optional(),
              Country: z.string().optional(),
            }),
          )
          .optional(),
      }),
    ),
  }),
});

/** One line: free-form lines first, then "12 High Street, EC1A 1BB London, GB" from the structured parts. */
function postalAddress(
  a: NonNullable<z.output<typeof partiesBody>['Data']['Party'][number]['Address']>[number],
) {
  const street = [a.BuildingNumber, a.StreetName].filter(Boolean).join(' ');
  const town = [a.PostCode, a.TownName].filter(Boolean).join(' ');
  return [...(a.AddressLine ?? []), street, town, a.Country ?? '']
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

const CONSENT_STATUS: Record<string, BankConsent['status']> = {
  AWAU: 'awaiting',
  AUTH: 'active',
  RJCT: 'rejected',
  EXPD: 'expired',
  CANC: 'revoked',
};

export class ObUkConnector extends OAuthAisConnector implements BankConnector {
  private async call<S extends z.ZodType>(
    schema: S,
    path: string,
    token: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<z.output<S>> {
    const answer = await this.send(path, init, {
      authorization: `Bearer ${token}`,
      'x-fapi-interaction-id': randomUUID(),
    });
    if (answer.status === 401) throw new BankAccessError('token', 'The bank refused the access token.');
    if (answer.status === 403) throw new BankAccessError('consent', 'The bank refused the consent.');
    return this.readResource(schema, path, answer, init.method);
  }

  async createConsent() {
    const token = await this.oauth.clientCredentials('accounts');
    const body = await this.call(consentBody, `${BASE}/account-access-consents`, token, {
      method: 'POST',
      body: { Data: { Permissions: PERMISSIONS }, Risk: {} },
    });
    const expires = body.Data.ExpirationDateTime;
    return { consentId: body.Data.ConsentId, expiresAt: expires ? new Date(expires) : null };
  }

  async consent(consentId: string): Promise<BankConsent> {
    const token = await this.oauth.clientCredentials('accounts');
    const body = await this.call(
      consentBody,
      `${BASE}/account-access-consents/${encodeURIComponent(consentId)}`,
      token,
    );
    const expires = body.Data.ExpirationDateTime;
    return {
      status: CONSENT_STATUS[body.Data.Status] ?? 'revoked',
      expiresAt: expires ? new Date(expires) : null,
    };
  }

  async accounts(access: BankAccess): Promise<BankAccountData[]> {
    const body = await this.call(accountsBody, `${BASE}/accounts`, access.accessToken);
    return body.Data.Account.map((a) => {
      const scheme = a.Account?.[0];
      const domestic = scheme?.SchemeName === 'UK.OBIE.SortCodeAccountNumber' ? scheme.Identification : null;
      return {
        bankAccountId: a.AccountId,
        name: a.Nickname ?? a.AccountId,
        ...(CASH_ACCOUNT_TYPE[a.AccountTypeCode ?? ''] ?? { type: 'other', subtype: 'other' }),
        currency: a.Currency,
        iban: scheme?.SchemeName === 'UK.OBIE.IBAN' ? scheme.Identification : null,
        sortCode: domestic ? domestic.slice(0, 6) : null,
        accountNumber: domestic ? domestic.slice(6) : null,
      };
    });
  }

  async balance(access: BankAccess, bankAccountId: string) {
    const body = await this.call(
      balancesBody,
      `${BASE}/accounts/${encodeURIComponent(bankAccountId)}/balances`,
      access.accessToken,
    );
    const signed = (b: (typeof body.Data.Balance)[number]) =>
      (b.CreditDebitIndicator === 'Debit' ? -1 : 1) * toMinor(b.Amount.Amount, b.Amount.Currency);
    const available = body.Data.Balance.find((b) => b.Type === 'ITAV' || b.Type === 'CLAV');
    const current = body.Data.Balance.find((b) => b.Type === 'ITBD' || b.Type === 'CLBD');
    const any = available ?? current;
    if (!any) throw unreadable(this.institution.name, 'balance');
    // The agreed credit line (`Credit`, or the only one given) is the account's limit.
    const lines = body.Data.Balance.flatMap((b) => b.CreditLine ?? []).filter((l) => l.Amount);
    const line = lines.find((l) => l.Type === 'Credit') ?? (lines.length === 1 ? lines[0] : undefined);
    return {
      currency: any.Amount.Currency,
      available: available ? signed(available) : null,
      current: current ? signed(current) : null,
      limit: line?.Amount ? toMinor(line.Amount.Amount, line.Amount.Currency) : null,
      asOf: new Date(any.DateTime).toISOString(),
    };
  }

  async transactions(access: BankAccess, bankAccountId: string): Promise<BankTransactionData[]> {
    const out: BankTransactionData[] = [];
    let next: string | undefined = `${BASE}/accounts/${encodeURIComponent(bankAccountId)}/transactions`;
    for (let page = 0; next && page < 1000; page++) {
      const body: z.output<typeof transactionsBody> = await this.call(
        transactionsBody,
        next,
        access.accessToken,
      );
      for (const t of body.Data.Transaction) {
        const booked = t.Status === 'BOOK';
        out.push({
          bankTransactionId: t.TransactionId,
          amount: (t.CreditDebitIndicator === 'Debit' ? -1 : 1) * toMinor(t.Amount.Amount, t.Amount.Currency),
          currency: t.Amount.Currency,
          status: booked ? 'booked' : 'pending',
          bookingDate: booked ? t.BookingDateTime.slice(0, 10) : null,
          valueDate: t.ValueDateTime?.slice(0, 10) ?? null,
          description: t.TransactionInformation ?? '',
          counterparty: t.MerchantDetails?.MerchantName ?? null,
        });
      }
      // Only follow links on the bank's own origin: a body must not steer Finlet's token elsewhere.
      next =
        body.Links.Next && new URL(body.Links.Next).origin === new URL(this.url).origin
          ? body.Links.Next
          : undefined;
    }
    return out;
  }

  async owners(access: BankAccess, bankAccountId: string) {
    const body = await this.call(
      partiesBody,
      `${BASE}/accounts/${encodeURIComponent(bankAccountId)}/parties`,
      access.accessToken,
    );
    return body.Data.Party.map((p) => ({
      names: [p.FullLegalName ?? p.Name ?? ''].filter(Boolean),
      addresses: (p.Address ?? []).map(postalAddress).filter(Boolean),
      emails: p.EmailAddress ? [p.EmailAddress] : [],
    }));
  }

  async revoke(access: BankAccess & { refreshToken: string | null }) {
    const token = await this.oauth.clientCredentials('accounts');
    await this.call(
      z.unknown(),
      `${BASE}/account-access-consents/${encodeURIComponent(access.consentId)}`,
      token,
      {
        method: 'DELETE',
      },
    );
    if (access.refreshToken) await this.oauth.revoke(access.refreshToken);
  }
}
