/**
 * A scripted Onfido (API v3.6) for the flows Prism cannot play because they need state: applicants,
 * uploads and checks are remembered, a test completes a check with the reports it chooses, and the
 * `check.completed` webhook is signed exactly as Onfido documents it (hex HMAC-SHA256 of the raw
 * body under the webhook token, in `X-SHA2-Signature`). Every request body it reads and every answer
 * it gives is validated with ajv against the official document (data/providers/onfido/
 * openapi-v3.6.json): a test expects `violations` to stay empty, so the fake cannot drift from
 * Onfido's contract unnoticed.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';
import { listenOn, type RunningServer } from '@finlet/sandbox/serve.ts';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type Context, Hono } from 'hono';

const DOCUMENT = JSON.parse(readFileSync(dataFile('providers', 'onfido', 'openapi-v3.6.json'), 'utf8'));

/** ajv over the document's schemas (OpenAPI 3.0: `nullable`, `example`, formats such as `binary`). */
function documentSchemas() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const format of ['binary', 'float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);
  ajv.addSchema({ ...DOCUMENT, $id: 'onfido' });
  const cache = new Map<string, ValidateFunction>();
  return (name: string) => {
    let validate = cache.get(name);
    if (!validate) {
      validate = ajv.getSchema(`onfido#/components/schemas/${name}`);
      if (!validate) throw new Error(`no schema ${name} in the Onfido document`);
      cache.set(name, validate);
    }
    return validate;
  };
}
const schema = documentSchemas();
/** The report schema for a report's name (the document's `report` discriminator, resolved by hand). */
const REPORT_SCHEMA: Record<string, string> = Object.fromEntries(
  Object.entries(DOCUMENT.components.schemas.report.discriminator.mapping as Record<string, string>).map(
    ([name, ref]) => [name, ref.split('/').pop()!],
  ),
);

export interface FakeReport {
  result: 'clear' | 'consider' | 'unidentified';
  sub_result?: 'clear' | 'rejected' | 'suspected' | 'caution';
  /** Breakdown name → its result, e.g. `{ visual_authenticity: 'consider' }`. */
  breakdown?: Record<string, 'clear' | 'consider'>;
}

interface Check {
  id: string;
  applicant_id: string;
  tags: string[];
  document_ids: string[];
  report_names: string[];
  status: 'in_progress' | 'complete';
  result?: 'clear' | 'consider';
  reports: Record<string, unknown>[];
  created_at: string;
}

export interface OnfidoFake {
  url: string;
  apiToken: string;
  webhookToken: string;
  applicants: Map<string, Record<string, unknown>>;
  documents: Map<string, Record<string, string>>;
  livePhotos: Map<string, Record<string, string>>;
  checks: Map<string, Check>;
  /** Every request served, `METHOD /path?query`. */
  requests: string[];
  /** What broke the document: a request body or an answer of the fake. */
  violations: string[];
  /** The next request to `path` (e.g. `POST /checks`) is answered with this status instead. */
  failNext(route: string, status: number): void;
  /** Completes a check with these reports and returns the signed `check.completed` webhook. */
  complete(
    checkId: string,
    reports: { document: FakeReport; facial_similarity_photo: FakeReport },
  ): { body: string; signature: string };
  /** Signs a body as Onfido does. */
  sign(body: string): string;
  close(): Promise<void>;
}

