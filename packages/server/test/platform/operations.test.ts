import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('/healthz answers while the process is up', async () => {
    const r = await t.api('GET', '/healthz', { key: null });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready once migrations are applied, not ready when they are missing', async () => {
    const r = await t.api('GET', '/readyz', { key: null });
    expect(r.status).toBe(200);
    expect((await r.json()).status).toBe('ready');
    await t.deps.database.db.execute(sql`alter table drizzle.__drizzle_migrations rename to hidden`);
    const r2 = await t.api('GET', '/readyz', { key: null });
    expect(r2.status).toBe(503);
    await t.deps.database.db.execute(sql`alter table drizzle.hidden rename to __drizzle_migrations`);
    expect((await t.api('GET', '/readyz', { key: null })).status).toBe(200);
  });

  it('/metrics exposes request counts and latencies by route pattern and status, and the webhook queue', async () => {
    await t.api('POST', '/v1/sessions', { body: sessionBody() });
    await t.api('GET', '/v1/sessions/ses_unknown000000000000000');
    const text = await (await t.api('GET', '/metrics', { key: null })).text();
    expect(text).toMatch(
      /finlet_http_requests_total\{method="POST",route="\/v1\/sessions",status="201"\} \d+/,
    );
    expect(text).toMatch(
      /finlet_http_requests_total\{method="GET",route="\/v1\/sessions\/:id",status="404"\} 1/,
    );
    expect(text).toMatch(
      /finlet_http_request_duration_seconds_bucket\{le="0.05",method="POST",route="\/v1\/sessions",status="201"\}/,
    );
    expect(text).toMatch(/finlet_webhook_queue_depth \d+/);
    expect(text).not.toContain('ses_unknown');
  });

  it("/metrics shows each sanctions list's age and whether screening can use it, once loaded", async () => {
    const scrape = async () => (await t.api('GET', '/metrics', { key: null })).text();
    // Lists load at the first screening: nothing to show before.
    expect(await scrape()).not.toMatch(/finlet_sanctions_list_usable\{/);
    expect((await t.api('POST', '/v1/screenings', { body: { name: 'Jane Ordinary' } })).status).toBe(200);
    expect(await scrape()).toMatch(/finlet_sanctions_list_usable\{source="sandbox"\} 1/);
    t.clock.advance(90 * 60_000);
    expect(await scrape()).toMatch(/finlet_sanctions_list_age_seconds\{source="sandbox"\} 5400\b/);
  });

  it('publishes an OpenAPI 3.1 document built from the routes', async () => {
    const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    const create = doc.paths['/v1/sessions'].post;
    expect(create.operationId).toBe('createSession');
    expect(create.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CreateSessionRequest',
    );
    const request = doc.components.schemas.CreateSessionRequest;
    expect(request.properties.flows.items.enum).toEqual(['identity', 'link', 'payment']);
    // The server's own rules, in the schema: flows do not repeat, origins are origins.
    expect(request.properties.flows.uniqueItems).toBe(true);
    expect(request.properties.allowed_origins.items.pattern).toBeDefined();
    expect(doc.components.schemas.CreatedSession.properties.client_token).toBeDefined();
    for (const status of ['400', '401', '409', '429', '500'])
      expect(create.responses[status].content['application/json'].schema.$ref).toBe(
        '#/components/schemas/Error',
      );
    expect(create.responses['429'].headers['Retry-After']).toBeDefined();
    expect(create.responses['201'].headers['idempotent-replayed']).toBeDefined();
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    expect(doc.paths['/v1/sessions/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
    expect(Object.keys(doc.paths['/v1/payments/export'].get.responses['200'].content)).toEqual([
      'text/csv',
      'application/xml',
    ]);
  });

  it('keeps secrets out of the request logs', async () => {
    const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    await t.api('GET', '/widget/v1/session', {
      key: null,
      headers: { authorization: `Bearer ${s.client_token}` },
    });
    const logs = t.logs.join('\n');
    expect(logs).toContain('"route":"/v1/sessions"');
    expect(logs).not.toContain(t.partner.secretKey);
    expect(logs).not.toContain(s.client_token);
  });
});

describe('storage', () => {
  it('stores no plaintext secret: a dump of every table shows no webhook secret, API key or private key', async () => {
    const created = await t.newPartner('Dumped', ['https://d.example']);
    const { createPartner } = await import('../../src/partners/create.ts');
    const withHook = await createPartner(t.deps, {
      name: 'Hooked',
      allowedOrigins: ['https://h.example'],
      webhookUrl: 'https://h.example/hooks',
    });
    const tables = ['partners', 'api_keys', 'signing_keys', 'webhook_endpoints', 'sessions', 'settings'];
    let dump = '';
    for (const table of tables) {
      const rows = await t.deps.database.db.execute(sql.raw(`select * from ${table}`));
      dump += JSON.stringify((rows as unknown as { rows: unknown[] }).rows);
    }
    expect(dump).not.toContain(created.secretKey);
    expect(dump).not.toContain(withHook.secret_key);
    expect(dump).not.toContain(withHook.webhook_endpoint!.secret.slice(6));
    expect(dump).not.toMatch(/"d":"[A-Za-z0-9_-]{40,}"/); // a private JWK's d
  });
});
