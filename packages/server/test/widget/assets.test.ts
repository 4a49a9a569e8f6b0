import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'finlet-dist-'));
mkdirSync(path.join(dist, 'flow/assets'), { recursive: true });
writeFileSync(path.join(dist, 'widget.js'), `(()=>{${'/* loader */'.repeat(200)}})();`);
writeFileSync(
  path.join(dist, 'flow/index.html'),
  '<!doctype html><script type="module" src="/flow/assets/app-abc123.js"></script><body><finlet-app></finlet-app></body>',
);
writeFileSync(path.join(dist, 'flow/assets/app-abc123.js'), `export const x = 1;${' '.repeat(2000)}`);
writeFileSync(path.join(dist, 'flow/assets/app-abc123.css'), 'body{margin:0}');

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ FINLET_WIDGET_DIST: dist });
});
afterAll(() => t.close());

const get = (p: string, headers: Record<string, string> = {}) => t.api('GET', p, { key: null, headers });

describe('serving the widget', () => {
  it('serves widget.js as JavaScript with a short cache, embeddable cross-origin', async () => {
    const r = await get('/widget.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('public, max-age=300');
    expect(r.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('compresses when the client accepts gzip', async () => {
    const r = await get('/widget.js', { 'accept-encoding': 'gzip' });
    expect(r.headers.get('content-encoding')).toBe('gzip');
  });

  it("frames the flow only inside the session's allowed origins, under a strict CSP", async () => {
    const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    const r = await get(`/flow/?session=${s.id}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain('frame-ancestors https://shop.example');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers.get('x-frame-options')).toBeNull();
  });

  it("lets the flow post only to Finlet and the card processor's tokenizer, and frame its 3-D Secure pages", async () => {
    const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    const csp = (await get(`/flow/?session=${s.id}`)).headers.get('content-security-policy')!;
    const processor = new URL(t.deps.config.FINLET_PROCESSOR_URL).origin;
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('connect-src')).toBe(`connect-src 'self' ${processor}`);
    expect(directive('frame-src')).toBe(`frame-src 'self' ${processor}`);
  });

  it('refuses framing everywhere for an unknown or malformed session', async () => {
    for (const q of ['?session=ses_unknown00000000000000000', '?session=<script>', '']) {
      const csp = (await get(`/flow/${q}`)).headers.get('content-security-policy')!;
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it("serves the prepared frame's page to any page: the flow page itself, under the flow's policy with the deployment's processor", async () => {
    const r = await get('/flow/warm');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('public, max-age=300');
    const page = await r.text();
    // The very page a session's frame loads: its app waits there for the loader's hand-off.
    expect(page).toContain('<script type="module" src="/flow/assets/app-abc123.js"></script>');
    expect(page).toContain('<finlet-app></finlet-app>');
    const directives = r.headers.get('content-security-policy')!.split('; ');
    expect(directives).toContain('frame-ancestors *');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    // Test mode pays through the sandbox processor: its tokenizer and 3-D Secure pages only.
    const processor = new URL(t.deps.config.FINLET_PROCESSOR_URL).origin;
    expect(directives).toContain(`connect-src 'self' ${processor}`);
    expect(directives).toContain(`frame-src 'self' ${processor}`);
    expect(directives.join('; ')).not.toContain('unsafe-');
  });

  it('serves hashed assets with a year-long immutable cache and the right types', async () => {
    const js = await get('/flow/assets/app-abc123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const css = await get('/flow/assets/app-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('does not serve files outside the assets folder', async () => {
    for (const p of [
      '/flow/assets/..%2F..%2Fwidget.js',
      '/flow/assets/.hidden',
      '/flow/assets/..%5c..%5cindex.html',
    ]) {
      const r = await get(p);
      expect(r.status).toBe(404);
      expect((await r.json()).error.code).toBe('route_not_found');
    }
  });
});
