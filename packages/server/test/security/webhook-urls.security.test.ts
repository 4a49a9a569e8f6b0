/**
 * Webhook URLs (issue 12, item 6): one policy wherever an endpoint is created — the API, partner
 * creation, the CLI's `--webhook-url` — and again at delivery. https (http only where private
 * webhooks are allowed), no other scheme, no address from the IANA IPv4/IPv6 special-purpose
 * registries in any spelling (trailing dot, IPv4-compatible/mapped/NAT64 IPv6, hex or octal IPv4);
 * loopback and private networks only where FINLET_ALLOW_PRIVATE_WEBHOOKS allows them, link-local
 * (cloud metadata) never. A delivery that cannot even be attempted is a failed attempt with a
 * reason, never a crash that the lease retries every 25 s for ever.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryAttempts, partners, webhookEndpoints } from '../../src/db/schema.ts';
import { createPartner } from '../../src/partners/create.ts';
import { createDispatcher } from '../../src/webhooks/dispatcher.ts';
import { MAX_ATTEMPTS } from '../../src/webhooks/schedule.ts';
import { type CliFailure, useCli } from '../support/cli.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { latestEvent, scenario } from '../webhooks/scenario.ts';

let dev: TestContext; // private webhooks allowed (the default outside production)
let guarded: TestContext; // FINLET_ALLOW_PRIVATE_WEBHOOKS=false (the default in production)
beforeAll(async () => {
  dev = await createTestContext({ FINLET_WEBHOOK_TIMEOUT_MS: '500' });
  guarded = await createTestContext({ FINLET_ALLOW_PRIVATE_WEBHOOKS: 'false' });
});
afterAll(async () => {
  await dev?.close();
  await guarded?.close();
});

const create = (t: TestContext, url: string) => t.api('POST', '/v1/webhook_endpoints', { body: { url } });

/** Refused wherever private webhooks are not allowed: every special-purpose address, every spelling. */
const special = [
  ['a trailing-dot localhost', 'https://localhost./hook'],
  ['a loopback name under .localhost', 'https://api.localhost./hook'],
  ['hex IPv4 loopback', 'https://0x7f.0.0.1/hook'],
  ['octal IPv4 loopback', 'https://0177.0.0.1/hook'],
  ['short IPv4 loopback', 'https://127.1/hook'],
  ['IPv4-compatible IPv6 loopback', 'https://[::7f00:1]/hook'],
  ['IPv4-mapped IPv6 loopback (hex)', 'https://[::ffff:7f00:1]/hook'],
  ['IPv4-mapped IPv6 metadata', 'https://[::ffff:169.254.169.254]/latest/meta-data'],
  ['NAT64 loopback', 'https://[64:ff9b::7f00:1]/hook'],
  ['NAT64 metadata', 'https://[64:ff9b::a9fe:a9fe]/latest/meta-data'],
  ['local-use NAT64', 'https://[64:ff9b:1::a00:1]/hook'],
  ['IPv6 site-local', 'https://[fec0::1]/hook'],
  ['IPv6 unique local', 'https://[fd12:3456::1]/hook'],
  ['IPv6 documentation', 'https://[2001:db8::1]/hook'],
  ['6to4 of loopback', 'https://[2002:7f00:1::1]/hook'],
  ['Teredo', 'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook'],
  ['IPv6 discard-only', 'https://[100::1]/hook'],
  ['IPv6 multicast', 'https://[ff02::1]/hook'],
  ['TEST-NET-1', 'https://192.0.2.10/hook'],
  ['TEST-NET-3', 'https://203.0.113.9/hook'],
  ['IETF protocol assignments', 'https://192.0.0.8/hook'],
  ['the 6to4 relay anycast', 'https://192.88.99.1/hook'],
  ['benchmarking', 'https://198.18.0.1/hook'],
  ['shared address space (CGNAT)', 'https://100.64.0.1/hook'],
  ['reserved 240/4', 'https://240.0.0.1/hook'],
  ['limited broadcast', 'https://255.255.255.255/hook'],
  ['private 10/8', 'https://10.1.2.3/hook'],
  ['plain http to a public address', 'http://93.184.215.14/hook'],
];

/** Refused even where private webhooks are allowed (development): never a useful receiver. */
const never = [
  ['an ftp URL', 'ftp://127.0.0.1/hook'],
  ['a file URL', 'file:///etc/passwd'],
  ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
  ['IPv6 link-local', 'http://[fe80::1]/hook'],
  ['the unspecified address', 'http://0.0.0.0:8080/hook'],
  ['IPv4 multicast', 'http://224.0.0.1/hook'],
  ['IPv4-mapped metadata', 'http://[::ffff:a9fe:a9fe]/latest/meta-data'],
];

describe('creating an endpoint with the API', () => {
  it.each([...special, ...never])('refuses %s (400 invalid_request on url)', async (_name, url) => {
    const res = await create(guarded, url);
    const json = await res.json();
    expect([res.status, json.error?.code, json.error?.param]).toEqual([400, 'invalid_request', 'url']);
  });

  it.each(never)('refuses %s even where private webhooks are allowed', async (_name, url) => {
    const res = await create(dev, url);
    const json = await res.json();
    expect([res.status, json.error?.code, json.error?.param]).toEqual([400, 'invalid_request', 'url']);
  });

  it.each([
    ['a public IPv4 address', 'https://93.184.215.14/hook'],
    ['a public IPv6 address', 'https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook'],
    ['the IPv4-mapped spelling of a public address', 'https://[::ffff:5db8:d70e]/hook'],
    ['a NAT64 address of a public IPv4 address (DNS64 networks)', 'https://[64:ff9b::5db8:d70e]/hook'],
  ])('accepts %s', async (_name, url) => {
    expect((await create(guarded, url)).status).toBe(201);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:9/hook'],
    ['localhost', 'http://localhost:9/hook'],
    ['a private network', 'http://10.0.0.7/hook'],
    ['an IPv6 unique local address', 'http://[fd00::7]/hook'],
  ])('accepts %s over http where private webhooks are allowed', async (_name, url) => {
    expect((await create(dev, url)).status).toBe(201);
  });
});

