/**
 * The connector registry: every provider a partner's provider account can name, by connector name —
 * the capabilities it serves, the zod schemas of its settings (non-secret, returned by the API) and
 * credentials (encrypted, never returned: `hint` says what may be shown of them), the payee it pays
 * into for pay by bank, and a factory per capability. Configuration chooses a connector, code never
 * does: adding one is an entry here and its module, nothing else.
 *
 * Bank connectors are the directory's own (connectors/bank/directory.ts: one per configured bank,
 * with its OAuth client and breaker); an `ob_uk` or `berlin_group` account opens some of those banks
 * to a partner's live sessions, and for pay by bank names the payee. A `sandbox` connector reaches
 * only a sandbox provider: fine for trying live mode in development, refused in production.
 */
import { type Capability, type Payee, payeeSchema } from '@finlet/shared';
import { z } from 'zod';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';
import type { BankDirectory } from './bank/directory.ts';
import { ibanProblem } from './bank/iban.ts';
import type { BankDialect } from './bank/types.ts';
import type { KycConnector } from './kyc/kyc.ts';
import { createOnfido, ONFIDO_API_BASE } from './kyc/onfido.ts';
import { createSandboxKyc } from './kyc/sandbox-kyc.ts';
import { ADYEN_TEST_HOST, createAdyenProcessor } from './payments/adyen.ts';
import type { CardProcessor } from './payments/processor.ts';
import { createSandboxProcessor } from './payments/sandbox-processor.ts';

/** What a factory or a check may use. */
export interface ConnectorEnv {
  config: Config;
  banks: BankDirectory;
}

export interface AccountParts<S, C> {
  id: string;
  settings: S;
  credentials: C;
}

export interface ConnectorDefinition<S = unknown, C = unknown> {
  capabilities: readonly Capability[];
  settings: z.ZodType<S>;
  credentials: z.ZodType<C>;
  /** What the API shows of the credentials (e.g. `{ api_key_last4 }`), never a secret itself. */
  hint(credentials: C): Record<string, string>;
  /** Whether these settings reach only a sandbox provider (refused live when NODE_ENV=production). */
  sandbox(settings: S, env: ConnectorEnv): boolean;
  /** Checks that need the running configuration (e.g. the banks named exist); throws an ApiError. */
  check?(settings: S, env: ConnectorEnv): void;
  /** Pay by bank: the payee accounts it can pay into. */
  payee?: z.ZodType<Payee>;
  cards?(account: AccountParts<S, C>, env: ConnectorEnv): CardProcessor;
  kyc?(account: AccountParts<S, C>, env: ConnectorEnv): KycConnector;
  /** Bank data / pay by bank: the directory banks the account opens. */
  institutions?(settings: S): string[];
}

/** Keeps each entry's settings and credentials types together (the registry itself is untyped). */
const define = <S, C>(d: ConnectorDefinition<S, C>) => d as unknown as ConnectorDefinition;

const last4 = (secret: string) => secret.slice(-4);
const secret = z.string().min(8).max(500);
const baseUrl = z.url({ protocol: /^https?$/ }).max(500);

/** A payee whose IBAN, when it has one, is real: registry length and pattern, and mod-97 check digits. */
const checkedPayee = (schema: z.ZodType<Payee>) =>
  schema.superRefine((payee, ctx) => {
    const problem = 'iban' in payee ? ibanProblem(payee.iban) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `not a valid IBAN: ${problem}`, path: ['iban'] });
  });

const institutionsSchema = z.strictObject({
  institutions: z.array(z.string().min(1).max(60)).min(1).max(50),
});

/** An Open Banking dialect's banks, from the directory, all speaking that dialect. */
function bankConnector(dialect: BankDialect, payee: z.ZodType<Payee>) {
  return define({
    capabilities: ['bank_data', 'pay_by_bank'],
    settings: institutionsSchema,
    // Finlet's own client at each bank comes from the directory configuration, not the partner.
    credentials: z.strictObject({}),
    hint: () => ({}),
    sandbox: (s, env) => s.institutions.some((id) => env.banks.describe(id)?.sandbox),
    check(s, env) {
      const foreign = s.institutions.find((id) => env.banks.describe(id)?.dialect !== dialect);
      if (foreign)
        throw new ApiError(
          'invalid_request',
          `${foreign} is not a ${dialect} bank of this Finlet's directory.`,
          'settings.institutions',
        );
    },
    payee: checkedPayee(payee),
    institutions: (s) => s.institutions,
  });
}

