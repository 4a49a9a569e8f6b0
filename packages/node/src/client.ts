/**
 * The partner's client: `new Finlet(apiKey, { baseUrl })`. Resource methods for what a shop does
 * every day (sessions, payments, refunds, events, webhook endpoints) plus `finlet.api`, a typed
 * client over every documented operation (openapi-fetch on the generated types). All of them go
 * through the one request sender, so auth, idempotency keys, retries and errors behave the same.
 */
import createClient, { type Client } from 'openapi-fetch';
import { FinletError } from './errors.ts';
import type { paths } from './generated/openapi.ts';
import { AutoPaginating, type ListPage } from './pagination.ts';
import { createSender } from './request-sender.ts';

export interface FinletOptions {
  /** Your Finlet's public URL, e.g. `https://finlet.example.com`. */
  baseUrl: string;
  /** Retries after the first attempt on 429, 5xx and network failures (default 2; 0 turns them off). */
  maxRetries?: number;
  /** Per attempt, in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** A fetch to use instead of the global one (a proxy agent, a test double). */
  fetch?: typeof fetch;
  /** @internal Waits between retries; tests record instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

/** Per-call options of a POST. */
export interface PostOptions {
  /** Your own key (8–255 characters) to make a retry across processes safe; a new UUID otherwise. */
  idempotencyKey?: string;
}

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer A } ? Json<A> : never;
type Get<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;
type Post<P extends keyof paths> = paths[P] extends { post: infer O } ? O : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<O> = O extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
type Item<O> = O extends { responses: infer R } ? (Ok<R> extends { data: (infer I)[] } ? I : never) : never;

export type Session = Ok<Get<'/v1/sessions/{id}'>['responses']>;
export type CreatedSession = Ok<Post<'/v1/sessions'>['responses']>;
export type SessionCreateParams = Body<Post<'/v1/sessions'>>;
export type Payment = Ok<Get<'/v1/payments/{id}'>['responses']>;

const VERSION = '0.1.0';

/** The body of a successful answer (errors never get here: the sender throws them). */
function body<T>(r: { data?: T; response: Response }): T {
  if (r.data === undefined)
    throw new FinletError({
      code: 'invalid_response',
      message: `Finlet answered ${r.response.status} without a body`,
      status: r.response.status,
      requestId: r.response.headers.get('request-id') ?? undefined,
    });
  return r.data;
}

const idem = (o?: PostOptions) => (o?.idempotencyKey ? { 'idempotency-key': o.idempotencyKey } : {});

export class Finlet {
  /** Every documented operation, typed: `finlet.api.GET('/v1/links/{id}', { params: { path: { id } } })`. */
  readonly api: Client<paths>;

  constructor(apiKey: string, options: FinletOptions) {
    if (!/^sk_(test|live)_\w+$/.test(apiKey))
      throw new TypeError('A Finlet secret key starts with sk_test_ or sk_live_');
    const send = createSender({
      apiKey,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 30_000,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      userAgent: `finlet-node/${VERSION} node/${process.versions.node}`,
    });
    this.api = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), fetch: send });
  }

  /** One list route, paginated by `starting_after`. */
  #list<P extends keyof paths, O extends Get<P>>(path: P, query: Query<O> | undefined) {
    const { starting_after, ...rest } = (query ?? {}) as Record<string, unknown>;
    const get = this.api.GET as (p: string, init: unknown) => Promise<{ data?: unknown; response: Response }>;
    return new AutoPaginating<Item<O>>(
      async (after) =>
        body(
          await get(path, { params: { query: { ...rest, ...(after ? { starting_after: after } : {}) } } }),
        ) as ListPage<Item<O>>,
      starting_after as string | undefined,
    );
  }

  readonly sessions = {
    create: async (params: SessionCreateParams, o?: PostOptions) =>
      body(await this.api.POST('/v1/sessions', { body: params, headers: idem(o) })),
    retrieve: async (id: string) =>
      body(await this.api.GET('/v1/sessions/{id}', { params: { path: { id } } })),
    list: (query?: Query<Get<'/v1/sessions'>>) => this.#list('/v1/sessions', query),
    cancel: async (id: string, o?: PostOptions) =>
      body(await this.api.POST('/v1/sessions/{id}/cancel', { params: { path: { id } }, headers: idem(o) })),
    /** A fresh client token for a session the widget still shows. */
    clientToken: async (id: string, o?: PostOptions) =>
      body(
        await this.api.POST('/v1/sessions/{id}/client_token', {
          params: { path: { id } },
          headers: idem(o),
        }),
      ),
  };

  readonly payments = {
    retrieve: async (id: string) =>
      body(await this.api.GET('/v1/payments/{id}', { params: { path: { id } } })),
    list: (query?: Query<Get<'/v1/payments'>>) => this.#list('/v1/payments', query),
    refund: async (id: string, params: Body<Post<'/v1/payments/{id}/refunds'>>, o?: PostOptions) =>
      body(
        await this.api.POST('/v1/payments/{id}/refunds', {
          params: { path: { id } },
          body: params,
          headers: idem(o),
        }),
      ),
  };

  readonly events = {
    retrieve: async (id: string) => body(await this.api.GET('/v1/events/{id}', { params: { path: { id } } })),
    list: (query?: Query<Get<'/v1/events'>>) => this.#list('/v1/events', query),
  };

  readonly webhookEndpoints = {
    create: async (params: Body<Post<'/v1/webhook_endpoints'>>, o?: PostOptions) =>
      body(await this.api.POST('/v1/webhook_endpoints', { body: params, headers: idem(o) })),
    list: (query?: Query<Get<'/v1/webhook_endpoints'>>) => this.#list('/v1/webhook_endpoints', query),
  };
}
