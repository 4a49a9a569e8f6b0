/**
 * Real banks by configuration (FINLET_BANKS_FILE, here YAML): banks Finlet has no code for, only
 * entries in the file, are linked like the built-in sandbox ones — in live mode, by a partner whose
 * live bank_data provider account opens them (test keys only ever reach the sandbox banks).
 * - Northbank (Berlin Group) is a sandbox EU bank where Finlet is registered under another client
 *   id with a signing key of its own (RSA, PS256): it refuses Finlet's default key, so a link
 *   that completes shows the configured key signed the client assertions.
 * - Harbour Bank (UK Open Banking) sits behind a TLS server that serves only mutually
 *   authenticated calls — a client certificate from its CA — except the pages people use, as FAPI
 *   banks do. Finlet's OAuth and API calls carry the configured transport certificate (an undici
 *   Agent per bank) and the link completes; the same bank configured with a certificate from
 *   another CA gets nothing past the door.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { CookieJar, loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import type { SandboxBank } from '../../../sandbox/src/bank-common/shell.ts';
import { createBankEu } from '../../../sandbox/src/bank-eu/index.ts';
import { createBankUk } from '../../../sandbox/src/bank-uk/index.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { createTestPki, type TestPki } from '../support/test-pki.ts';
import {
  bankClientKeys,
  linkBank,
  linkSession,
  PUBLIC_URL,
  type RunningBank,
  startBank,
  widget,
} from './support.ts';

interface TlsRequest {
  path: string;
  authorized: boolean;
  subject: string | undefined;
}

const forPeople = (p: string) => p === '/auth' || p.startsWith('/auth/') || p.startsWith('/interaction/');

/** A sandbox UK bank behind HTTPS that answers only mutually authenticated calls (pages for people excepted). */
async function startMtlsBank(pki: TestPki, jwk: Record<string, unknown>, clientId: string) {
  const seen: TlsRequest[] = [];
  let bank: SandboxBank | undefined;
  const server = createAdaptorServer({
    fetch: (request: Request, env: HttpBindings | Http2Bindings) => {
      const socket = env.incoming.socket as TLSSocket;
      const { pathname } = new URL(request.url);
      const cn = socket.getPeerCertificate()?.subject?.CN;
      const subject = Array.isArray(cn) ? cn[0] : cn;
      seen.push({ path: pathname, authorized: socket.authorized, subject });
      if (!forPeople(pathname) && !socket.authorized)
        return new Response('a client certificate from the bank’s CA is required', { status: 403 });
      return bank?.app.fetch(request) ?? new Response(null, { status: 503 });
    },
    createServer: https.createServer,
    serverOptions: {
      key: pki.pem.serverKey,
      cert: pki.pem.serverCert,
      ca: pki.pem.ca,
      requestCert: true,
      rejectUnauthorized: false,
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bank = await createBankUk({
    issuer: url,
    clients: [{ clientId, redirectUris: [`${PUBLIC_URL}/oauth/callback`], jwks: { keys: [jwk] } }],
  });
  const started = bank;
  return {
    url,
    seen,
    close: async () => {
      await started.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let dir: string;
let pki: TestPki;
let ctx: TestContext;
/** The same server seen with the partner's live key: configured banks are live providers. */
let live: TestContext;
let northbank: RunningBank;
let harbour: Awaited<ReturnType<typeof startMtlsBank>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'finlet-banks-'));
  pki = createTestPki(dir);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(
    path.join(dir, 'northbank-signing.key'),
    rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  const northbankJwk = {
    ...rsa.publicKey.export({ format: 'jwk' }),
    kid: 'northbank-1',
    alg: 'PS256',
    use: 'sig',
  };
  northbank = await startBank(createBankEu, northbankJwk, {
    clients: [
      {
        clientId: 'northbank-finlet',
        redirectUris: [`${PUBLIC_URL}/oauth/callback`],
        jwks: { keys: [northbankJwk] },
      },
    ],
  });
  const finletKey = await bankClientKeys();
  harbour = await startMtlsBank(pki, finletKey.pub, 'harbour-finlet');
  const harbourEntry = (id: string, name: string, cert: string, key: string) => ({
    id,
    name,
    country: 'GB',
    dialect: 'ob_uk',
    issuer: harbour.url,
    api_base: harbour.url,
    client_id: 'harbour-finlet',
    mtls: { cert_file: cert, key_file: key, ca_file: pki.files.ca },
  });
  writeFileSync(
    path.join(dir, 'banks.yaml'),
    toYaml({
      banks: [
        {
          id: 'northbank-de',
          name: 'Northbank',
          country: 'DE',
          dialect: 'berlin_group',
          issuer: northbank.url,
          api_base: northbank.url,
          client_id: 'northbank-finlet',
          signing_key: { kid: 'northbank-1', file: 'northbank-signing.key' },
          logo: { initials: 'NB', color: '#224466' },
        },
        harbourEntry('harbour-uk', 'Harbour Bank', pki.files.clientCert, pki.files.clientKey),
        harbourEntry(
          'harbour-uk-stranger',
          'Harbour Bank (stranger)',
          pki.files.strangerCert,
          pki.files.strangerKey,
        ),
      ],
    }),
  );
  ctx = await createTestContext({
    FINLET_BANKS_FILE: path.join(dir, 'banks.yaml'),
    FINLET_BANK_CLIENT_KEY: JSON.stringify(finletKey.priv),
  });
  const liveKey = await createApiKey(ctx.deps.database.db, ctx.partner.id, 'live', new Date());
  live = { ...ctx, api: (method, p, opts = {}) => ctx.api(method, p, { key: liveKey, ...opts }) };
  for (const [connector, institutions] of [
    ['berlin_group', ['northbank-de']],
    ['ob_uk', ['harbour-uk', 'harbour-uk-stranger']],
  ] as const) {
    const res = await live.api('POST', '/v1/provider_accounts', {
      body: { capability: 'bank_data', connector, settings: { institutions } },
    });
    if (res.status !== 201) throw new Error(`provider account: ${await res.text()}`);
  }
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await northbank?.close();
  await harbour?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('offers the configured banks to live sessions whose provider accounts open them, never to test ones', async () => {
  const test = await linkSession(ctx);
  const inTest = (await (await widget(ctx, test.client_token)('GET', '/institutions')).json()).data;
  expect(inTest.map((i: { id: string }) => i.id)).toEqual(['sandbox-bank-uk', 'sandbox-bank-eu']);
  const session = await linkSession(live);
  const w = widget(live, session.client_token);
  const { data } = await (await w('GET', '/institutions')).json();
  expect(data.map((i: { id: string }) => i.id)).toEqual([
    'northbank-de',
    'harbour-uk',
    'harbour-uk-stranger',
  ]);
  expect(data[0]).toMatchObject({ name: 'Northbank', country: 'DE', health: 'healthy' });
  expect(await (await w('GET', '/institutions/northbank-de/logo.svg')).text()).toContain('#224466');
});

describe('Northbank: Berlin Group, its own client id and signing key', () => {
  it('links an account through it, and its data reads like any bank’s', async () => {
    const { linkId, view } = await linkBank(live, 'northbank-de', 'user_good');
    expect(view.accounts).toHaveLength(1);
    const link = await (await live.api('GET', `/v1/links/${linkId}`)).json();
    expect(link).toMatchObject({ status: 'active', institution: { id: 'northbank-de', name: 'Northbank' } });
    const accounts = (await (await live.api('GET', `/v1/accounts?link=${linkId}`)).json()).data;
    expect((await live.api('GET', `/v1/accounts/${accounts[0].id}/balance`)).status).toBe(200);
  });
});

describe('Harbour Bank: UK Open Banking over mutual TLS', () => {
  // The user's browser trusts the bank's CA and has no client certificate.
  const browserFetch = ((url: string | URL, init?: RequestInit) =>
    fetch(url, {
      ...init,
      dispatcher: new Agent({ connect: { ca: pki.pem.ca } }),
    } as RequestInit)) as typeof fetch;

  it('links an account: every call Finlet makes carries its transport certificate', async () => {
    harbour.seen.length = 0;
    const session = await linkSession(live);
    const w = widget(live, session.client_token);
    const started = await w('POST', '/link/start', { institution: 'harbour-uk' });
    const start = await started.json();
    expect(started.status).toBe(200);
    const outcome = await loginThroughBank(
      start.authorization_url,
      { username: 'user_good', password: 'pass_good' },
      new CookieJar(),
      browserFetch,
    );
    if (outcome.kind !== 'redirect') throw new Error(`stopped at the bank: ${outcome.status}`);
    expect((await ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`)).status).toBe(200);
    const view = await (await w('GET', '/link')).json();
    expect(view.status).toBe('choose_accounts');
    const chosen = await w('POST', '/link/accounts', {
      account_ids: view.accounts.map((a: { id: string }) => a.id),
    });
    expect(chosen.status).toBe(200);
    const row = await (await live.api('GET', `/v1/sessions/${session.id}`)).json();
    const linkId = row.flow_states.link.result.link_id;
    const accounts = (await (await live.api('GET', `/v1/accounts?link=${linkId}`)).json()).data;
    expect((await live.api('GET', `/v1/accounts/${accounts[0].id}/balance`)).status).toBe(200);

    const byFinlet = harbour.seen.filter((r) => !forPeople(r.path));
    const paths = new Set(byFinlet.map((r) => r.path));
    for (const p of [
      '/.well-known/openid-configuration',
      '/request',
      '/token',
      '/open-banking/v4.0/aisp/accounts',
    ])
      expect(paths).toContain(p);
    expect(byFinlet.every((r) => r.authorized && r.subject === 'finlet-transport')).toBe(true);
    // The browser reached the login pages without any client certificate.
    expect(harbour.seen.filter((r) => forPeople(r.path)).every((r) => !r.authorized)).toBe(true);
  });

  it('the same bank with a certificate from another CA gets nothing past the door: the start fails, never a 500', async () => {
    harbour.seen.length = 0;
    const session = await linkSession(live);
    const started = await widget(live, session.client_token)('POST', '/link/start', {
      institution: 'harbour-uk-stranger',
    });
    expect(started.status).toBe(502);
    expect((await started.json()).error.code).toBe('provider_error');
    expect(harbour.seen.length).toBeGreaterThan(0);
    expect(harbour.seen.every((r) => !r.authorized && r.subject === 'stranger')).toBe(true);
    expect(new Set(harbour.seen.map((r) => r.path))).toEqual(new Set(['/.well-known/openid-configuration']));
  });
});
