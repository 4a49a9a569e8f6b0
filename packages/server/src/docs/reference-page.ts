/**
 * `/docs`: the API reference rendered in the browser by Scalar from the OpenAPI document, with the
 * guides of `docs/guides/` ("Quick start", "Webhooks", "Errors") as its introduction. Scalar's
 * standalone bundle is served from here (Finlet runs where no CDN may be reached; `pnpm build`
 * copies it into dist/, so production installs no Scalar package), and the page runs under a strict
 * CSP: no inline script — the bundle and a same-origin start script configure it — and nothing
 * fetched from anywhere but this origin.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

const GUIDES_DIR = path.join(import.meta.dirname, '../../../../docs/guides');
const GUIDES = ['quick-start.md', 'webhooks.md', 'errors.md'];
/** Copied there by `pnpm build` (scripts/vendor-scalar.mjs): production installs no Scalar package. */
const BUILT_SCALAR = path.join(import.meta.dirname, '../../dist/docs/scalar.js');

/** Scalar's standalone bundle: the built copy, else (development, before a build) the package's own. */
async function scalarBundle(): Promise<Buffer> {
  try {
    return await readFile(BUILT_SCALAR);
  } catch {
    const scalar = path.dirname(fileURLToPath(import.meta.resolve('@scalar/api-reference')));
    return readFile(path.join(scalar, 'browser/standalone.js'));
  }
}

/**
 * - script-src 'self': the bundle and the start script, both files of this origin; no inline
 *   script, no eval (Scalar needs neither).
 * - style-src 'self' 'unsafe-inline': Scalar (Vue) injects its stylesheet as a <style> element and
 *   sets `style` attributes on its elements at run time; neither can carry a nonce or a hash.
 * - img-src data: for the icons Scalar inlines; connect-src 'self' for the document only (its
 *   "try it" client, fonts, telemetry and AI features are switched off in the start script, and this
 *   line refuses them anyway).
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Finlet API reference</title></head>
<body><noscript>The reference needs JavaScript. The OpenAPI document is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</noscript>
<div id="reference"></div>
<script src="/docs/scalar.js"></script>
<script src="/docs/start.js"></script>
</body></html>`;

const START = `// Renders the reference into #reference (configuration here, not inline: the page's CSP).
Scalar.createApiReference('#reference', {
  url: '/docs/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  hideTestRequestButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
  documentDownloadType: 'json',
});
`;

/** The error codes table, from the codes the server has (so the guide cannot fall behind them). */
function errorTable(): string {
  const rows = Object.entries(ERROR_CODES).map(
    ([code, { status, type, description }]) => `| \`${code}\` | ${status} | \`${type}\` | ${description} |`,
  );
  return ['| code | status | type | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** The guides as one markdown text: Scalar shows each `#` heading as an introduction page. */
async function guides(): Promise<string> {
  const texts = await Promise.all(GUIDES.map((f) => readFile(path.join(GUIDES_DIR, f), 'utf8')));
  return `${texts.join('\n\n')}\n\n## Error codes\n\n${errorTable()}\n`;
}

/** The page, its two scripts and the document it renders (the API's, with the guides as `info.description`). */
export function referencePage(document: () => { info: Record<string, unknown> }) {
  const app = new Hono<AppEnv>();
  let withGuides: Promise<unknown> | undefined;
  let bundle: Promise<Buffer> | undefined;

  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(PAGE);
  });
  app.get('/docs/start.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(START);
  });
  app.get('/docs/scalar.js', async (c) => {
    bundle ??= scalarBundle();
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(await bundle));
  });
  app.get('/docs/openapi.json', async (c) => {
    withGuides ??= guides().then((text) => {
      const doc = document();
      return { ...doc, info: { ...doc.info, description: `${doc.info.description ?? ''}\n\n${text}` } };
    });
    return c.json(await withGuides);
  });
  return app;
}