describe('creating a partner with a webhook URL', () => {
  it.each([
    ['an ftp URL', 'ftp://hooks.example/hook', 'dev'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data', 'dev'],
    ['a trailing-dot localhost', 'https://localhost./hook', 'guarded'],
    ['NAT64 loopback', 'https://[64:ff9b::7f00:1]/hook', 'guarded'],
  ] as const)('refuses %s and creates nothing', async (_name, url, where) => {
    const t = where === 'dev' ? dev : guarded;
    const name = `Refused ${Math.random()}`;
    await expect(
      createPartner(t.deps, { name, allowedOrigins: ['https://shop.example'], webhookUrl: url }),
    ).rejects.toThrow(/webhook URL/);
    const rows = await t.deps.database.db.select().from(partners).where(eq(partners.name, name));
    expect(rows).toEqual([]);
  });
});

describe('the CLI --webhook-url', () => {
  const cli = useCli({ FINLET_ALLOW_PRIVATE_WEBHOOKS: 'false' });
  const partnersCreate = (url: string) =>
    cli.finlet(
      'partners', 'create', '--name', 'Hooked', '--allowed-origin', 'https://hooked.example', '--webhook-url', url, '--json',
    ); // biome-ignore format: argv

  it.each([
    ['an ftp URL', 'ftp://93.184.215.14/hook'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
    ['IPv4-compatible loopback', 'https://[::7f00:1]/hook'],
  ])(
    'refuses %s with exit code 1, naming the problem, and creates no partner',
    { timeout: 90_000 },
    async (_name, url) => {
      const err = (await partnersCreate(url).catch((e) => e)) as CliFailure;
      expect(err.code).toBe(1);
      expect(err.stderr).toMatch(/webhook URL/);
      expect(JSON.parse((await cli.finlet('partners', 'list', '--json')).stdout)).toEqual([]);
    },
  );

  it('accepts an https URL on a public address', { timeout: 90_000 }, async () => {
    const out = JSON.parse((await partnersCreate('https://93.184.215.14/hook')).stdout);
    expect(out.webhook_endpoint.url).toBe('https://93.184.215.14/hook');
  });
});

describe('delivering to a URL outside the policy', () => {
  /** Points an endpoint at `url` the way the old CLI could store it, and records one event for it. */
  async function endpointAt(t: TestContext, url: (receiverUrl: string) => string) {
    const s = await scenario(t);
    await t.deps.database.db
      .update(webhookEndpoints)
      .set({ url: url(s.receiver.url) })
      .where(eq(webhookEndpoints.id, s.endpoint.id));
    await s.cancelSession();
    return s;
  }

  it.each([
    ['an ftp URL', (r: string) => r.replace('http:', 'ftp:'), /ftp/],
    ['a value that is not a URL', () => 'not a url', /URL/],
  ])('records %s as a failed attempt with a reason, then fails the delivery', async (_n, url, reason) => {
    const s = await endpointAt(dev, url);
    const dispatcher = createDispatcher(dev.deps, { random: () => 0.5 });
    const logsBefore = dev.logs.length;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await dispatcher.runOnce()).toBe(1);
      dev.clock.advance(11 * 3600_000); // past every retry delay
    }
    expect(await dispatcher.runOnce()).toBe(0);
    const event = await latestEvent(s);
    expect(event.deliveries).toEqual([expect.objectContaining({ status: 'failed', attempts: MAX_ATTEMPTS })]);
    expect(event.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(event.attempts[0]).toMatchObject({ outcome: 'network_error', status_code: null });
    expect(event.attempts[0].error).toMatch(reason);
    const stored = await dev.deps.database.db
      .select({ error: deliveryAttempts.error })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.endpointId, s.endpoint.id));
    expect(stored.every((a) => a.error && reason.test(a.error))).toBe(true);
    expect(dev.logs.slice(logsBefore).join('')).not.toContain('webhook delivery crashed');
    expect(s.receiver.received).toHaveLength(0);
    await s.close();
  });

  it.each([
    ['the IPv4-mapped spelling of loopback', (r: string) => r.replace('127.0.0.1', '[::ffff:7f00:1]')],
    ['a trailing-dot localhost', (r: string) => r.replace('127.0.0.1', 'localhost.')],
  ])('refuses %s at delivery where private webhooks are not allowed', async (_name, url) => {
    const s = await endpointAt(dev, url);
    const production = { ...dev.deps, config: { ...dev.deps.config, allowPrivateWebhooks: false } };
    const dispatcher = createDispatcher(production, { random: () => 0.5 });
    expect(await dispatcher.runOnce()).toBe(1);
    expect(s.receiver.received).toHaveLength(0);
    const event = await latestEvent(s);
    expect(event.attempts).toEqual([expect.objectContaining({ outcome: 'network_error' })]);
    expect(event.attempts[0].error).toMatch(/refused/);
    await s.close();
  });
});
