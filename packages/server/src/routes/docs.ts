/**
 * The API reference: `/v1/openapi.json` (OpenAPI 3.1 from the zod schemas) and `/docs`, a
 * self-contained HTML rendering of it (no CDN: Finlet runs where the internet may not).
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv } from '../context.ts';
import type { buildOpenApi } from '../openapi/document.ts';

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h2{border-bottom:1px solid #ddd;padding-bottom:.3rem}code,pre{font:13px ui-monospace,monospace}
pre{background:#f5f5f5;padding:.75rem;overflow:auto}.m{display:inline-block;min-width:4rem;font-weight:700}
.post{color:#0a6b2e}.get{color:#0b4fa3}.delete{color:#a31b0b}details{margin:.25rem 0 1rem 4rem}`;

type Operation = { tags: string[]; summary: string };

/** `document` builds the OpenAPI document from the app's routes (openapi/document.ts). */
export function docsRoutes(document: () => ReturnType<typeof buildOpenApi>) {
  const app = new Hono<AppEnv>();
  app.get('/v1/openapi.json', (c) => c.json(document()));
  app.get('/docs', (c) => {
    const doc = document();
    const docs = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]) => ({
        path,
        method,
        tag: op.tags[0] ?? '',
        summary: op.summary,
      })),
    );
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'");
    const tags = [...new Set(docs.map((d) => d.tag))];
    return c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Finlet API reference</title>
<style>${raw(CSS)}</style></head><body><h1>Finlet API reference</h1>
<p>OpenAPI 3.1 document: <a href="/v1/openapi.json">/v1/openapi.json</a>. Partner endpoints take
<code>Authorization: Bearer sk_…</code>; widget endpoints take the session's client token.</p>
${tags.map(
  (tag) =>
    html`<h2>${tag}</h2>${docs
      .filter((d) => d.tag === tag)
      .map(
        (
          d,
        ) => html`<div><span class="m ${d.method}">${d.method.toUpperCase()}</span> <code>${d.path}</code> — ${d.summary}</div>
<details><summary>Schemas</summary><pre>${JSON.stringify(
          (doc.paths[d.path] as Record<string, unknown>)[d.method],
          null,
          2,
        )}</pre></details>`,
      )}`,
)}</body></html>`);
  });
  return app;
}
