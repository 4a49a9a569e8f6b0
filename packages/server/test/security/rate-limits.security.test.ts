/**
 * Rate limits (issue 12, item 5). The request limit keys on the verified identity — the session
 * behind a client token, however its signature is spelled (16 base64url spellings decode to the
 * same Ed25519 signature and all verify) — and failed authentication is limited per client address:
 * junk tokens and unknown `sk_` keys drain the address's allowance, and once it is spent the
 * address gets 429 with Retry-After before any credential is looked up (proved by closing the
 * database: a lookup would now fail with 500). The address is the TCP peer, or with
 * FINLET_TRUST_PROXY the one the trusted proxy appended to X-Forwarded-For — a client cannot escape
 * by sending that header itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.ts';
import { createTestContext, sessionBody, type TestContext, type TestResponse } from '../support/harness.ts';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 16 spellings of a token whose last base64url character carries 2 bits of the signature. */
function spellings(token: string): string[] {
  const value = BASE64URL.indexOf(token.at(-1)!);
  return Array.from(
    { length: 16 },
    (_, low) => `${token.slice(0, -1)}${BASE64URL[(value & 0b110000) | low]}`,
  );
}

/**
 * The Finlet server (server.ts, as `pnpm start` runs it) on the test's database and clock, over
 * real HTTP, so that requests have a client address. Closing it closes the database.
 */
