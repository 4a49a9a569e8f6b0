import { ERROR_CODES } from '@finlet/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const get = (path: string) => t.api('GET', path, { key: null });
const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...v]) => [name, v]),
  );

describe('/docs, the API reference', () => {
  it('serves a page whose CSP allows only same-origin script files, never inline script or eval', async () => {
    const res = await get('/docs');
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    const html = await res.text();
    // Every script is a file of this origin: nothing between <script> tags.
    expect(html.match(/<script\b[^>]*>[^<]+<\/script>/g)).toBeNull();
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/docs/scalar.js',
      '/docs/start.js',
    ]);
  });

  it('serves Scalar from this server, not from a CDN', async () => {
    const res = await get('/docs/scalar.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toContain('createApiReference');
    const start = await (await get('/docs/start.js')).text();
    expect(start).toContain("url: '/docs/openapi.json'");
  });

  it('renders the API document with the Quick start, Webhooks and Errors guides, and every error code', async () => {
    const api = await (await get('/v1/openapi.json')).json();
    const reference = await (await get('/docs/openapi.json')).json();
    expect(reference.paths).toEqual(api.paths);
    const intro: string = reference.info.description;
    expect(intro.match(/^# .+$/gm)).toEqual(['# Quick start', '# Webhooks', '# Errors']);
    for (const code of Object.keys(ERROR_CODES)) expect(intro).toContain(`| \`${code}\` |`);
  });
});
