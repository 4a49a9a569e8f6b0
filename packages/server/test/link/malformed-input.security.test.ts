/**
 * The link endpoints under attack: malformed, oversize, unknown and foreign input on the partner
 * API, the widget API and the OAuth callback — always a 4xx envelope, never a 5xx; another
 * partner's link, account or transactions are 404; a forged or replayed OAuth `state` changes
 * nothing; bank tokens are stored encrypted.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { links } from '../../src/db/schema.ts';
import { type LinkWorld, linkBank, linkSession, startLinkWorld, widget } from './support.ts';

let world: LinkWorld;
let linkId: string;
let accountId: string;
let other: { id: string; secretKey: string };
let otherToken: string;

beforeAll(async () => {
  world = await startLinkWorld();
  ({ linkId } = await linkBank(world.ctx, 'sandbox-bank-uk', 'user_good'));
  accountId = (await (await world.ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data[0].id;
  other = await world.ctx.newPartner('Other Shop');
  const s = await world.ctx.api('POST', '/v1/sessions', {
    key: other.secretKey,
    body: { flows: ['link'], customer: { reference: 'o' }, allowed_origins: ['https://shop.example'] },
  });
  otherToken = (await s.json()).client_token;
});
afterAll(() => world.close());

const partnerCases: [string, string, number, string][] = [
  ['GET', '/v1/links?limit=0', 400, 'invalid_request'],
  ['GET', '/v1/links?limit=abc', 400, 'invalid_request'],
  ['GET', '/v1/links?admin=1', 400, 'unknown_parameter'],
  ['GET', '/v1/links?starting_after=lnk_nope', 400, 'invalid_request'],
  ['GET', '/v1/links/lnk_doesnotexist', 404, 'not_found'],
  ['GET', `/v1/links/${'x'.repeat(3000)}`, 404, 'not_found'],
  ['DELETE', '/v1/links/lnk_doesnotexist', 404, 'not_found'],
  ['GET', '/v1/accounts?link=lnk_nope', 404, 'not_found'],
  ['GET', '/v1/accounts/acc_nope', 404, 'not_found'],
  ['GET', '/v1/accounts/acc_nope/balance', 404, 'not_found'],
  ['GET', `/v1/accounts/acc_AAAAAAAAAAAAAAAAAAAAAAAA/owners?name=${'y'.repeat(300)}`, 400, 'invalid_request'],
  ['GET', '/v1/transactions/sync', 400, 'invalid_request'],
  ['GET', '/v1/transactions/sync?link=lnk_nope', 404, 'not_found'],
  ['GET', '/v1/transactions/sync?link=LINK&cursor=garbage', 400, 'invalid_request'],
  ['GET', '/v1/transactions/sync?link=LINK&cursor=999.999.~', 400, 'invalid_request'],
  ['GET', '/v1/transactions/sync?link=LINK&count=100000', 400, 'invalid_request'],
  ['GET', '/v1/transactions/sync?link=LINK&cursor=%00', 400, 'invalid_request'],
];

it.each(partnerCases)('%s %s → %i %s', async (method, path, status, code) => {
  const res = await world.ctx.api(method, path.replace('LINK', linkId));
  expect(res.status).toBe(status);
  expect((await res.json()).error.code).toBe(code);
});

it('another partner cannot see, sync or revoke the link or its accounts', async () => {
  const key = other.secretKey;
  for (const [method, path] of [
    ['GET', `/v1/links/${linkId}`],
    ['DELETE', `/v1/links/${linkId}`],
    ['GET', `/v1/accounts?link=${linkId}`],
    ['GET', `/v1/accounts/${accountId}`],
    ['GET', `/v1/accounts/${accountId}/balance`],
    ['GET', `/v1/accounts/${accountId}/owners`],
    ['GET', `/v1/transactions/sync?link=${linkId}`],
  ]) {
    expect((await world.ctx.api(method!, path!, { key })).status, path).toBe(404);
  }
  expect((await (await world.ctx.api('GET', '/v1/accounts', { key })).json()).data).toEqual([]);
  expect((await (await world.ctx.api('GET', `/v1/links/${linkId}`)).json()).status).toBe('active');
});

it.each([
  ['POST', '/link/start', '{"institution":', 400, 'invalid_json'],
  ['POST', '/link/start', { institution: 'evil-bank' }, 400, 'invalid_request'],
  ['POST', '/link/start', { institution: 'sandbox-bank-uk', mode: 'iframe' }, 400, 'invalid_request'],
  ['POST', '/link/start', { institution: 'sandbox-bank-uk', mode: 'redirect' }, 400, 'invalid_request'],
  ['POST', '/link/start', { institution: 'sandbox-bank-uk', extra: 1 }, 400, 'unknown_parameter'],
  ['POST', '/link/accounts', { account_ids: [] }, 400, 'invalid_request'],
  ['POST', '/link/accounts', { account_ids: ['acc_x'] }, 409, 'invalid_state'],
  ['GET', '/institutions?country=GBR', undefined, 400, 'invalid_request'],
  ['GET', '/institutions?query=x&y=1', undefined, 400, 'unknown_parameter'],
] as const)('widget %s %s %j → %i %s', async (method, path, body, status, code) => {
  const res = await world.ctx.app.request(`/widget/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${otherToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  expect(res.status).toBe(status);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
});

it('a session cannot choose accounts of another session’s link', async () => {
  const mine = await linkSession(world.ctx);
  const w = widget(world.ctx, mine.client_token);
  const res = await w('POST', '/link/accounts', { account_ids: [accountId] });
  expect(res.status).toBe(409);
});

it('the OAuth callback ignores forged, malformed and replayed states', async () => {
  const { ctx } = world;
  for (const query of [
    '',
    '?state=short',
    `?state=${'A'.repeat(32)}&code=x`,
    '?error=access_denied&state=%00',
    `?state=${'<'.repeat(32)}`,
  ]) {
    const res = await ctx.app.request(`/oauth/callback${query}`);
    expect(res.status, query).toBe(400);
    const html = await res.text();
    expect(html).not.toContain('<<');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  }
  // The completed attempt of the linked session cannot be completed again with a forged code.
  const [row] = await ctx.deps.database.db.select().from(links).where(eq(links.id, linkId));
  const before = row!.tokensEnc;
  const { linkAttempts } = await import('../../src/db/schema.ts');
  const [attempt] = await ctx.deps.database.db
    .select()
    .from(linkAttempts)
    .where(eq(linkAttempts.resultLinkId, linkId));
  const replay = await ctx.app.request(`/oauth/callback?state=${attempt!.id}&code=forged`);
  expect(replay.status).toBe(200);
  const [after] = await ctx.deps.database.db.select().from(links).where(eq(links.id, linkId));
  expect(after!.tokensEnc).toBe(before);
});

it('stores bank tokens encrypted, never in clear', async () => {
  const [row] = await world.ctx.deps.database.db.select().from(links).where(eq(links.id, linkId));
  expect(row!.tokensEnc).toMatch(/^v1\./);
  expect(row!.tokensEnc).not.toContain('access');
  const logs = world.ctx.logs.join('\n');
  expect(logs).not.toMatch(/refresh_token|access_token/);
});
