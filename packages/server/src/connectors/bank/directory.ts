/**
 * The institution directory: every bank Finlet can link, its connector (dialect, URLs, resilience
 * policy with its own circuit breaker, TLS settings) and its logo (an SVG Finlet serves itself, so
 * the frame's strict CSP needs no image host). Built once per process from configuration: the two
 * sandbox banks (FINLET_BANK_UK_URL, FINLET_BANK_EU_URL — the test-mode default), then every bank
 * of FINLET_BANKS_FILE (configured-banks.ts), so a real bank is added by configuration, not code.
 */
import { importPKCS8 } from 'jose';
import { Agent } from 'undici';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../env.ts';
import { type PolicyOptions, ProviderPolicy } from '../http/policy.ts';
import { JsonSender } from '../http/sender.ts';
import { BerlinGroupConnector } from './berlin-group.ts';
import type { ConfiguredBank } from './configured-banks.ts';
import { type BankClientKey, BankOAuth } from './oauth.ts';
import { ObUkConnector } from './ob-uk.ts';
import { BerlinGroupPayments } from './payments-berlin-group.ts';
import { ObUkPayments } from './payments-ob-uk.ts';
import type { BankPaymentInitiation } from './payments-types.ts';
import type { BankConnector, BankDialect, InstitutionInfo } from './types.ts';

export interface BankDirectory {
  all(): BankConnector[];
  get(id: string): BankConnector | undefined;
  logo(id: string): string | undefined;
  /** The bank's payment initiation (pay by bank), sharing its sender, breaker and OAuth client. */
  payments(id: string): BankPaymentInitiation | undefined;
  /** Which dialect the bank speaks, and whether it is a sandbox bank (test mode's, never live in production). */
  describe(id: string): { dialect: BankDialect; sandbox: boolean } | undefined;
}

/** A bank's resilience unless told otherwise: 5 attempts, breaker open 30 s after 5 faults. */
export const BANK_RESILIENCE: Omit<PolicyOptions, 'provider' | 'timeoutMs'> = {
  retries: 4,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  maxRetryAfterMs: 10_000,
  breaker: { threshold: 5, cooldownMs: 30_000 },
};

const PRODUCTS: InstitutionInfo['products'] = [
  'accounts',
  'balances',
  'transactions',
  'owners',
  'payment_initiation',
];

const DIALECTS = {
  ob_uk: { Accounts: ObUkConnector, Payments: ObUkPayments },
  berlin_group: { Accounts: BerlinGroupConnector, Payments: BerlinGroupPayments },
} as const;

/** How one bank is reached. */
interface BankEndpoint {
  dialect: keyof typeof DIALECTS;
  issuer: string;
  apiBase: string;
  clientId: string;
  key: BankClientKey | Promise<BankClientKey>;
  timeoutMs: number;
  /** Its mTLS client certificate (and trusted CA); the default agent when absent. */
  tls?: Agent;
}

function logoSvg(initials: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" role="img" aria-hidden="true"><rect width="40" height="40" rx="8" fill="${color}"/><text x="20" y="26" text-anchor="middle" font-family="system-ui,sans-serif" font-size="15" font-weight="700" fill="#fff">${initials}</text></svg>`;
}

export function createBankDirectory(o: {
  config: Config;
  clock: Clock;
  clientKey: BankClientKey;
  resilience?: Partial<Omit<PolicyOptions, 'provider' | 'timeoutMs'>>;
}): BankDirectory {
  const connectors: BankConnector[] = [];
  const paymentConnectors = new Map<string, BankPaymentInitiation>();
  const logos = new Map<string, string>();
  const descriptions = new Map<string, { dialect: BankDialect; sandbox: boolean }>();
  const add = (info: InstitutionInfo, at: BankEndpoint, logo: string, sandbox = false) => {
    descriptions.set(info.id, { dialect: at.dialect, sandbox });
    const policy = new ProviderPolicy(
      { provider: info.name, timeoutMs: at.timeoutMs, ...BANK_RESILIENCE, ...o.resilience },
      o.clock,
    );
    const http = new JsonSender(policy, at.tls);
    const oauth = new BankOAuth(at.issuer, at.clientId, at.key, http);
    const { Accounts, Payments } = DIALECTS[at.dialect];
    connectors.push(new Accounts(info, at.apiBase, http, oauth));
    paymentConnectors.set(info.id, new Payments(info, at.apiBase, http, oauth));
    logos.set(info.id, logo);
  };
  add(
    { id: 'sandbox-bank-uk', name: 'Sandbox Bank UK', country: 'GB', products: PRODUCTS },
    sandboxEndpoint(o, o.config.FINLET_BANK_UK_URL, 'ob_uk'),
    logoSvg('UK', '#1a3d8f'),
    true,
  );
  add(
    { id: 'sandbox-bank-eu', name: 'Sandbox Bank EU', country: 'DE', products: PRODUCTS },
    sandboxEndpoint(o, o.config.FINLET_BANK_EU_URL, 'berlin_group'),
    logoSvg('EU', '#0b6e4f'),
    true,
  );
  for (const bank of o.config.banks)
    add(
      bank.institution,
      configuredEndpoint(bank, o.clientKey, o.config.FINLET_BANK_TIMEOUT_MS),
      logoSvg(bank.logo.initials, bank.logo.color),
    );
  return {
    all: () => connectors,
    get: (id) => connectors.find((c) => c.institution.id === id),
    logo: (id) => logos.get(id),
    payments: (id) => paymentConnectors.get(id),
    describe: (id) => descriptions.get(id),
  };
}

/** A sandbox bank serves its OAuth server and its API on one URL, with Finlet's own client. */
function sandboxEndpoint(
  o: { config: Config; clientKey: BankClientKey },
  url: string,
  dialect: BankEndpoint['dialect'],
): BankEndpoint {
  const base = url.replace(/\/$/, '');
  return {
    dialect,
    issuer: base,
    apiBase: base,
    clientId: o.config.FINLET_BANK_CLIENT_ID,
    key: o.clientKey,
    timeoutMs: o.config.FINLET_BANK_TIMEOUT_MS,
  };
}

function configuredEndpoint(bank: ConfiguredBank, clientKey: BankClientKey, timeoutMs: number): BankEndpoint {
  const own = bank.signingKey;
  return {
    dialect: bank.dialect,
    issuer: bank.issuer,
    apiBase: bank.apiBase,
    clientId: bank.clientId,
    key: own ? importPKCS8(own.pkcs8, own.alg).then((key) => ({ key, kid: own.kid })) : clientKey,
    timeoutMs: bank.timeoutMs ?? timeoutMs,
    ...(bank.mtls ? { tls: new Agent({ connect: bank.mtls }) } : {}),
  };
}
