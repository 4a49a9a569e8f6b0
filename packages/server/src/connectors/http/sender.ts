/**
 * How a connector talks to its provider: JSON over HTTP through the provider's `ProviderPolicy`
 * (policy.ts), on the provider's own TLS settings when it has any (an undici `Agent` carrying a
 * bank's mTLS client certificate); a file upload goes as multipart/form-data. Each attempt sends the request, reads the whole answer within
 * the attempt's timeout and turns 429/5xx, a dropped connection or an unreadable body into faults
 * (errors.ts); any other status comes back as a `ProviderAnswer` for the connector to read in its
 * dialect. A request is repeated only when that is safe: reads, and writes carrying an
 * idempotency key (or that the caller declares safe, `idempotent: true`).
 */
import { SpanKind } from '@opentelemetry/api';
import type { Dispatcher } from 'undici';
import { operationOf } from '../../observability/provider-calls.ts';
import { inSpan } from '../../observability/tracing.ts';
import { faultOfFetchError, faultOfStatus, timedOut, unreadableAnswer } from './errors.ts';
import type { ProviderPolicy } from './policy.ts';

export interface ProviderRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (file uploads); fetch writes the boundary. Not with `json`. */
  form?: FormData;
  /** Safe to send again; by default reads are, and writes with an `Idempotency-Key`. */
  idempotent?: boolean;
}

export interface ProviderAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when empty. */
  body: unknown;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const IDEMPOTENCY_HEADERS = ['idempotency-key', 'x-idempotency-key'];

/** Node's fetch takes undici's `dispatcher` (not in the DOM's RequestInit). */
type NodeRequestInit = RequestInit & { dispatcher?: Dispatcher };

export class JsonSender {
  constructor(
    readonly policy: ProviderPolicy,
    /** This provider's connection settings (mTLS); the default agent when absent. */
    private readonly dispatcher?: Dispatcher,
  ) {}

  get provider(): string {
    return this.policy.options.provider;
  }

  health() {
    return this.policy.health();
  }

  /**
   * One call. `read` turns the answer into the caller's value inside the attempt: throwing a
   * `ProviderFault` (e.g. `unreadableAnswer()`) lets the policy try again, any other error ends the
   * call as the provider's refusal.
   */
  json(request: ProviderRequest): Promise<ProviderAnswer>;
  json<T>(request: ProviderRequest, read: (answer: ProviderAnswer) => T): Promise<T>;
  json<T>(request: ProviderRequest, read?: (answer: ProviderAnswer) => T): Promise<T | ProviderAnswer> {
    const method = request.method ?? 'GET';
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const idempotent =
      request.idempotent ?? (SAFE_METHODS.has(method) || IDEMPOTENCY_HEADERS.some((h) => headers[h]));
    const init: RequestInit = {
      method,
      headers: {
        accept: 'application/json',
        ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: request.form ?? (request.json === undefined ? undefined : JSON.stringify(request.json)),
    };
    return this.policy.run(
      async (signal) => {
        const response = await this.fetchOnce(request.url, init, signal);
        const body = await readJson(response, signal);
        const answer = { status: response.status, headers: response.headers, body };
        return read ? read(answer) : answer;
      },
      { idempotent, operation: operationOf(method, request.url) },
    );
  }

  /**
   * One attempt of a request (what a library making its own requests, such as the OAuth client,
   * is given as its `fetch`): this provider's TLS, the attempt's `signal`, 429/5xx and transport
   * failures as faults. The caller reads the body within the same attempt.
   */
  fetchOnce(url: string | URL, init: RequestInit, signal: AbortSignal): Promise<Response> {
    const method = init.method ?? 'GET';
    // The query is left out: it may carry what a trace should not.
    const where = URL.canParse(String(url)) ? new URL(url) : undefined;
    const attributes = {
      'http.request.method': method,
      'url.full': where ? `${where.origin}${where.pathname}` : '',
    };
    return inSpan(`HTTP ${method}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      let response: Response;
      try {
        const options: NodeRequestInit = { ...init, signal };
        if (this.dispatcher) options.dispatcher = this.dispatcher;
        response = await fetch(url, options);
      } catch (error) {
        throw faultOfFetchError(error, signal);
      }
      span.setAttribute('http.response.status_code', response.status);
      const fault = faultOfStatus(response.status, response.headers);
      if (fault) {
        await response.arrayBuffer().catch(() => undefined);
        throw fault;
      }
      return response;
    });
  }
}

/**
 * The body as JSON (undefined when empty). A success whose body breaks off or is not JSON is a
 * fault (the provider may have acted, Finlet cannot tell how); a refusal's status says enough on
 * its own, so its unreadable body is only undefined.
 */
async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  const success = response.status >= 200 && response.status < 300;
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (signal.aborted) throw timedOut();
    if (success) throw unreadableAnswer('body');
    return undefined;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (success) throw unreadableAnswer('body');
    return undefined;
  }
}
