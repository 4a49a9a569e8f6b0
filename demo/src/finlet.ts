/**
 * The shop's server side of Finlet: creating sessions with the secret key, reading them back, and
 * verifying the result token offline against Finlet's JWKS. This is the code a partner writes;
 * the secret key never leaves this module's process.
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';

export const FLOWS = ['identity', 'link', 'payment'] as const;
export type Flow = (typeof FLOWS)[number];

export const PRODUCT = {
  name: 'Field Notebook',
  description: 'Dot-grid notebook, 120 pages of recycled paper, lay-flat binding.',
  amount: 2400,
  currency: 'EUR',
} as const;

export interface CheckoutRequest {
  flows: Flow[];
  locale?: string | undefined;
  theme?: 'light' | 'dark' | 'auto' | undefined;
}

export interface ResultVerification {
  valid: boolean;
  /** Set when the audience was pinned to this partner's id. */
  audience_checked: boolean;
  claims?: JWTPayload;
  error?: string;
}

export class FinletApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function finletClient(opts: {
  finletUrl: string;
  secretKey: string;
  publicUrl: string;
  partnerId?: string | undefined;
}) {
  const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', opts.finletUrl));

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(new URL(path, opts.finletUrl), {
      method,
      headers: {
        authorization: `Bearer ${opts.secretKey}`,
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (!res.ok)
      throw new FinletApiError(
        res.status,
        json.error?.code ?? 'unknown',
        json.error?.message ?? res.statusText,
      );
    return json as T;
  }

  return {
    createSession(input: CheckoutRequest) {
      return call<{ id: string; client_token: string; expires_at: string }>('POST', '/v1/sessions', {
        flows: input.flows,
        customer: { reference: `demo-customer-${crypto.randomUUID().slice(0, 8)}` },
        ...(input.flows.includes('payment')
          ? { payment: { amount: PRODUCT.amount, currency: PRODUCT.currency, description: PRODUCT.name } }
          : {}),
        allowed_origins: [opts.publicUrl],
        // Where a bank sends the whole page back in redirect mode (popup blocked, in-app browser).
        redirect_uri: `${opts.publicUrl}/`,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.theme ? { appearance: { theme: input.theme } } : {}),
        metadata: { shop: 'finlet-demo' },
      });
    },

    /** A fresh client token for a session the widget still shows (its token lives 30 minutes at most). */
    clientToken(id: string) {
      return call<{ client_token: string; expires_at: string }>(
        'POST',
        `/v1/sessions/${encodeURIComponent(id)}/client_token`,
        {},
      );
    },

    getSession(id: string) {
      return call<Record<string, unknown> & { id: string; status: string }>(
        'GET',
        `/v1/sessions/${encodeURIComponent(id)}`,
      );
    },

    /** Issuer is Finlet's public URL; audience is this partner's id (when configured). */
    async verifyResult(token: string, sessionId: string): Promise<ResultVerification> {
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: opts.finletUrl,
          algorithms: ['ES256', 'EdDSA'],
          subject: sessionId,
          ...(opts.partnerId ? { audience: opts.partnerId } : {}),
        });
        return { valid: true, audience_checked: Boolean(opts.partnerId), claims: payload };
      } catch (e) {
        const code = (e as { code?: string }).code ?? 'ERR_UNKNOWN';
        return { valid: false, audience_checked: Boolean(opts.partnerId), error: code };
      }
    },
  };
}

export type FinletClient = ReturnType<typeof finletClient>;