export async function startOnfidoFake(
  o: { apiToken?: string; webhookToken?: string } = {},
): Promise<OnfidoFake> {
  const apiToken = o.apiToken ?? 'api_live_fake_token_0001';
  const webhookToken = o.webhookToken ?? 'whk_fake_token_0001';
  const applicants = new Map<string, Record<string, unknown>>();
  const documents = new Map<string, Record<string, string>>();
  const livePhotos = new Map<string, Record<string, string>>();
  const checks = new Map<string, Check>();
  const requests: string[] = [];
  const violations: string[] = [];
  const failures = new Map<string, number>();
  let server: RunningServer | undefined;
  const href = (path: string) => `/v3.6${path}`;

  const check = (what: string, name: string, value: unknown) => {
    const validate = schema(name);
    if (!validate(value)) violations.push(`${what} (${name}): ${JSON.stringify(validate.errors)}`);
  };
  const answer = (c: Context, status: 200 | 201, name: string, body: Record<string, unknown>) => {
    check(`answer to ${c.req.method} ${c.req.path}`, name, body);
    return c.json(body, status);
  };
  const refuse = (c: Context, status: number, type: string, message: string) =>
    c.json({ error: { type, message } }, status as 422);
  const checkResource = (k: Check) => ({
    id: k.id,
    created_at: k.created_at,
    href: href(`/checks/${k.id}`),
    applicant_id: k.applicant_id,
    status: k.status,
    ...(k.result ? { result: k.result } : {}),
    tags: k.tags,
    report_ids: k.reports.map((r) => r.id as string),
    results_uri: `https://dashboard.onfido.com/checks/${k.id}`,
    sandbox: false,
    version: '3.6',
  });
  /** The multipart fields, the file checked present and named. */
  const formOf = async (c: Context) => {
    const body = await c.req.parseBody();
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string') fields[key] = value;
      else if (value instanceof File) fields[key] = `file:${value.name}:${value.type}:${value.size}`;
    }
    return fields;
  };

  const app = new Hono();
  app.use(async (c, next) => {
    const url = new URL(c.req.url);
    const route = `${c.req.method} ${url.pathname}`;
    requests.push(`${route}${url.search}`);
    if (c.req.header('authorization') !== `Token token=${apiToken}`)
      return refuse(c, 401, 'authorization_error', 'Please provide a valid token');
    const failing = failures.get(route);
    if (failing) {
      failures.delete(route);
      return refuse(c, failing, failing >= 500 ? 'internal_server_error' : 'validation_error', 'scripted');
    }
    await next();
  });

  app.post('/applicants', async (c) => {
    const body = await c.req.json();
    check('POST /applicants body', 'applicant_builder', body);
    const id = randomUUID();
    const applicant = { ...body, id, created_at: new Date().toISOString(), href: href(`/applicants/${id}`) };
    applicants.set(id, applicant);
    return answer(c, 201, 'applicant', { ...applicant, sandbox: false });
  });
  /** An upload (document or live photo): the multipart form checked, stored, answered as its resource. */
  const upload = (
    path: '/documents' | '/live_photos',
    store: Map<string, Record<string, string>>,
    names: { request: string; answer: string },
    more: (form: Record<string, string>) => Record<string, unknown> = () => ({}),
  ) =>
    app.post(path, async (c) => {
      const form = await formOf(c);
      check(`POST ${path} form`, names.request, form);
      if (!form.applicant_id || !applicants.has(form.applicant_id) || !form.file?.startsWith('file:'))
        return refuse(c, 422, 'validation_error', 'applicant_id and file are required');
      const id = randomUUID();
      store.set(id, form);
      const [, fileName, fileType, size] = form.file.split(':');
      return answer(c, 201, names.answer, {
        id,
        created_at: new Date().toISOString(),
        href: href(`${path}/${id}`),
        download_href: href(`${path}/${id}/download`),
        file_name: fileName,
        file_type: fileType,
        file_size: Number(size),
        ...more(form),
      });
    });
  upload('/documents', documents, { request: 'document_uploader', answer: 'document' }, (form) => ({
    type: form.type,
    ...(form.side ? { side: form.side } : {}),
    ...(form.issuing_country ? { issuing_country: form.issuing_country } : {}),
    applicant_id: form.applicant_id,
  }));
  upload('/live_photos', livePhotos, { request: 'live_photo_uploader', answer: 'live_photo' });
  app.post('/checks', async (c) => {
    const body = await c.req.json();
    check('POST /checks body', 'check_builder', body);
    if (!applicants.has(body.applicant_id)) return refuse(c, 422, 'validation_error', 'unknown applicant');
    const k: Check = {
      id: randomUUID(),
      applicant_id: body.applicant_id,
      tags: body.tags ?? [],
      document_ids: body.document_ids ?? [],
      report_names: body.report_names,
      status: 'in_progress',
      reports: [],
      created_at: new Date().toISOString(),
    };
    checks.set(k.id, k);
    return answer(c, 201, 'check', checkResource(k));
  });
  app.get('/checks/:id', (c) => {
    const k = checks.get(c.req.param('id'));
    if (!k) return refuse(c, 404, 'resource_not_found', 'check not found');
    return answer(c, 200, 'check', checkResource(k));
  });
  app.get('/reports', (c) => {
    const k = checks.get(c.req.query('check_id') ?? '');
    if (!k) return refuse(c, 404, 'resource_not_found', 'check not found');
    // `Reports_list` items are a oneOf every report shape matches (no `name` const in its branches):
    // each report is checked against the schema its name maps to, as Onfido's discriminator says.
    for (const r of k.reports)
      check(`answer to GET /reports: ${r.name}`, REPORT_SCHEMA[r.name as string]!, r);
    return c.json({ reports: k.reports }, 200);
  });

  const sign = (body: string) => createHmac('sha256', webhookToken).update(body).digest('hex');
  server = await listenOn(0, '127.0.0.1', (r) => app.fetch(r));

  return {
    url: server.url,
    apiToken,
    webhookToken,
    applicants,
    documents,
    livePhotos,
    checks,
    requests,
    violations,
    failNext: (route, status) => failures.set(route, status),
    sign,
    complete(checkId, reports) {
      const k = checks.get(checkId);
      if (!k) throw new Error(`no check ${checkId}`);
      const at = new Date().toISOString();
      k.reports = Object.entries(reports).map(([name, r]) => ({
        id: randomUUID(),
        created_at: at,
        href: href(`/reports/${randomUUID()}`),
        check_id: k.id,
        name,
        status: 'complete',
        result: r.result,
        ...(r.sub_result ? { sub_result: r.sub_result } : {}),
        breakdown: Object.fromEntries(
          Object.entries(r.breakdown ?? {}).map(([b, result]) => [b, { result }]),
        ),
        ...(name === 'document' ? { documents: k.document_ids.map((id) => ({ id })) } : {}),
      }));
      k.status = 'complete';
      k.result = k.reports.every((r) => r.result === 'clear') ? 'clear' : 'consider';
      const event = {
        payload: {
          resource_type: 'check',
          action: 'check.completed',
          // The document's schema lists these two as required as well.
          event: 'check.completed',
          resource_id: k.id,
          object: { id: k.id, status: 'complete', completed_at_iso8601: at, href: href(`/checks/${k.id}`) },
        },
      };
      check('check.completed webhook', 'webhook_event', event);
      const body = JSON.stringify(event);
      return { body, signature: sign(body) };
    },
    close: async () => {
      await server?.close();
    },
  };
}
