/**
 * Sandbox Bank EU over real HTTP: every answer of a full run through each sandbox user's data is
 * validated against the official Berlin Group NextGenPSD2 1.3.9 OpenAPI file, plus the BG
 * behaviours the Finlet connector relies on (OAuth SCA with consent_id, deny, validUntil expiry,
 * frequencyPerDay, X-Request-ID, booked/pending/both with _links.next, pending → booked).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoginAnswers, loginThroughBank } from '../src/bank-common/login-driver.ts';
import { HISTORY_TRANSACTION_COUNT } from '../src/bank-common/users.ts';
import { createBankEu } from '../src/bank-eu/index.ts';
import {
  advanceBank,
  BERLIN_GROUP_OPENAPI,
  LINKING_USERS,
  officialContract,
  REDIRECT_URI,
  type RunningBank,
  startBank,
  startContractBank,
  Tpp,
  tppKeys,
} from './bank-harness.ts';

const contract = officialContract(BERLIN_GROUP_OPENAPI);
const farFuture = '9999-12-31';

type Obj = Record<string, any>;

let running: RunningBank;
let tpp: Tpp;

beforeAll(async () => {
  ({ running, tpp } = await startContractBank(createBankEu, contract));
});
afterAll(async () => running?.close());

const rid = () => ({ 'x-request-id': randomUUID() });

async function createConsent(client: Tpp, body: Obj = {}): Promise<string> {
  const answer = await client.api(
    'POST',
    '/v1/consents',
    { ...rid(), 'tpp-redirect-uri': REDIRECT_URI, 'psu-ip-address': '192.0.2.1' },
    {
      access: { accounts: [], balances: [], transactions: [] },
      recurringIndicator: true,
      validUntil: farFuture,
      frequencyPerDay: 100,
      combinedServiceIndicator: false,
      ...body,
    },
  );
  expect(answer.status).toBe(201);
  expect((answer.body as Obj)._links.scaOAuth.href).toMatch(/openid-configuration$/);
  return (answer.body as Obj).consentId;
}

async function connect(client: Tpp, answers: LoginAnswers, body: Obj = {}) {
  const consentId = await createConsent(client, body);
  const { redirect, verifier } = await client.authorizeAtBank(consentId, answers);
  const tokens = await client.exchange(redirect.searchParams.get('code') ?? '', verifier);
  const headers = () => ({
    ...rid(),
    'consent-id': consentId,
    authorization: `Bearer ${tokens.access_token}`,
  });
  return { consentId, tokens, headers };
}

async function allTransactions(client: Tpp, headers: () => Record<string, string>, accountId: string) {
  const booked: Obj[] = [];
  let pending: Obj[] = [];
  let next: string | undefined = `/v1/accounts/${accountId}/transactions?bookingStatus=both`;
  while (next) {
    const answer = await client.api('GET', next, headers());
    expect(answer.status).toBe(200);
    const report = (answer.body as Obj).transactions;
    booked.push(...(report.booked ?? []));
    if (report.pending?.length) pending = report.pending;
    next = report._links.next?.href;
  }
  return { booked, pending };
}

/** A consent's lifetime in the expiry test; the sandbox clock is moved past it (advanceBank). */
const TTL_SECONDS = 600;

