/**
 * Structured JSON logs (pino). Two layers keep secrets out: pino's path redaction for known
 * fields, and a last pass over every line that masks anything shaped like a secret key, webhook
 * secret, JWT, card number or identity number — wherever it appears. Inside a traced request each
 * line also carries `trace_id` and `span_id` (observability/tracing.ts).
 */
import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.secret',
  '*.secret_key',
  '*.client_token',
  '*.result_token',
  '*.token',
  '*.password',
  '*.card',
  '*.number',
  '*.cvc',
  '*.id_number',
  '*.ssn',
  '*.image',
];

const PATTERNS: [RegExp, string][] = [
  [/\bsk_(test|live)_[A-Za-z0-9]+/g, 'sk_$1_[REDACTED]'],
  [/\bwhsec_[A-Za-z0-9+/=]+/g, 'whsec_[REDACTED]'],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[REDACTED_JWT]'],
  // 13–19 digits, optionally grouped by spaces or dashes: card numbers.
  [/\b(?:\d[ -]?){12,18}\d\b/g, '[REDACTED_PAN]'],
  // US SSN shape.
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[REDACTED_ID]'],
];

/** Masks secret-shaped substrings in one serialized log line. */
export function scrub(line: string): string {
  let out = line;
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  return out;
}

function traceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      hooks: { streamWrite: scrub },
      formatters: { level: (label) => ({ level: label }) },
      // The trace a line was written in (when tracing is on), to find the line from the trace.
      mixin: traceIds,
    },
    destination,
  );
}
