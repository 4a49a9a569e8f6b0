/**
 * Conventions over real HTTP, through @hono/node-server as Finlet runs (the in-process `app.request`
 * tests never send a Content-Length and build standard Responses): the size limit refuses an
 * oversize body with 413 in the envelope whether it announces its length or streams in chunks, and
 * the headers middleware adds to finished responses (request-id; no-store on the widget API) are on
 * the wire for answers and errors alike.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

const LIMIT = 4096;
let t: TestContext;
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  t = await createTestContext({ FINLET_BODY_LIMIT: String(LIMIT) });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

/** POSTs `chunks` to /v1/sessions, with a Content-Length or chunked, and returns status + JSON body. */
function post(chunks: string[], opts: { chunked: boolean }): Promise<{ status: number; body: any }> {
  const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/sessions',
        method: 'POST',
        headers: {
          authorization: `Bearer ${t.partner.secretKey}`,
          'content-type': 'application/json',
          ...(opts.chunked ? {} : { 'content-length': String(length) }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    // The server may answer 413 and close before the whole body is written.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? null : reject(e),
    );
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const oversize = JSON.stringify(sessionBody({ metadata: { pad: 'x'.repeat(LIMIT) } }));
const split = (s: string) => [s.slice(0, 1000), s.slice(1000, 3000), s.slice(3000)];

describe('request size limit over HTTP', () => {
  it('refuses a body whose Content-Length is over the limit', async () => {
    const r = await post([oversize], { chunked: false });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('body_too_large');
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const r = await post(split(oversize), { chunked: true });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('body_too_large');
  });

  it('serves bodies within the limit, announced or chunked', async () => {
    const ok = JSON.stringify(sessionBody());
    for (const chunked of [false, true]) {
      const r = await post(chunked ? split(ok) : [ok], { chunked });
      expect(r.status).toBe(201);
      expect(r.body.id).toMatch(/^ses_/);
    }
  });
});

describe('headers added to finished responses, on the wire', () => {
  it('every answer and error carries its request-id; the widget API is never cached', async () => {
    const created = await fetch(`http://127.0.0.1:${port}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.partner.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(sessionBody()),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('request-id')).toMatch(/^req_/);
    const { client_token } = (await created.json()) as { client_token: string };

    const unauthorised = await fetch(`http://127.0.0.1:${port}/v1/sessions`, { headers: {} });
    expect(unauthorised.status).toBe(401);
    const error = (await unauthorised.json()) as { error: { request_id: string } };
    expect(unauthorised.headers.get('request-id')).toBe(error.error.request_id);

    for (const token of [client_token, 'not-a-token']) {
      const r = await fetch(`http://127.0.0.1:${port}/widget/v1/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('request-id')).toMatch(/^req_/);
    }
  });

  it('takes a POST without a body or a content type, as fetch sends one, on routes whose body is optional', async () => {
    const headers = { authorization: `Bearer ${t.partner.secretKey}` };
    const created = await fetch(`http://127.0.0.1:${port}/v1/sessions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(sessionBody()),
    });
    const { id } = (await created.json()) as { id: string };
    const canceled = await fetch(`http://127.0.0.1:${port}/v1/sessions/${id}/cancel`, {
      method: 'POST',
      headers,
    });
    expect(canceled.status).toBe(200);
    expect(((await canceled.json()) as { status: string }).status).toBe('canceled');
    // A body still needs its JSON content type.
    const typeless = await fetch(`http://127.0.0.1:${port}/v1/sessions/${id}/cancel`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(typeless.status).toBe(415);
    expect(((await typeless.json()) as { error: { code: string } }).error.code).toBe(
      'unsupported_media_type',
    );
  });
});
