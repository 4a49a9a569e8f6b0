/**
 * The Berlin Group NextGenPSD2 1.3.9 AIS API of Sandbox Bank EU under `/v1`: consents (create,
 * read, status, delete) and accounts, balances and transactions (`bookingStatus=booked|pending|both`,
 * `dateFrom`/`dateTo`, 100 booked entries a page with `_links.next`). AIS calls need `X-Request-ID`,
 * `Consent-ID` and a bearer token bound to that consent; every error is a `tppMessages` body.
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
import type { BgConsent, BgConsents } from './consents.ts';
import { BgError } from './errors.ts';

export const EU_PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cashAccountType = { current: 'CACC', savings: 'SVGS', credit_card: 'CARD' } as const;

type Vars = { Variables: { consent: BgConsent } };

export function euApi(o: { issuer: string; auth: AuthServer; ledger: Ledger; consents: BgConsents }): Hono {
  const api = new Hono<Vars>();

  api.use('/v1/*', async (c, next) => {
    const requestId = c.req.header('x-request-id');
    // The answer must carry X-Request-ID even when the TPP forgot it: echo it, or mint one.
    c.header('X-Request-ID', requestId ?? randomUUID());
    if (!requestId || !UUID.test(requestId))
      throw new BgError(400, 'FORMAT_ERROR', 'X-Request-ID must be a UUID', 'X-Request-ID');
    await next();
  });
  api.onError((err, c) => {
    const error =
      err instanceof BgError ? err : new BgError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error');
    if (!(err instanceof BgError)) console.error(err);
    return c.json(error.body() as object, error.status);
  });

  const consentLinks = (id: string) => ({
    self: { href: `/v1/consents/${id}` },
    status: { href: `/v1/consents/${id}/status` },
    scaOAuth: { href: `${o.issuer}/.well-known/openid-configuration` },
  });
  const known = (id: string) => {
    const consent = o.consents.get(id);
    if (!consent) throw new BgError(403, 'CONSENT_UNKNOWN', 'Unknown consent', 'consentId');
    return consent;
  };

  api.post('/v1/consents', async (c) => {
    const body = await c.req.json().catch(() => {
      throw new BgError(400, 'FORMAT_ERROR', 'The body must be JSON');
    });
    const consent = o.consents.create(body, {
      tppRedirectUri: c.req.header('tpp-redirect-uri'),
      psuId: c.req.header('psu-id'),
    });
    c.header('Location', `${o.issuer}/v1/consents/${consent.id}`);
    c.header('ASPSP-SCA-Approach', 'REDIRECT');
    return c.json(
      { consentStatus: consent.status, consentId: consent.id, _links: consentLinks(consent.id) },
      201,
    );
  });
  api.get('/v1/consents/:id', (c) => {
    const consent = known(c.req.param('id'));
    return c.json({
      access: consent.access,
      recurringIndicator: consent.recurringIndicator,
      validUntil: consent.validUntil,
      frequencyPerDay: consent.frequencyPerDay,
      lastActionDate: consent.lastActionDate,
      consentStatus: consent.status,
      _links: { account: { href: '/v1/accounts' } },
    });
  });
  api.get('/v1/consents/:id/status', (c) => c.json({ consentStatus: known(c.req.param('id')).status }));
  api.delete('/v1/consents/:id', (c) => {
    o.consents.terminate(known(c.req.param('id')));
    return c.body(null, 204);
  });

  // Hono's `/v1/accounts/*` also matches `/v1/accounts` itself.
  api.use('/v1/accounts/*', authorised);
  async function authorised(c: Context<Vars>, next: () => Promise<void>) {
    const token = await o.auth.verifyBearer(c.req.header('authorization'));
    if (token?.kind !== 'user')
      throw new BgError(401, 'TOKEN_INVALID', 'A valid PSU access token is required');
    const consentId = c.req.header('consent-id');
    if (!consentId) throw new BgError(400, 'FORMAT_ERROR', 'Consent-ID is required', 'Consent-ID');
    const consent = o.consents.get(consentId);
    if (!consent || token.consentId !== consentId)
      throw new BgError(403, 'CONSENT_UNKNOWN', 'The consent does not match the token');
    if (consent.status === 'expired') throw new BgError(401, 'CONSENT_EXPIRED', 'The consent has expired');
    if (consent.status !== 'valid')
      throw new BgError(401, 'CONSENT_INVALID', `The consent is ${consent.status}`);
    // frequencyPerDay limits reads the PSU did not start; PSU-IP-Address marks a PSU-present call.
    // Following `_links.next` continues the same read: only the first page counts as an access.
    const laterPage = (c.req.query('page') ?? '1') !== '1';
    if (!c.req.header('psu-ip-address') && !laterPage) o.consents.countAccess(consent);
    c.set('consent', consent);
    await next();
  }
  const accountOf = (c: Context<Vars>, service: 'accounts' | 'balances' | 'transactions'): LedgerAccount => {
    const consent = c.get('consent');
    const account = o.ledger.account(c.req.param('id') ?? '');
    if (!account || !consent.accountIds.includes(account.id))
      throw new BgError(404, 'RESOURCE_UNKNOWN', 'Unknown account', 'account-id');
    if (!o.consents.allows(consent, service, account.iban)) {
      throw new BgError(401, 'CONSENT_INVALID', `The consent does not cover ${service} of this account`);
    }
    return account;
  };
  const details = (consent: BgConsent, a: LedgerAccount) => {
    const links: Record<string, { href: string }> = {};
    if (o.consents.allows(consent, 'balances', a.iban))
      links.balances = { href: `/v1/accounts/${a.id}/balances` };
    if (o.consents.allows(consent, 'transactions', a.iban))
      links.transactions = { href: `/v1/accounts/${a.id}/transactions` };
    return {
      resourceId: a.id,
      iban: a.iban,
      currency: a.currency,
      name: a.owners
        .map((owner) => owner.name)
        .join(' & ')
        .slice(0, 70),
      displayName: a.nickname,
      product: a.nickname,
      // 1.3.9 has the legal owner(s) in `ownerName` (no owner address or e-mail in this version).
      ownerName: a.owners
        .map((owner) => owner.name)
        .join(' & ')
        .slice(0, 140),
      cashAccountType: cashAccountType[a.kind],
      status: 'enabled',
      bic: 'SBEUDEFFXXX',
      usage: 'PRIV',
      _links: links,
    };
  };

  api.get('/v1/accounts', (c) => {
    const consent = c.get('consent');
    const accounts = consent.accountIds
      .map((id) => o.ledger.account(id))
      .filter((a): a is LedgerAccount => Boolean(a));
    return c.json({ accounts: accounts.map((a) => details(consent, a)) });
  });
  api.get('/v1/accounts/:id', (c) =>
    c.json({ account: details(c.get('consent'), accountOf(c, 'accounts')) }),
  );
  api.get('/v1/accounts/:id/balances', (c) => {
    const account = accountOf(c, 'balances');
    const { bookedMinor, availableMinor } = o.ledger.balances(account.id);
    const now = o.ledger.now();
    return c.json({
      account: { iban: account.iban, currency: account.currency },
      balances: [
        {
          balanceAmount: amount(bookedMinor, account.currency),
          balanceType: 'interimBooked',
          referenceDate: now.toISOString().slice(0, 10),
        },
        {
          balanceAmount: amount(availableMinor, account.currency),
          balanceType: 'interimAvailable',
          creditLimitIncluded: false,
          lastChangeDateTime: now.toISOString(),
        },
        // 1.3.9 has no credit limit on /accounts (only on card-accounts): a card's credit line is
        // the difference between its available balance with and without `creditLimitIncluded`.
        ...(account.creditLimitMinor === null
          ? []
          : [
              {
                balanceAmount: amount(availableMinor + account.creditLimitMinor, account.currency),
                balanceType: 'interimAvailable',
                creditLimitIncluded: true,
                lastChangeDateTime: now.toISOString(),
              },
            ]),
      ],
    });
  });
  api.get('/v1/accounts/:id/transactions', (c) => {
    const account = accountOf(c, 'transactions');
    const status = c.req.query('bookingStatus');
    if (status !== 'booked' && status !== 'pending' && status !== 'both') {
      throw new BgError(
        400,
        'PARAMETER_NOT_SUPPORTED',
        'bookingStatus must be booked, pending or both',
        'bookingStatus',
      );
    }
    const from = c.req.query('dateFrom');
    const to = c.req.query('dateTo');
    for (const [name, value] of [
      ['dateFrom', from],
      ['dateTo', to],
    ] as const) {
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw new BgError(400, 'FORMAT_ERROR', `${name} must be a date`, name);
    }
    const inRange = (t: LedgerTransaction) =>
      (!from || t.bookedAt.slice(0, 10) >= from) && (!to || t.bookedAt.slice(0, 10) <= to);
    const all = o.ledger.transactionsOf(account.id).filter(inRange);
    const booked = all.filter((t) => t.status === 'booked');
    const pending = all.filter((t) => t.status === 'pending');
    const pages = Math.max(1, Math.ceil(booked.length / EU_PAGE_SIZE));
    const page = Number.parseInt(c.req.query('page') ?? '1', 10);
    if (!Number.isInteger(page) || page < 1 || page > pages)
      throw new BgError(400, 'FORMAT_ERROR', 'page is out of range', 'page');
    const pageHref = (n: number) => {
      const url = new URL(c.req.url);
      url.searchParams.set('page', String(n));
      return { href: `${url.pathname}${url.search}` };
    };
    const report: Record<string, unknown> = {
      _links: {
        account: { href: `/v1/accounts/${account.id}` },
        ...(status !== 'pending' ? { first: pageHref(1), last: pageHref(pages) } : {}),
        ...(status !== 'pending' && page < pages ? { next: pageHref(page + 1) } : {}),
        ...(status !== 'pending' && page > 1 ? { previous: pageHref(page - 1) } : {}),
      },
    };
    if (status !== 'pending')
      report.booked = booked.slice((page - 1) * EU_PAGE_SIZE, page * EU_PAGE_SIZE).map(transaction);
    if (status !== 'booked') report.pending = page === 1 ? pending.map(transaction) : [];
    // The report above is already built: booking after the last page shows up on the next read.
    if (status === 'both' && page === pages) o.ledger.afterFullRead(c.get('consent').id, account.id);
    return c.json({ account: { iban: account.iban, currency: account.currency }, transactions: report });
  });
  return api as unknown as Hono;
}

function amount(minor: number, currency: string) {
  return { currency, amount: `${minor < 0 ? '-' : ''}${formatMinor(minor)}` };
}

function transaction(t: LedgerTransaction): unknown {
  const date = t.bookedAt.slice(0, 10);
  return {
    transactionId: t.id,
    entryReference: t.id.slice(-35),
    ...(t.status === 'booked' ? { bookingDate: date } : {}),
    valueDate: date,
    transactionAmount: amount(t.amountMinor, t.currency),
    ...(t.amountMinor < 0 ? { creditorName: t.counterparty } : { debtorName: t.counterparty }),
    remittanceInformationUnstructured: t.description,
  };
}
