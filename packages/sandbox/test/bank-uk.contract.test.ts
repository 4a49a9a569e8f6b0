/**
 * Sandbox Bank UK over real HTTP: every answer of a full run through each sandbox user's data is
 * validated against the official UK Open Banking 4.0 Account Information OpenAPI file, and the
 * OAuth server's behaviour (PKCE, PAR, private_key_jwt, MFA, locked, deny, refresh, revocation,
 * consent expiry, pagination, pending → booked) is exercised the way the Finlet server will.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoginAnswers, loginThroughBank } from '../src/bank-common/login-driver.ts';
import { HISTORY_TRANSACTION_COUNT } from '../src/bank-common/users.ts';
import { createBankUk } from '../src/bank-uk/index.ts';
import {
  advanceBank,
  LINKING_USERS,
  officialContract,
  type RunningBank,
  startBank,
  startContractBank,
  Tpp,
  type TppKeys,
  tppKeys,
} from './bank-harness.ts';

const BASE = '/open-banking/v4.0/aisp';
const contract = officialContract('openapi/uk-obie-v4.0.0/account-info-openapi.yaml', BASE);
const ALL_READS = [
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadTransactionsDetail',
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
  'ReadParty',
  'ReadPartyPSU',
];

type Obj = Record<string, any>;

let keys: TppKeys;
let running: RunningBank;
let tpp: Tpp;

beforeAll(async () => {
  ({ keys, running, tpp } = await startContractBank(createBankUk, contract));
});
afterAll(async () => running?.close());

async function createConsent(client: Tpp, permissions = ALL_READS): Promise<string> {
  const token = await client.clientCredentials();
  const answer = await client.api(
    'POST',
    `${BASE}/account-access-consents`,
    { authorization: `Bearer ${token}` },
    { Data: { Permissions: permissions }, Risk: {} },
  );
  expect(answer.status).toBe(201);
  return (answer.body as Obj).Data.ConsentId;
}

/** Consent → login → code → tokens, for one sandbox user. */
async function connect(client: Tpp, answers: LoginAnswers, permissions = ALL_READS) {
  const consentId = await createConsent(client, permissions);
  const { redirect, verifier } = await client.authorizeAtBank(consentId, answers);
  const code = redirect.searchParams.get('code');
  if (!code) throw new Error(`no code: ${redirect.href}`);
  const tokens = await client.exchange(code, verifier);
  return { consentId, tokens, bearer: { authorization: `Bearer ${tokens.access_token}` } };
}

async function allTransactions(
  client: Tpp,
  bearer: Record<string, string>,
  accountId: string,
): Promise<Obj[]> {
  const out: Obj[] = [];
  let next: string | undefined = `${BASE}/accounts/${accountId}/transactions`;
  let pages = 0;
  while (next) {
    const answer = await client.api('GET', next, bearer);
    expect(answer.status).toBe(200);
    const body = answer.body as Obj;
    out.push(...body.Data.Transaction);
    pages += 1;
    expect(body.Meta.TotalPages).toBeGreaterThanOrEqual(pages);
    next = body.Links.Next;
  }
  return out;
}

/** A consent's lifetime in the expiry test; the sandbox clock is moved past it (advanceBank). */
const TTL_SECONDS = 600;

