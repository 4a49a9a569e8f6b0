/**
 * OpenTelemetry traces, off by default. On when an OTLP endpoint is configured
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) or `FINLET_TRACING=otlp`
 * (the exporter's default endpoint, http://localhost:4318); `FINLET_TRACING=off` keeps it off
 * whatever the OTEL_* variables say. Spans: one per HTTP request (server; middleware/request-context.ts),
 * one per database query (db/query-spans.ts) and one per provider call with one per HTTP attempt
 * under it (connectors/http), exported as OTLP/HTTP JSON in batches.
 *
 * Finlet's code always asks the API's global tracer: until `startTracing` registers a provider it
 * is a no-op that creates nothing and sends nothing, so code paths are the same either way. Every
 * span started inside a request carries its `request-id` (a span processor copies it from the
 * context), and log lines written inside a span carry its trace id (observability/logger.ts).
 */
import {
  type Context,
  context,
  createContextKey,
  propagation,
  type Span,
  type SpanOptions,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  type Span as SdkSpan,
  type SpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import type { Config } from '../env.ts';

export const tracer = trace.getTracer('finlet');

type TracingConfig = Pick<
  Config,
  | 'FINLET_TRACING'
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
  | 'OTEL_SERVICE_NAME'
>;

/** Where traces go, or undefined when tracing is off. */
export function tracesEndpoint(config: TracingConfig): string | undefined {
  if (config.FINLET_TRACING === 'off') return undefined;
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  // The general endpoint is a base: the OTLP/HTTP spec appends the signal's path.
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT)
    return `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  if (config.FINLET_TRACING === 'otlp') return 'http://localhost:4318/v1/traces';
  return undefined;
}

export interface Tracing {
  endpoint: string;
  /** Sends the spans still in the batch, then stops. */
  shutdown(): Promise<void>;
}

let started = false;

/** Whether this process exports traces (worth wrapping database clients for). */
export const tracingOn = () => started;

/** Registers the exporter when configured; undefined (and nothing registered) when tracing is off. */
export function startTracing(config: TracingConfig): Tracing | undefined {
  const endpoint = tracesEndpoint(config);
  if (!endpoint || started) return undefined;
  started = true;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME }),
    spanProcessors: [
      new RequestIdOnSpans(),
      new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: endpoint }) }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return { endpoint, shutdown: () => provider.shutdown() };
}

const REQUEST_ID = createContextKey('finlet.request_id');

/** The context of one request: the caller's trace (W3C `traceparent`) if it sent one, and the request id. */
export function requestTraceContext(headers: Headers, requestId: string): Context {
  const parent = propagation.extract(context.active(), headers, {
    get: (h, key) => h.get(key) ?? undefined,
    keys: (h) => [...h.keys()],
  });
  return parent.setValue(REQUEST_ID, requestId);
}

/** Copies the request id from the context a span starts in onto the span. */
class RequestIdOnSpans implements SpanProcessor {
  onStart(span: SdkSpan, parent: Context): void {
    const id = parent.getValue(REQUEST_ID);
    if (typeof id === 'string') span.setAttribute('finlet.request_id', id);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Runs `work` in a new active span that ends with it; a thrown error marks the span and goes on. */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

export function failed(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}