async function listen(t: TestContext) {
  let closed: Promise<void> | undefined;
  const database = { ...t.deps.database, close: () => (closed ??= t.deps.database.close()) };
  const server = await startServer(
    { ...t.deps.config, HOST: '127.0.0.1', PORT: 0 },
    { database, clock: t.clock, logger: t.deps.logger },
  );
  return {
    request: (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}${path}`, { headers }) as Promise<TestResponse>,
    /** Closes the database under the running server. */
    closeDatabase: () => database.close(),
    close: () => server.close(),
  };
}

const JUNK_TOKEN = 'eyJhbGciOiJFZERTQSIsImtpZCI6Im5vcGUifQ.eyJzdWIiOiJzZXNfeCJ9.c2lnbmF0dXJl';
const UNKNOWN_KEY = () => `sk_test_${Math.random().toString(36).slice(2).padEnd(24, 'Z')}`;

describe('the widget limit counts the session, not the spelling of its token', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext({ FINLET_RATE_LIMIT: '1', FINLET_RATE_BURST: '5' });
  });
  afterAll(() => t.close());

  async function newToken() {
    t.clock.advance(10_000); // the partner key's own bucket refills
    const res = await t.api('POST', '/v1/sessions', { body: sessionBody() });
    expect(res.status).toBe(201);
    return (await res.json()).client_token as string;
  }
  const widgetSession = (token: string) =>
    t.api('GET', '/widget/v1/session', { key: null, headers: { authorization: `Bearer ${token}` } });

  it('accepts every spelling (so keying on the header text gave each its own bucket)', async () => {
    const token = await newToken();
    for (const spelling of spellings(token).slice(0, 5))
      expect((await widgetSession(spelling)).status).toBe(200);
  });

  it('grants one burst to the 16 spellings together, then 429 with Retry-After', async () => {
    const token = await newToken();
    const statuses: number[] = [];
    let limited: TestResponse | undefined;
    for (const spelling of [...spellings(token), ...spellings(token)]) {
      const res = await widgetSession(spelling);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited!.json()).error.code).toBe('rate_limited');
  });

  it("leaves another session's token its own allowance, and refills with time", async () => {
    const token = await newToken();
    for (let i = 0; i < 6; i++) await widgetSession(token);
    expect((await widgetSession(token)).status).toBe(429);
    expect((await widgetSession(await newToken())).status).toBe(200);
    t.clock.advance(2_000);
    expect((await widgetSession(token)).status).toBe(200);
  });
});

describe('failed authentication, per client address', () => {
  let t: TestContext;
  let http: Awaited<ReturnType<typeof listen>>;
  let clientToken: string;
  beforeAll(async () => {
    t = await createTestContext({ FINLET_AUTH_FAILURE_LIMIT: '5', FINLET_TRUST_PROXY: '1' });
    clientToken = (await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json()).client_token;
    http = await listen(t);
  });
  afterAll(() => http.close()); // and the database with it

  /** A request from `client` through the one trusted proxy, which appends the client's address. */
  const from = (client: string, path: string, authorization?: string) =>
    http.request(path, {
      'x-forwarded-for': `203.0.113.250, ${client}`, // the first entry is the client's own claim
      ...(authorization ? { authorization } : {}),
    });

  it('answers junk tokens and unknown keys 401 until the allowance is spent, then 429 for everything', async () => {
    const client = '198.51.100.1';
    const answers = [
      await from(client, '/widget/v1/session', `Bearer ${JUNK_TOKEN}`),
      await from(client, '/v1/sessions', `Bearer ${UNKNOWN_KEY()}`),
      await from(client, '/widget/v1/session', 'Bearer not-a-jwt'),
      await from(client, '/v1/sessions', `Bearer ${UNKNOWN_KEY()}`),
      await from(client, '/v1/sessions'),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    const blocked = [
      await from(client, '/v1/sessions', `Bearer ${UNKNOWN_KEY()}`),
      await from(client, '/widget/v1/session', `Bearer ${JUNK_TOKEN}`),
      // A valid credential from the spent address waits too: before the lookup nothing tells them apart.
      await from(client, '/v1/sessions', `Bearer ${t.partner.secretKey}`),
      await from(client, '/widget/v1/session', `Bearer ${clientToken}`),
    ];
    for (const res of blocked) {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await res.json()).error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
    }
  });

  it('leaves other addresses alone, and groups an IPv6 client by its /64', async () => {
    expect((await from('198.51.100.2', '/v1/sessions', `Bearer ${t.partner.secretKey}`)).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const res = await from(`2001:db8:7:1::${i + 1}`, '/v1/sessions', `Bearer ${UNKNOWN_KEY()}`);
      expect(res.status).toBe(401);
    }
    expect((await from('2001:db8:7:1:ffff::9', '/widget/v1/session', `Bearer ${JUNK_TOKEN}`)).status).toBe(
      429,
    );
    expect((await from('2001:db8:7:2::1', '/widget/v1/session', `Bearer ${clientToken}`)).status).toBe(200);
  });

  it('refills the allowance over time (FINLET_AUTH_FAILURE_LIMIT a minute)', async () => {
    const client = '198.51.100.3';
    for (let i = 0; i < 5; i++) await from(client, '/v1/sessions', `Bearer ${UNKNOWN_KEY()}`);
    expect((await from(client, '/v1/sessions', `Bearer ${t.partner.secretKey}`)).status).toBe(429);
    t.clock.advance(12_000); // one failure's worth at 5 a minute
    expect((await from(client, '/v1/sessions', `Bearer ${t.partner.secretKey}`)).status).toBe(200);
  });
});

describe('without a trusted proxy', () => {
  let t: TestContext;
  let http: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    t = await createTestContext({ FINLET_AUTH_FAILURE_LIMIT: '5' });
    http = await listen(t);
  });
  afterAll(() => http.close()); // and the database with it

  it('ignores X-Forwarded-For, answers 429 before any lookup once spent (the database is gone)', async () => {
    // Each request claims another address; the peer (127.0.0.1) is the one counted.
    const send = (i: number, path: string, credential: string) =>
      http.request(path, { 'x-forwarded-for': `192.0.2.${i}`, authorization: `Bearer ${credential}` });
    for (let i = 0; i < 5; i++) expect((await send(i, '/v1/sessions', UNKNOWN_KEY())).status).toBe(401);
    // An unknown key is looked up, a token with an unknown kid refreshes the key set: with the
    // database closed either would now answer 500.
    await http.closeDatabase();
    for (let i = 5; i < 11; i++) {
      const res =
        i % 2
          ? await send(i, '/v1/sessions', UNKNOWN_KEY())
          : await send(i, '/widget/v1/session', JUNK_TOKEN);
      expect(res.status).toBe(429);
    }
  });
});
