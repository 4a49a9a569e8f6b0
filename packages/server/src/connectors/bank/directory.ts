/**
 * The institution directory: every bank Finlet can link, its connector (dialect, URL, breaker)
 * and its logo (an SVG Finlet serves itself, so the frame's strict CSP needs no image host).
 * Built once per process from configuration; each institution has its own circuit breaker.
 */
import type { Clock } from '../../clock.ts';
import type { Config } from '../../env.ts';
import { BerlinGroupConnector } from './berlin-group.ts';
import { CircuitBreaker } from './breaker.ts';
import { BankHttp, DEFAULT_RESILIENCE, type ResilienceOptions } from './http.ts';
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
  /** The bank's payment initiation (pay by bank), sharing its HTTP, breaker and OAuth client. */
  payments(id: string): BankPaymentInitiation | undefined;
  /** Which dialect the bank speaks, and whether it is a sandbox bank (test mode's, never live in production). */
  describe(id: string): { dialect: BankDialect; sandbox: boolean } | undefined;
}

const PRODUCTS: InstitutionInfo['products'] = [
  'accounts',
  'balances',
  'transactions',
  'owners',
  'payment_initiation',
];

function logoSvg(initials: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" role="img" aria-hidden="true"><rect width="40" height="40" rx="8" fill="${color}"/><text x="20" y="26" text-anchor="middle" font-family="system-ui,sans-serif" font-size="15" font-weight="700" fill="#fff">${initials}</text></svg>`;
}

export function createBankDirectory(o: {
  config: Config;
  clock: Clock;
  clientKey: BankClientKey;
  resilience?: Partial<ResilienceOptions>;
  breaker?: { threshold: number; cooldownMs: number };
}): BankDirectory {
  const resilience = { ...DEFAULT_RESILIENCE, timeoutMs: o.config.FINLET_BANK_TIMEOUT_MS, ...o.resilience };
  const breaker = o.breaker ?? { threshold: 5, cooldownMs: 30_000 };
  const paymentConnectors = new Map<string, BankPaymentInitiation>();
  const descriptions = new Map<string, { dialect: BankDialect; sandbox: boolean }>();
  const build = (
    info: InstitutionInfo,
    url: string,
    Dialect: typeof ObUkConnector | typeof BerlinGroupConnector,
    Payments: typeof ObUkPayments | typeof BerlinGroupPayments,
  ): BankConnector => {
    descriptions.set(info.id, {
      dialect: Dialect === ObUkConnector ? 'ob_uk' : 'berlin_group',
      sandbox: true,
    });
    const base = url.replace(/\/$/, '');
    const http = new BankHttp(
      info.name,
      new CircuitBreaker(o.clock, breaker.threshold, breaker.cooldownMs),
      resilience,
    );
    const oauth = new BankOAuth(base, o.config.FINLET_BANK_CLIENT_ID, o.clientKey, http);
    paymentConnectors.set(info.id, new Payments(info, base, http, oauth));
    return new Dialect(info, base, http, oauth);
  };
  const connectors = [
    build(
      { id: 'sandbox-bank-uk', name: 'Sandbox Bank UK', country: 'GB', products: PRODUCTS },
      o.config.FINLET_BANK_UK_URL,
      ObUkConnector,
      ObUkPayments,
    ),
    build(
      { id: 'sandbox-bank-eu', name: 'Sandbox Bank EU', country: 'DE', products: PRODUCTS },
      o.config.FINLET_BANK_EU_URL,
      BerlinGroupConnector,
      BerlinGroupPayments,
    ),
  ];
  const logos: Record<string, string> = {
    'sandbox-bank-uk': logoSvg('UK', '#1a3d8f'),
    'sandbox-bank-eu': logoSvg('EU', '#0b6e4f'),
  };
  return {
    all: () => connectors,
    get: (id) => connectors.find((c) => c.institution.id === id),
    logo: (id) => logos[id],
    payments: (id) => paymentConnectors.get(id),
    describe: (id) => descriptions.get(id),
  };
}
