/**
 * The drift test: every route Hono has mounted under /v1 and /widget/v1 has an operation in the
 * document the server serves (`/v1/openapi.json`), and every operation there is a mounted route —
 * so no endpoint goes undocumented and the document promises none that does not exist. Each
 * operation also carries what a client generator needs: a unique `operationId`, tags, a summary
 * and the error envelope.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../support/harness.ts';

const t = await createTestContext();
afterAll(() => t.close());
const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();

/** `/v1/sessions/:id` → `/v1/sessions/{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const mounted = new Set(
  t.app.routes
    .filter((r) => /^\/(v1|widget\/v1)\//.test(r.path) && r.method !== 'ALL' && !r.path.endsWith('*'))
    .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`),
);
const documented = new Set(
  Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method} ${path}`),
  ),
);
// Served beside the API, not part of it.
mounted.delete('get /v1/openapi.json');

describe('the document and the mounted routes', () => {
  it('documents every mounted route', () => {
    expect([...mounted].filter((r) => !documented.has(r))).toEqual([]);
  });

  it('documents no route that is not mounted', () => {
    expect([...documented].filter((r) => !mounted.has(r))).toEqual([]);
  });

  it('gives every operation, partner and widget, a unique operationId, tags, a summary and the error envelope', () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        ids.push(op.operationId);
        expect(op.tags?.length, where).toBeGreaterThan(0);
        expect(op.summary, where).toBeTruthy();
        // A public operation (a bank's logo) has no credential to refuse.
        const authenticated = op.security?.length !== 0;
        for (const status of ['400', ...(authenticated ? ['401'] : []), '429', '500'])
          expect(op.responses[status]?.content?.['application/json'], `${where} ${status}`).toBeTruthy();
        expect(op.responses['429'].headers['Retry-After'], where).toBeTruthy();
        // A path with a segment to fill can always be answered 404 (an unknown id, an empty segment).
        if (path.includes('{')) expect(op.responses['404'], `${where} 404`).toBeTruthy();
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
