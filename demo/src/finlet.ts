/**
 * The shop's server side of Finlet, written on the partner SDK `@finlet/node`: creating sessions
 * with the secret key, reading them back, and verifying the result token offline against Finlet's
 * JWKS. This is the code a partner writes; the secret key never leaves this module's process.
 */
import { Finlet, FinletError, type ResultTokenClaims, resultTokens } from '@finlet/node';

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
  /** The audience is always pinned to this partner's id; kept for the order page's wording. */
  audience_checked: boolean;
  claims?: ResultTokenClaims;
  error?: string;
}

export { FinletError };

export function finletClient(opts: {
  finletUrl: string;
  secretKey: string;
  publicUrl: string;
  partnerId: string;
}) {
  const finlet = new Finlet(opts.secretKey, { baseUrl: opts.finletUrl, timeoutMs: 10_000 });
  const jwksUrl = new URL('/.well-known/jwks.json', opts.finletUrl);

  return {
    createSession(input: CheckoutRequest) {
      return finlet.sessions.create({
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
    clientToken: (id: string) => finlet.sessions.clientToken(id),

    getSession: (id: string) => finlet.sessions.retrieve(id),

    /** Issuer is Finlet's public URL; audience is this partner's id; subject is the order's session. */
    async verifyResult(token: string, sessionId: string): Promise<ResultVerification> {
      try {
        const claims = await resultTokens.verify(token, {
          jwksUrl,
          issuer: opts.finletUrl,
          audience: opts.partnerId,
          sessionId,
        });
        return { valid: true, audience_checked: true, claims };
      } catch (e) {
        if (!(e instanceof FinletError)) throw e;
        return { valid: false, audience_checked: true, error: e.code };
      }
    },
  };
}

export type FinletClient = ReturnType<typeof finletClient>;