describe('Sandbox Bank UK contract', () => {
  it('has a validator that flags a body breaking the OB 4.0 schema', () => {
    const headers = new Headers({ 'x-fapi-interaction-id': 'x' });
    const url = `http://127.0.0.1${BASE}/accounts`;
    const bad = contract.check('GET', url, 200, headers, {
      Data: { Account: [{ Currency: 'gbp' }] },
      Links: { Self: url },
    });
    expect(bad.errors.join('\n')).toMatch(/AccountId/);
    expect(bad.errors.join('\n')).toMatch(/pattern/);
    expect(
      contract.check('GET', url, 200, headers, { Data: { Account: [] }, Links: { Self: url } }).errors,
    ).toEqual([]);
  });

  it('answers a full run through every sandbox user with bodies that validate against OB 4.0', async () => {
    const seen: Record<string, number> = {};
    for (const user of LINKING_USERS) {
      const { consentId, bearer } = await connect(tpp, user);
      const cc = await tpp.clientCredentials();
      const consent = await tpp.api('GET', `${BASE}/account-access-consents/${consentId}`, {
        authorization: `Bearer ${cc}`,
      });
      expect((consent.body as Obj).Data.Status).toBe('AUTH');
      const accounts = await tpp.api('GET', `${BASE}/accounts`, bearer);
      const list = (accounts.body as Obj).Data.Account as Obj[];
      expect(list.length).toBeGreaterThan(0);
      for (const account of list) {
        const id = account.AccountId as string;
        expect((await tpp.api('GET', `${BASE}/accounts/${id}`, bearer)).status).toBe(200);
        expect((await tpp.api('GET', `${BASE}/accounts/${id}/balances`, bearer)).status).toBe(200);
        expect((await tpp.api('GET', `${BASE}/accounts/${id}/parties`, bearer)).status).toBe(200);
        expect((await tpp.api('GET', `${BASE}/accounts/${id}/party`, bearer)).status).toBe(200);
        seen[`${user.username}:${id}`] = new Set(
          (await allTransactions(tpp, bearer, id)).map((t) => t.TransactionId),
        ).size;
      }
      if (user.username === 'user_multi') {
        expect(list.map((a) => a.Currency).sort()).toEqual(['GBP', 'GBP', 'GBP', 'GBP', 'USD']);
        const joint = await tpp.api('GET', `${BASE}/accounts/uk-multi-joint/parties`, bearer);
        expect((joint.body as Obj).Data.Party).toHaveLength(2);
      }
    }
    expect(seen['user_history:uk-history-current']).toBe(HISTORY_TRANSACTION_COUNT);
    const failures = tpp.checks.filter((c) => c.errors.length > 0);
    expect(failures).toEqual([]);
    expect(tpp.checks.length).toBeGreaterThan(80);
  });

  it('rejects an authorization request without a PKCE code_challenge', async () => {
    const consentId = await createConsent(tpp);
    const { params } = tpp.authorizeParams(consentId, false);
    const outcome = await loginThroughBank(tpp.authorizeUrl(params), {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(outcome.kind).toBe('redirect');
    const url = (outcome as { url: URL }).url;
    expect(url.searchParams.get('error')).toBe('invalid_request');
    expect(url.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('accepts a pushed authorization request and completes the login from its request_uri', async () => {
    const consentId = await createConsent(tpp);
    const { params, verifier } = tpp.authorizeParams(consentId);
    const pushed = await tpp.oauth('/request', params);
    expect(pushed.status).toBe(201);
    expect(pushed.body.request_uri).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    const url = tpp.authorizeUrl({ client_id: tpp.clientId, request_uri: pushed.body.request_uri ?? '' });
    const outcome = await loginThroughBank(url, { username: 'user_good', password: 'pass_good' });
    const code = outcome.kind === 'redirect' ? outcome.url.searchParams.get('code') : null;
    const tokens = await tpp.exchange(code ?? '', verifier);
    expect(
      (await tpp.api('GET', `${BASE}/accounts`, { authorization: `Bearer ${tokens.access_token}` })).status,
    ).toBe(200);
  });

  it('authenticates clients with private_key_jwt and client_secret_basic, and refuses a wrong key', async () => {
    expect(await tpp.clientCredentials()).toMatch(/.+/);
    const basic = new Tpp(running.url, keys, 'basic', contract);
    expect(await basic.clientCredentials()).toMatch(/.+/);
    const impostor = new Tpp(running.url, { ...keys, privateKey: (await tppKeys()).privateKey }, 'jwt');
    const answer = await impostor.oauth('/token', { grant_type: 'client_credentials', scope: 'accounts' });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_client');
  });

  it('asks user_mfa for the one-time code and refuses a wrong one', async () => {
    const consentId = await createConsent(tpp);
    const { params } = tpp.authorizeParams(consentId);
    const stopped = await loginThroughBank(tpp.authorizeUrl(params), {
      username: 'user_mfa',
      password: 'pass_good',
    });
    expect(stopped.kind === 'page' && stopped.html).toMatch(/<label for="otp">One-time code<\/label>/);
    const wrong = await loginThroughBank(
      tpp.authorizeUrl(tpp.authorizeParams(await createConsent(tpp)).params),
      {
        username: 'user_mfa',
        password: 'pass_good',
        otp: '000000',
      },
    );
    expect(wrong.kind === 'page' && wrong.status).toBe(400);
    expect(wrong.kind === 'page' && wrong.html).toMatch(/aria-describedby="otp-error"/);
  });

  it('shows user_locked a locked-account error tied to the username field', async () => {
    const { params } = tpp.authorizeParams(await createConsent(tpp));
    const outcome = await loginThroughBank(tpp.authorizeUrl(params), {
      username: 'user_locked',
      password: 'pass_good',
    });
    expect(outcome.kind).toBe('page');
    const page = outcome as { status: number; html: string };
    expect(page.status).toBe(403);
    expect(page.html).toMatch(/<html lang="en">/);
    expect(page.html).toMatch(/id="username"[^>]*aria-invalid="true" aria-describedby="username-error"/);
    expect(page.html).toMatch(/role="alert"[\s\S]*locked/);
  });

  it('redirects with access_denied when user_deny denies, with Deny pre-focused, and rejects the consent', async () => {
    const consentId = await createConsent(tpp);
    const { params } = tpp.authorizeParams(consentId);
    const outcome = await loginThroughBank(tpp.authorizeUrl(params), {
      username: 'user_deny',
      password: 'pass_good',
      decision: 'deny',
    });
    expect(outcome.kind === 'redirect' && outcome.url.searchParams.get('error')).toBe('access_denied');
    const cc = await tpp.clientCredentials();
    const consent = await tpp.api('GET', `${BASE}/account-access-consents/${consentId}`, {
      authorization: `Bearer ${cc}`,
    });
    expect((consent.body as Obj).Data.Status).toBe('RJCT');
    const page = await loginThroughBank(
      tpp.authorizeUrl(tpp.authorizeParams(await createConsent(tpp)).params),
      {
        username: 'user_deny',
        password: 'pass_good',
        decision: 'allow',
        accountIds: [],
      },
    );
    expect(page.kind === 'page' && page.html).toMatch(/value="deny" autofocus/);
  });

  it('issues a refresh token that yields a working access token, and revocation ends access', async () => {
    const { tokens } = await connect(tpp, { username: 'user_good', password: 'pass_good' });
    const refreshed = await tpp.oauth('/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    });
    expect(refreshed.status).toBe(200);
    const bearer = { authorization: `Bearer ${refreshed.body.access_token}` };
    expect((await tpp.api('GET', `${BASE}/accounts`, bearer)).status).toBe(200);
    expect((await tpp.oauth('/token/revocation', { token: refreshed.body.access_token ?? '' })).status).toBe(
      200,
    );
    expect((await tpp.api('GET', `${BASE}/accounts`, bearer)).status).toBe(401);
  });

  it('answers 403 in OB error format once the consent is deleted', async () => {
    const { consentId, bearer } = await connect(tpp, { username: 'user_good', password: 'pass_good' });
    const cc = await tpp.clientCredentials();
    expect(
      (
        await tpp.api('DELETE', `${BASE}/account-access-consents/${consentId}`, {
          authorization: `Bearer ${cc}`,
        })
      ).status,
    ).toBe(204);
    const answer = await tpp.api('GET', `${BASE}/accounts`, bearer);
    expect(answer.status).toBe(403);
    expect((answer.body as Obj).Errors[0].ErrorCode).toHaveLength(4);
    expect(tpp.checks.at(-1)?.errors).toEqual([]);
  });

  it('books user_pending pending transactions after POST /__sandbox/advance and adds new pending ones', async () => {
    const { bearer } = await connect(tpp, { username: 'user_pending', password: 'pass_good' });
    const before = await allTransactions(tpp, bearer, 'uk-pending-current');
    const pending = before.filter((t) => t.Status === 'PDNG').map((t) => t.TransactionId);
    expect(pending).toHaveLength(3);
    const advanced = await fetch(`${running.url}/__sandbox/advance`, { method: 'POST' });
    expect(await advanced.json()).toMatchObject({ booked: 3, added: 2 });
    const after = await allTransactions(tpp, bearer, 'uk-pending-current');
    for (const id of pending) expect(after.find((t) => t.TransactionId === id)?.Status).toBe('BOOK');
    expect(after.filter((t) => t.Status === 'PDNG')).toHaveLength(2);
    expect(tpp.checks.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('returns injected faults in the OB error format', async () => {
    const answer = await tpp.api('GET', `${BASE}/accounts`, { 'x-sandbox-fault': 'status=500' });
    expect(answer.status).toBe(500);
    expect(tpp.checks.at(-1)?.errors).toEqual([]);
  });
});

describe('Sandbox Bank UK consent expiry', () => {
  it('expires the consent after consentTtlSeconds and answers 403 with status EXPD', async () => {
    const shortKeys = await tppKeys();
    const shortLived = await startBank(createBankUk, shortKeys, { consentTtlSeconds: TTL_SECONDS });
    try {
      const client = new Tpp(shortLived.url, shortKeys, 'basic', contract);
      const { consentId, bearer } = await connect(client, { username: 'user_good', password: 'pass_good' });
      expect((await client.api('GET', `${BASE}/accounts`, bearer)).status).toBe(200);
      // The sandbox clock, not a real wait (2 s of real time raced a loaded machine's requests):
      // 432 s on the consent holds, 864 s is past its 600 s.
      await advanceBank(shortLived.url, 0.005);
      expect((await client.api('GET', `${BASE}/accounts`, bearer)).status).toBe(200);
      await advanceBank(shortLived.url, 0.005);
      expect((await client.api('GET', `${BASE}/accounts`, bearer)).status).toBe(403);
      const cc = await client.clientCredentials();
      const consent = await client.api('GET', `${BASE}/account-access-consents/${consentId}`, {
        authorization: `Bearer ${cc}`,
      });
      expect((consent.body as Obj).Data.Status).toBe('EXPD');
      expect(client.checks.filter((c) => c.errors.length > 0)).toEqual([]);
    } finally {
      await shortLived.close();
    }
  });
});