export const CONNECTORS: Readonly<Record<string, ConnectorDefinition>> = {
  /** The Sandbox Processor (packages/sandbox), as a partner's own processor account. */
  sandbox_processor: define({
    capabilities: ['cards'],
    // The publishable key is a setting, not a credential: the widget hands it to the browser.
    settings: z.strictObject({
      api_base_url: baseUrl,
      publishable_key: z.string().regex(/^ppk_\w{4,200}$/),
    }),
    credentials: z.strictObject({ api_key: secret, callback_secret: secret }),
    hint: (c) => ({ api_key_last4: last4(c.api_key) }),
    sandbox: () => true,
    cards: (a, env) =>
      createSandboxProcessor({
        baseUrl: a.settings.api_base_url,
        apiKey: a.credentials.api_key,
        publishableKey: a.settings.publishable_key,
        callbackSecret: a.credentials.callback_secret,
        timeoutMs: env.config.FINLET_PROCESSOR_TIMEOUT_MS,
      }),
  }),
  /** The Sandbox KYC (packages/sandbox), as a partner's own KYC account. */
  sandbox_kyc: define({
    capabilities: ['kyc'],
    settings: z.strictObject({ api_base_url: baseUrl }),
    credentials: z.strictObject({ api_key: secret, callback_secret: secret }),
    hint: (c) => ({ api_key_last4: last4(c.api_key) }),
    sandbox: () => true,
    kyc: (a, env) =>
      createSandboxKyc({
        baseUrl: a.settings.api_base_url,
        apiKey: a.credentials.api_key,
        callbackSecret: a.credentials.callback_secret,
        timeoutMs: env.config.FINLET_KYC_TIMEOUT_MS,
      }),
  }),
  /**
   * Onfido API v3.6 (connectors/kyc/onfido.ts). `api_base_url` is the region's base with the
   * version: `https://api.eu.onfido.com/v3.6`, `https://api.us.onfido.com/v3.6` or
   * `https://api.ca.onfido.com/v3.6` (in production nothing else: any other address is refused);
   * `webhook_token` is the token Onfido shows for the webhook registered at the account's callback URL.
   */
  onfido: define({
    capabilities: ['kyc'],
    settings: z.strictObject({ api_base_url: baseUrl }),
    credentials: z.strictObject({ api_token: secret, webhook_token: secret }),
    hint: (c) => ({ api_token_last4: last4(c.api_token) }),
    sandbox: () => false,
    check(s, env) {
      if (env.config.NODE_ENV === 'production' && !ONFIDO_API_BASE.test(s.api_base_url))
        throw new ApiError(
          'invalid_request',
          "Onfido's API base is https://api.eu.onfido.com/v3.6 (or api.us…, api.ca…).",
          'settings.api_base_url',
        );
    },
    kyc: (a, env) =>
      createOnfido({
        baseUrl: a.settings.api_base_url,
        apiToken: a.credentials.api_token,
        webhookToken: a.credentials.webhook_token,
        timeoutMs: env.config.FINLET_KYC_TIMEOUT_MS,
      }),
  }),
  /**
   * Adyen's Checkout API v71 (connectors/payments/adyen.ts). `api_base_url` includes the version:
   * `https://checkout-test.adyen.com/v71` (test) or `https://<prefix>-checkout-live.adyenpayments.com/checkout/v71`
   * (live). It is a sandbox only on Adyen's test host (or a plain-HTTP fake): a live host moves money.
   */
  adyen: define({
    capabilities: ['cards'],
    settings: z.strictObject({
      api_base_url: baseUrl,
      merchant_account: z.string().regex(/^[A-Za-z0-9_\-.]{1,80}$/),
      /** The client key the browser's card encryption goes with (`test_…` / `live_…`). */
      client_key: z.string().regex(/^(test|live)_[A-Za-z0-9]{8,64}$/),
      /** The client-side encryption public key: `10001|<hex RSA modulus>`. */
      public_key: z.string().regex(/^10001\|[0-9A-Fa-f]{256,1024}$/),
    }),
    credentials: z.strictObject({
      api_key: secret,
      /** The webhook's HMAC key, hex, as Customer Area shows it. */
      hmac_key: z.string().regex(/^([0-9A-Fa-f]{2}){16,64}$/),
    }),
    hint: (c) => ({ api_key_last4: last4(c.api_key) }),
    sandbox: (s) => {
      const url = new URL(s.api_base_url);
      return url.hostname === ADYEN_TEST_HOST || url.protocol === 'http:';
    },
    cards: (a, env) =>
      createAdyenProcessor({
        baseUrl: a.settings.api_base_url,
        merchantAccount: a.settings.merchant_account,
        clientKey: a.settings.client_key,
        publicKey: a.settings.public_key,
        apiKey: a.credentials.api_key,
        hmacKey: a.credentials.hmac_key,
        timeoutMs: env.config.FINLET_PROCESSOR_TIMEOUT_MS,
      }),
  }),
  /** UK Open Banking 4.0 banks: pays a sort code and account number, or an IBAN. */
  ob_uk: bankConnector('ob_uk', payeeSchema),
  /** Berlin Group NextGenPSD2 1.3.9 banks: SEPA credit transfers pay an IBAN. */
  berlin_group: bankConnector(
    'berlin_group',
    payeeSchema.refine((p) => 'iban' in p, { message: 'a Berlin Group (SEPA) payee needs an IBAN' }),
  ),
};

export function connectorNamed(name: string): ConnectorDefinition | undefined {
  return Object.hasOwn(CONNECTORS, name) ? CONNECTORS[name] : undefined;
}