describe('Sandbox Bank EU contract', () => {
  it('has a validator that flags a body breaking the Berlin Group schema', () => {
    const headers = new Headers({ 'x-request-id': randomUUID() });
    const bad = contract.check('GET', 'http://127.0.0.1/v1/accounts', 200, headers, {
      accounts: [{ iban: 'x' }],
    });
    expect(bad.errors.join('\n')).toMatch(/currency/);
    expect(
      contract.check('GET', 'http://127.0.0.1/v1/accounts', 200, headers, { accounts: [] }).errors,
    ).toEqual([]);
  });

  it('answers a full run through every sandbox user with bodies that validate against BG 1.3.9', async () => {
    const counts: Record<string, number> = {};
    for (const user of LINKING_USERS) {
      const { consentId, headers } = await connect(tpp, user);
      expect(((await tpp.api('GET', `/v1/consents/${consentId}`, rid())).body as Obj).consentStatus).toBe(
        'valid',
      );
      expect(
        ((await tpp.api('GET', `/v1/consents/${consentId}/status`, rid())).body as Obj).consentStatus,
      ).toBe('valid');
      const list = ((await tpp.api('GET', '/v1/accounts', headers())).body as Obj).accounts as Obj[];
      expect(list.length).toBeGreaterThan(0);
      for (const account of list) {
        const id = account.resourceId as string;
        expect((await tpp.api('GET', `/v1/accounts/${id}`, headers())).status).toBe(200);
        expect((await tpp.api('GET', `/v1/accounts/${id}/balances`, headers())).status).toBe(200);
        expect(
          (await tpp.api('GET', `/v1/accounts/${id}/transactions?bookingStatus=booked`, headers())).status,
        ).toBe(200);
        expect(
          (await tpp.api('GET', `/v1/accounts/${id}/transactions?bookingStatus=pending`, headers())).status,
        ).toBe(200);
        const { booked } = await allTransactions(tpp, headers, id);
        counts[`${user.username}:${id}`] = new Set(booked.map((t) => t.transactionId)).size;
      }
      if (user.username === 'user_multi')
        expect(list.map((a) => a.currency).sort()).toEqual(['EUR', 'EUR', 'EUR', 'EUR', 'GBP']);
    }
    expect(counts['user_history:eu-history-current']).toBe(HISTORY_TRANSACTION_COUNT);
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
    expect(tpp.checks.length).toBeGreaterThan(100);
  });

  it('filters transactions by dateFrom', async () => {
    const { headers } = await connect(tpp, { username: 'user_history', password: 'pass_good' });
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const answer = await tpp.api(
      'GET',
      `/v1/accounts/eu-history-current/transactions?bookingStatus=booked&dateFrom=${from}`,
      headers(),
    );
    const booked = (answer.body as Obj).transactions.booked as Obj[];
    expect(booked).toHaveLength(100);
    expect((answer.body as Obj).transactions._links.next.href).toMatch(/page=2/);
    expect(booked.every((t) => t.bookingDate >= from)).toBe(true);
  });

  it('requires X-Request-ID and answers in tppMessages format', async () => {
    const answer = await tpp.api('POST', '/v1/consents', {}, { access: {} });
    expect(answer.status).toBe(400);
    expect((answer.body as Obj).tppMessages[0]).toMatchObject({ category: 'ERROR', code: 'FORMAT_ERROR' });
    expect(tpp.checks.at(-1)?.errors).toEqual([]);
  });

  it('rejects the consent when user_deny denies and redirects with access_denied', async () => {
    const consentId = await createConsent(tpp);
    const { params } = tpp.authorizeParams(consentId);
    const outcome = await loginThroughBank(tpp.authorizeUrl(params), {
      username: 'user_deny',
      password: 'pass_good',
      decision: 'deny',
    });
    expect(outcome.kind === 'redirect' && outcome.url.searchParams.get('error')).toBe('access_denied');
    expect(
      ((await tpp.api('GET', `/v1/consents/${consentId}/status`, rid())).body as Obj).consentStatus,
    ).toBe('rejected');
  });

  it('limits TPP-initiated reads to frequencyPerDay with 429 ACCESS_EXCEEDED', async () => {
    const { headers } = await connect(
      tpp,
      { username: 'user_good', password: 'pass_good' },
      { frequencyPerDay: 2 },
    );
    expect((await tpp.api('GET', '/v1/accounts', headers())).status).toBe(200);
    expect((await tpp.api('GET', '/v1/accounts', headers())).status).toBe(200);
    const third = await tpp.api('GET', '/v1/accounts', headers());
    expect(third.status).toBe(429);
    expect((third.body as Obj).tppMessages[0].code).toBe('ACCESS_EXCEEDED');
    expect(
      (await tpp.api('GET', '/v1/accounts', { ...headers(), 'psu-ip-address': '192.0.2.1' })).status,
    ).toBe(200);
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('ends access after DELETE /v1/consents/{id} with 401 CONSENT_INVALID', async () => {
    const { consentId, headers } = await connect(tpp, { username: 'user_good', password: 'pass_good' });
    expect((await tpp.api('DELETE', `/v1/consents/${consentId}`, rid())).status).toBe(204);
    const answer = await tpp.api('GET', '/v1/accounts', headers());
    expect(answer.status).toBe(401);
    expect((answer.body as Obj).tppMessages[0].code).toBe('CONSENT_INVALID');
    expect(
      ((await tpp.api('GET', `/v1/consents/${consentId}/status`, rid())).body as Obj).consentStatus,
    ).toBe('terminatedByTpp');
  });

  it('books user_pending pending transactions after POST /__sandbox/advance', async () => {
    const { headers } = await connect(tpp, { username: 'user_pending', password: 'pass_good' });
    const before = await allTransactions(tpp, headers, 'eu-pending-current');
    expect(before.pending).toHaveLength(3);
    const advanced = await fetch(`${running.url}/__sandbox/advance`, { method: 'POST' });
    expect(await advanced.json()).toMatchObject({ booked: 3, added: 2 });
    const after = await allTransactions(tpp, headers, 'eu-pending-current');
    const bookedIds = new Set(after.booked.map((t) => t.transactionId));
    for (const t of before.pending) expect(bookedIds.has(t.transactionId)).toBe(true);
    expect(after.pending).toHaveLength(2);
  });
});

describe('Sandbox Bank EU consent expiry', () => {
  it('expires the consent after consentTtlSeconds: 401 CONSENT_EXPIRED and status expired', async () => {
    const shortKeys = await tppKeys();
    const shortLived = await startBank(createBankEu, shortKeys, { consentTtlSeconds: TTL_SECONDS });
    try {
      const client = new Tpp(shortLived.url, shortKeys, 'basic', contract);
      const { consentId, headers } = await connect(client, { username: 'user_good', password: 'pass_good' });
      expect((await client.api('GET', '/v1/accounts', headers())).status).toBe(200);
      // The sandbox clock, not a real wait (2 s of real time raced a loaded machine's requests):
      // 432 s on the consent holds, 864 s is past its 600 s.
      await advanceBank(shortLived.url, 0.005);
      expect((await client.api('GET', '/v1/accounts', headers())).status).toBe(200);
      await advanceBank(shortLived.url, 0.005);
      const answer = await client.api('GET', '/v1/accounts', headers());
      expect(answer.status).toBe(401);
      expect((answer.body as Obj).tppMessages[0].code).toBe('CONSENT_EXPIRED');
      expect(((await client.api('GET', `/v1/consents/${consentId}`, rid())).body as Obj).consentStatus).toBe(
        'expired',
      );
      expect(client.checks.filter((c) => c.errors.length > 0)).toEqual([]);
    } finally {
      await shortLived.close();
    }
  });
});
