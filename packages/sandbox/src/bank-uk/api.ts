/**
 * The UK Open Banking Read/Write 4.0 AIS API of Sandbox Bank UK under `/open-banking/v4.0/aisp`:
 * account-access consents (client-credentials token) and accounts, balances, transactions
 * (100 a page, `Links.Next`, `Meta.TotalPages`) and parties (user token bound to an authorised
 * consent). Every answer carries `x-fapi-interaction-id`; every error is an `OBErrorResponse1`.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import {
  formatMinor,
  type Ledger,
  type LedgerAccount,
  type LedgerTransaction,
} from '../bank-common/ledger.ts';
import type { AuthServer } from '../bank-common/oauth.ts';
import type { UkConsent, UkConsents } from './consents.ts';
import { ObError } from './errors.ts';

export const UK_BASE = '/open-banking/v4.0/aisp';
export const UK_PAGE_SIZE = 100;

type Vars = { Variables: { consent: UkConsent } };

const accountType = { current: 'CACC', savings: 'SVGS', credit_card: 'CARD' } as const;

export function ukApi(o: { issuer: string; auth: AuthServer; ledger: Ledger; consents: UkConsents }): Hono {
  const api = new Hono<Vars>();
  const self = (c: Context) => `${o.issuer}${new URL(c.req.url).pathname}${new URL(c.req.url).search}`;
  const links = (c: Context) => ({ Self: self(c) });
  const meta = { TotalPages: 1 };

  api.use('*', async (c, next) => {
    c.header('x-fapi-interaction-id', c.req.header('x-fapi-interaction-id') ?? randomUUID());
    await next();
  });
  api.onError((err, c) => {
    const error = err instanceof ObError ? err : new ObError('server_error', 'Unexpected error');
    if (!(err instanceof ObError)) console.error(err);
    // The OB 4.0 specification gives 401 no body; the reason goes in WWW-Authenticate.
    if (error.status === 401) {
      c.header('WWW-Authenticate', `Bearer error="invalid_token", error_description="${error.message}"`);
      return c.body(null, 401);
    }
    return c.json(error.body() as object, error.status as 400);
  });

  const clientToken = async (c: Context) => {
    const token = await o.auth.verifyBearer(c.req.header('authorization'));
    if (!token) throw new ObError('unauthorized', 'A valid bearer token is required');
    if (token.kind !== 'client')
      throw new ObError('forbidden', 'Use a client-credentials token for consents');
    return token;
  };

  api.post(`${UK_BASE}/account-access-consents`, async (c) => {
    const token = await clientToken(c);
    const body = await c.req.json().catch(() => {
      throw new ObError('bad_request', 'The body must be JSON');
    });
    const consent = o.consents.create(token.clientId, body);
    c.header('Location', `${o.issuer}${UK_BASE}/account-access-consents/${consent.id}`);
    return c.json(consentBody(consent, `${o.issuer}${UK_BASE}/account-access-consents/${consent.id}`), 201);
  });
  api.get(`${UK_BASE}/account-access-consents/:id`, async (c) => {
    const token = await clientToken(c);
    return c.json(consentBody(o.consents.owned(c.req.param('id'), token.clientId), self(c)));
  });
  api.delete(`${UK_BASE}/account-access-consents/:id`, async (c) => {
    const token = await clientToken(c);
    o.consents.revoke(o.consents.owned(c.req.param('id'), token.clientId));
    return c.body(null, 204);
  });

  // Everything under /accounts needs a user token whose consent is authorised and unexpired.
  // Hono's `/accounts/*` also matches `/accounts` itself.
  api.use(`${UK_BASE}/accounts/*`, authorised);
  async function authorised(c: Context<Vars>, next: () => Promise<void>) {
    const token = await o.auth.verifyBearer(c.req.header('authorization'));
    if (!token) throw new ObError('unauthorized', 'A valid bearer token is required');
    if (token.kind !== 'user' || !token.consentId)
      throw new ObError('forbidden', 'This token is not bound to a consent');
    const consent = o.consents.get(token.consentId);
    if (consent?.status !== 'AUTH') {
      throw new ObError(
        'forbidden',
        `The consent is ${consent?.status === 'EXPD' ? 'expired' : consent?.status === 'CANC' ? 'revoked' : 'not authorised'}`,
      );
    }
    c.set('consent', consent);
    await next();
  }
  const require = (consent: UkConsent, ...any: string[]) => {
    if (!any.some((p) => consent.permissions.includes(p)))
      throw new ObError('forbidden', `The consent lacks ${any.join(' or ')}`);
  };
  const accountOf = (c: Context<Vars>): LedgerAccount => {
    const consent = c.get('consent');
    const id = c.req.param('id') ?? '';
    const account = o.ledger.account(id);
    if (!account || !consent.accountIds.includes(id))
      throw new ObError('forbidden', 'The account is not part of this consent', 'AccountId');
    return account;
  };

  api.get(`${UK_BASE}/accounts`, (c) => {
    const consent = c.get('consent');
    require(consent, 'ReadAccountsBasic', 'ReadAccountsDetail');
    const accounts = consent.accountIds
      .map((id) => o.ledger.account(id))
      .filter((a): a is LedgerAccount => Boolean(a));
    return c.json({
      Data: { Account: accounts.map((a) => accountBody(a, consent)) },
      Links: links(c),
      Meta: meta,
    });
  });
  api.get(`${UK_BASE}/accounts/:id`, (c) => {
    const consent = c.get('consent');
    require(consent, 'ReadAccountsBasic', 'ReadAccountsDetail');
    return c.json({ Data: { Account: [accountBody(accountOf(c), consent)] }, Links: links(c), Meta: meta });
  });
  api.get(`${UK_BASE}/accounts/:id/balances`, (c) => {
    require(c.get('consent'), 'ReadBalances');
    const account = accountOf(c);
    const { bookedMinor, availableMinor } = o.ledger.balances(account.id);
    const at = o.ledger.now().toISOString();
    // A credit card's agreed credit line, not included in the amounts (OB `CreditLine`).
    const creditLine =
      account.creditLimitMinor === null
        ? {}
        : {
            CreditLine: [
              {
                Included: false,
                Type: 'Credit',
                Amount: { Amount: formatMinor(account.creditLimitMinor), Currency: account.currency },
              },
            ],
          };
    const balance = (type: string, minor: number) => ({
      AccountId: account.id,
      CreditDebitIndicator: minor < 0 ? 'Debit' : 'Credit',
      Type: type,
      DateTime: at,
      Amount: { Amount: formatMinor(minor), Currency: account.currency },
      ...creditLine,
    });
    return c.json({
      Data: { Balance: [balance('ITBD', bookedMinor), balance('ITAV', availableMinor)] },
      Links: links(c),
      Meta: meta,
    });
  });
  api.get(`${UK_BASE}/accounts/:id/transactions`, (c) => {
    const consent = c.get('consent');
    require(consent, 'ReadTransactionsBasic', 'ReadTransactionsDetail');
    const account = accountOf(c);
    const from = latest(c.req.query('fromBookingDateTime'), consent.transactionFrom);
    const to = earliest(c.req.query('toBookingDateTime'), consent.transactionTo);
    const credits = consent.permissions.includes('ReadTransactionsCredits');
    const debits = consent.permissions.includes('ReadTransactionsDebits');
    const all = o.ledger.transactionsOf(account.id).filter((t) => {
      const at = Date.parse(t.bookedAt);
      if (from !== undefined && at < from) return false;
      if (to !== undefined && at > to) return false;
      if (credits !== debits) return credits ? t.amountMinor >= 0 : t.amountMinor < 0;
      return true;
    });
    const totalPages = Math.max(1, Math.ceil(all.length / UK_PAGE_SIZE));
    const page = Number.parseInt(c.req.query('page') ?? '1', 10);
    if (!Number.isInteger(page) || page < 1 || page > totalPages)
      throw new ObError('bad_request', 'page is out of range', 'page');
    const pageUrl = (n: number) => {
      const url = new URL(self(c));
      url.searchParams.set('page', String(n));
      return url.href;
    };
    const detail = consent.permissions.includes('ReadTransactionsDetail');
    const items = all
      .slice((page - 1) * UK_PAGE_SIZE, page * UK_PAGE_SIZE)
      .map((t) => transactionBody(t, detail));
    const times = all.map((t) => t.bookedAt).sort();
    // The answer above is already built: booking after the last page shows up on the next read.
    if (page === totalPages) o.ledger.afterFullRead(consent.id, account.id);
    return c.json({
      Data: { Transaction: items },
      Links: {
        Self: pageUrl(page),
        First: pageUrl(1),
        Last: pageUrl(totalPages),
        ...(page > 1 ? { Prev: pageUrl(page - 1) } : {}),
        ...(page < totalPages ? { Next: pageUrl(page + 1) } : {}),
      },
      Meta: {
        TotalPages: totalPages,
        ...(times.length > 0
          ? { FirstAvailableDateTime: times[0], LastAvailableDateTime: times[times.length - 1] }
          : {}),
      },
    });
  });
  const parties = (c: Context<Vars>, onlyPsu: boolean) => {
    const consent = c.get('consent');
    require(consent, onlyPsu ? 'ReadPartyPSU' : 'ReadParty', 'ReadParty');
    const account = accountOf(c);
    const owners = onlyPsu ? account.owners.slice(0, 1) : account.owners;
    return owners.map((owner) => ({
      PartyId: owner.partyId,
      PartyType: account.owners.length > 1 ? 'Joint' : 'Sole',
      Name: owner.name,
      FullLegalName: owner.name,
      AccountRole: 'UK.OBIE.Owner',
      EmailAddress: owner.email,
      Address: [
        {
          AddressType: 'HOME',
          StreetName: owner.address.street,
          BuildingNumber: owner.address.buildingNumber,
          PostCode: owner.address.postCode,
          TownName: owner.address.town,
          Country: owner.address.country,
        },
      ],
      Relationships: { Account: { Related: `${o.issuer}${UK_BASE}/accounts/${account.id}`, Id: account.id } },
    }));
  };
  api.get(`${UK_BASE}/accounts/:id/parties`, (c) =>
    c.json({ Data: { Party: parties(c, false) }, Links: links(c), Meta: meta }),
  );
  api.get(`${UK_BASE}/accounts/:id/party`, (c) =>
    c.json({ Data: { Party: parties(c, true)[0] }, Links: links(c), Meta: meta }),
  );
  return api as unknown as Hono;
}

function consentBody(consent: UkConsent, selfUrl: string): unknown {
  return {
    Data: {
      ConsentId: consent.id,
      CreationDateTime: consent.createdAt,
      Status: consent.status,
      StatusUpdateDateTime: consent.statusUpdatedAt,
      Permissions: consent.permissions,
      ExpirationDateTime: consent.expiresAt,
      ...(consent.transactionFrom ? { TransactionFromDateTime: consent.transactionFrom } : {}),
      ...(consent.transactionTo ? { TransactionToDateTime: consent.transactionTo } : {}),
    },
    Risk: {},
    Links: { Self: selfUrl },
    Meta: { TotalPages: 1 },
  };
}

function accountBody(account: LedgerAccount, consent: UkConsent): unknown {
  const detail = consent.permissions.includes('ReadAccountsDetail');
  return {
    AccountId: account.id,
    Status: 'Enabled',
    StatusUpdateDateTime: account.openingDate,
    Currency: account.currency,
    AccountCategory: 'Personal',
    AccountTypeCode: accountType[account.kind],
    Nickname: account.nickname,
    OpeningDate: account.openingDate,
    ...(detail
      ? {
          Account: [
            account.currency === 'GBP'
              ? {
                  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
                  Identification: account.domestic,
                  Name: ownerNames(account),
                }
              : { SchemeName: 'UK.OBIE.IBAN', Identification: account.iban, Name: ownerNames(account) },
          ],
        }
      : {}),
  };
}

function ownerNames(account: LedgerAccount): string {
  return account.owners
    .map((o) => o.name)
    .join(' & ')
    .slice(0, 350);
}

function transactionBody(t: LedgerTransaction, detail: boolean): unknown {
  return {
    AccountId: t.accountId,
    TransactionId: t.id,
    CreditDebitIndicator: t.amountMinor < 0 ? 'Debit' : 'Credit',
    Status: t.status === 'booked' ? 'BOOK' : 'PDNG',
    TransactionMutability: t.status === 'booked' ? 'Immutable' : 'Mutable',
    BookingDateTime: t.bookedAt,
    ValueDateTime: t.bookedAt,
    Amount: { Amount: formatMinor(t.amountMinor), Currency: t.currency },
    ...(detail
      ? { TransactionInformation: t.description, MerchantDetails: { MerchantName: t.counterparty } }
      : {}),
  };
}

function latest(...dates: (string | undefined)[]): number | undefined {
  const times = dates
    .filter((d): d is string => Boolean(d))
    .map((d) => Date.parse(d))
    .filter((n) => !Number.isNaN(n));
  return times.length > 0 ? Math.max(...times) : undefined;
}

function earliest(...dates: (string | undefined)[]): number | undefined {
  const times = dates
    .filter((d): d is string => Boolean(d))
    .map((d) => Date.parse(d))
    .filter((n) => !Number.isNaN(n));
  return times.length > 0 ? Math.min(...times) : undefined;
}
