/**
 * The fault vocabulary shared by every sandbox provider: what one request's faults are, the
 * `X-Sandbox-Fault` header syntax that names them, the configured rates (and their environment
 * variables) and the default provider-style error body. The middleware lives in faults.ts.
 */
/** One request's faults. Several may combine: latency happens first, then the answer fault. */
export interface FaultSpec {
  latencyMs?: number;
  status?: number;
  /** 429 with `Retry-After: <seconds>`. */
  rateLimitSeconds?: number;
  /** Never answer; the request ends when the client gives up or the server closes. */
  hang?: boolean;
  /** Run the handler (its side effects happen), then withhold the answer like `hang`. */
  hangAfter?: boolean;
  /** 200 with a JSON content type and a truncated body. */
  malformed?: boolean;
}

export interface FaultRates {
  /** Added to every request (milliseconds), not a probability. */
  latencyMs?: number;
  error5xx?: number;
  rateLimit?: number;
  hang?: number;
  malformed?: number;
}

export class FaultSpecError extends Error {
  readonly code = 'invalid_fault_spec';
}

/** Parses the header syntax: a comma list of `latency=<ms>`, `status=<code>`, `rate_limit[=<s>]`, `hang`, `hang_after`, `malformed`. */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const part of text.split(',')) {
    const [rawName, rawValue] = part.split('=', 2).map((s) => s.trim());
    if (!rawName) continue;
    const num = rawValue === undefined || rawValue === '' ? undefined : Number(rawValue);
    if (num !== undefined && (!Number.isInteger(num) || num < 0)) {
      throw new FaultSpecError(`fault "${rawName}" needs a non-negative integer, got "${rawValue}"`);
    }
    switch (rawName) {
      case 'latency':
        if (num === undefined) throw new FaultSpecError('latency needs milliseconds: latency=<ms>');
        spec.latencyMs = num;
        break;
      case 'status':
        if (num === undefined || num < 200 || num > 599)
          throw new FaultSpecError('status needs a code 200-599');
        spec.status = num;
        break;
      case 'rate_limit':
        spec.rateLimitSeconds = num ?? -1;
        break;
      case 'hang':
        spec.hang = true;
        break;
      case 'hang_after':
        spec.hangAfter = true;
        break;
      case 'malformed':
        spec.malformed = true;
        break;
      default:
        throw new FaultSpecError(`unknown fault "${rawName}"`);
    }
  }
  return spec;
}

/** Reads `SANDBOX_FAULT_RATE_5XX`, `_429`, `_HANG`, `_MALFORMED` and `SANDBOX_FAULT_LATENCY_MS`. */
export function faultRatesFromEnv(env: NodeJS.ProcessEnv = process.env): FaultRates {
  const rate = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new Error(`${name} must be a number between 0 and 1, got "${raw}"`);
    }
    return value;
  };
  const latency = env.SANDBOX_FAULT_LATENCY_MS;
  const latencyMs = latency ? Number(latency) : undefined;
  if (latencyMs !== undefined && !(Number.isInteger(latencyMs) && latencyMs >= 0)) {
    throw new Error(`SANDBOX_FAULT_LATENCY_MS must be a non-negative integer, got "${latency}"`);
  }
  return {
    latencyMs,
    error5xx: rate('SANDBOX_FAULT_RATE_5XX'),
    rateLimit: rate('SANDBOX_FAULT_RATE_429'),
    hang: rate('SANDBOX_FAULT_RATE_HANG'),
    malformed: rate('SANDBOX_FAULT_RATE_MALFORMED'),
  };
}

const STATUS_CODES: Record<number, string> = {
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** The default error body, in the processor's (and Finlet's) envelope. */
export function defaultFaultErrorBody(status: number): unknown {
  const code = STATUS_CODES[status] ?? `http_${status}`;
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'api_error' : 'invalid_request_error';
  return { error: { type, code, message: `Sandbox fault injected: HTTP ${status}.` } };
}
