/**
 * Fault injection shared by every sandbox provider (docs/architecture.md §8): latency, 5xx, 429 with
 * Retry-After, hangs, malformed bodies and "hang after the handler ran" (the side effect is
 * recorded, the answer never arrives). Faults come from three places, checked in this order:
 *
 * 1. the `X-Sandbox-Fault` request header, e.g. `latency=200,status=503` — for direct tests;
 * 2. a queue filled through the admin endpoint `POST /__sandbox/faults` (or `control.next`) —
 *    for tests of the Finlet server, which never forwards the header;
 * 3. configured rates with an injectable random source, so runs are deterministic.
 *
 * `faults()` returns a Hono middleware that also answers the admin endpoint itself, so a provider
 * gets both with one `app.use('*', faults(options))`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import {
  defaultFaultErrorBody,
  type FaultRates,
  type FaultSpec,
  FaultSpecError,
  parseFaultSpec,
} from './fault-spec.ts';

export * from './fault-spec.ts';

export interface FaultOptions {
  rates?: FaultRates;
  /** Uniform in [0, 1); inject a seeded one in tests. */
  random?: () => number;
  /** Retry-After for rate-limit faults that do not name their own. */
  retryAfterSeconds?: number;
  /** Builds the provider-style error body for `status=` and 429 faults. */
  errorBody?: (status: number) => unknown;
}

/** A queued fault: applies to the next `remaining` requests matching method and path prefix. */
export interface QueuedFault {
  spec: FaultSpec;
  remaining: number;
  method?: string;
  path?: string;
}

export interface FaultControl {
  /** Apply `spec` to the next `count` requests (optionally only those matching method/path). */
  next(count: number, spec: FaultSpec | string, match?: { method?: string; path?: string }): void;
  clear(): void;
  pending(): QueuedFault[];
  /** Ends every request currently held by a hang (used on shutdown). */
  releaseHangs(): void;
}

export type FaultMiddleware = MiddlewareHandler & { control: FaultControl };

export const FAULT_HEADER = 'x-sandbox-fault';
export const FAULT_ADMIN_PATH = '/__sandbox/faults';

/** What rates decide for one request: one random draw, spread over the fault kinds. */
function specFromRates(rates: FaultRates, random: () => number): FaultSpec {
  const spec: FaultSpec = {};
  if (rates.latencyMs) spec.latencyMs = rates.latencyMs;
  const draw = random();
  let edge = 0;
  const kinds: [number | undefined, (s: FaultSpec) => void][] = [
    [rates.error5xx, (s) => (s.status = 503)],
    [rates.rateLimit, (s) => (s.rateLimitSeconds = -1)],
    [rates.hang, (s) => (s.hang = true)],
    [rates.malformed, (s) => (s.malformed = true)],
  ];
  for (const [rate, apply] of kinds) {
    edge += rate ?? 0;
    if (draw < edge) {
      apply(spec);
      break;
    }
  }
  return spec;
}

export function faults(options: FaultOptions = {}): FaultMiddleware {
  const random = options.random ?? Math.random;
  const errorBody = options.errorBody ?? defaultFaultErrorBody;
  const retryAfterDefault = options.retryAfterSeconds ?? 1;
  const queue: QueuedFault[] = [];
  const held = new Set<() => void>();

  /** Resolves when the client disconnects or the provider shuts down; never on a timer. */
  const holdUntilReleased = (signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      const release = () => {
        held.delete(release);
        signal.removeEventListener('abort', release);
        resolve();
      };
      if (signal.aborted) return resolve();
      held.add(release);
      signal.addEventListener('abort', release);
    });

  const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        held.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      held.add(done);
      signal.addEventListener('abort', done);
    });

  const control: FaultControl = {
    next(count, spec, match = {}) {
      const parsed = typeof spec === 'string' ? parseFaultSpec(spec) : spec;
      queue.push({ spec: parsed, remaining: count, method: match.method?.toUpperCase(), path: match.path });
    },
    clear() {
      queue.length = 0;
    },
    pending: () => queue.map((q) => ({ ...q, spec: { ...q.spec } })),
    releaseHangs() {
      for (const release of [...held]) release();
    },
  };

  const takeQueued = (method: string, path: string): FaultSpec | undefined => {
    const index = queue.findIndex(
      (q) => (!q.method || q.method === method) && (!q.path || path.startsWith(q.path)),
    );
    const entry = queue[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) queue.splice(index, 1);
    return entry.spec;
  };

  const admin = async (c: Context): Promise<Response> => {
    if (c.req.method === 'GET') return c.json({ pending: control.pending() });
    if (c.req.method === 'DELETE') {
      control.clear();
      return c.json({ pending: [] });
    }
    if (c.req.method !== 'POST') return c.json(defaultFaultErrorBody(405), 405);
    try {
      const body = (await c.req.json()) as {
        spec?: unknown;
        count?: unknown;
        method?: unknown;
        path?: unknown;
      };
      const count = body.count === undefined ? 1 : body.count;
      if (typeof body.spec !== 'string' || !Number.isInteger(count) || (count as number) < 1) {
        throw new FaultSpecError(
          'body must be { spec: "<header syntax>", count?: integer >= 1, method?, path? }',
        );
      }
      const match = {
        method: typeof body.method === 'string' ? body.method : undefined,
        path: typeof body.path === 'string' ? body.path : undefined,
      };
      control.next(count as number, body.spec, match);
      return c.json({ pending: control.pending() }, 201);
    } catch (err) {
      const message = err instanceof FaultSpecError ? err.message : 'body must be JSON';
      return c.json({ error: { type: 'invalid_request_error', code: 'invalid_fault_spec', message } }, 400);
    }
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.path === FAULT_ADMIN_PATH) return admin(c);
    let spec: FaultSpec;
    const header = c.req.header(FAULT_HEADER);
    try {
      spec = header
        ? parseFaultSpec(header)
        : (takeQueued(c.req.method, c.req.path) ?? specFromRates(options.rates ?? {}, random));
    } catch (err) {
      const message = err instanceof Error ? err.message : 'invalid fault';
      return c.json({ error: { type: 'invalid_request_error', code: 'invalid_fault_spec', message } }, 400);
    }
    const signal = c.req.raw.signal;
    if (spec.latencyMs) await sleep(spec.latencyMs, signal);
    if (spec.hang) {
      await holdUntilReleased(signal);
      return new Response(null, { status: 499 });
    }
    if (spec.rateLimitSeconds !== undefined) {
      const seconds = spec.rateLimitSeconds < 0 ? retryAfterDefault : spec.rateLimitSeconds;
      c.header('Retry-After', String(seconds));
      return c.json(errorBody(429) as object, 429);
    }
    if (spec.status !== undefined) {
      const bodyless = [204, 205, 304].includes(spec.status);
      return new Response(bodyless ? null : JSON.stringify(errorBody(spec.status)), {
        status: spec.status,
        headers: { 'content-type': 'application/json' },
      });
    }
    if (spec.malformed) {
      return new Response('{"id":"sandbox_malformed","status":"succ', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    await next();
    if (spec.hangAfter) {
      await holdUntilReleased(signal);
      c.res = new Response(null, { status: 499 });
    }
  };

  return Object.assign(middleware, { control });
}
