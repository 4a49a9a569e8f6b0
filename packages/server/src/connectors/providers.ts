/**
 * Which providers serve a session, by its owner: `deps.providers.for({ partnerId, livemode })`.
 * Test mode always gets the sandbox connectors built at boot (the FINLET_PROCESSOR_* processor, the
 * FINLET_KYC_* KYC, the directory's sandbox banks) — test keys never reach anything else. Live mode
 * gets only the partner's active live provider accounts (connectors/provider-accounts.ts), each
 * connector built by its registry entry from the decrypted credentials and kept per account id and
 * `updated_at`, so an edited account is rebuilt while an unchanged one keeps its circuit breaker.
 * A live capability without an account answers 400 `provider_not_configured`; so does a sandbox
 * connector under NODE_ENV=production, which provider-account creation already refuses.
 *
 * Provider callbacks say which account they belong to: a live account's callback URL ends in its
 * `pa_` id, and the account's own secret checks them; the test-mode URLs stay as they always were.
 */
import type { Capability, Payee } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Deps } from '../context.ts';
import type { DataCipher } from '../crypto/data-cipher.ts';
import type { Database } from '../db/client.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { providerAccounts } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import type { BankPaymentInitiation } from './bank/payments-types.ts';
import { SANDBOX_PAYEES } from './bank/payments-types.ts';
import type { BankConnector } from './bank/types.ts';
import type { KycConnector } from './kyc/kyc.ts';
import type { CardProcessor } from './payments/processor.ts';
import { type ConnectorDefinition, type ConnectorEnv, connectorNamed } from './registry.ts';

export const PROCESSOR_CALLBACK_PATH = '/callbacks/processor';
export const KYC_CALLBACK_PATH = '/callbacks/kyc';

export type ProviderAccountRow = typeof providerAccounts.$inferSelect;

/** The AES-GCM context of an account's credentials: bound to its id, so ciphertext cannot move rows. */
export const credentialsContext = (accountId: string) => `provider_accounts.credentials:${accountId}`;

export interface CardsProvider {
  processor: CardProcessor;
  /** The provider account it is (recorded on the payment); null for test mode's sandbox processor. */
  accountId: string | null;
  /** Where the processor sends its signed callbacks about this session's payments. */
  callbackUrl: string;
}

export interface KycProvider {
  connector: KycConnector;
  callbackUrl: string;
}

export interface SessionBanks {
  /** The banks a customer may link (bank data). */
  linkable(): BankConnector[];
  link(id: string): BankConnector | undefined;
  /** The bank's payment initiation, when the session's payments may go through it. */
  payments(id: string): BankPaymentInitiation | undefined;
  /** Who a payment at this bank pays: the partner's payee for it, in test mode else the sandbox's. */
  payee(id: string): Promise<Payee>;
}

export interface SessionProviders {
  readonly livemode: boolean;
  /** The card processor (`provider_not_configured` when a live partner has none). */
  cards(): CardsProvider;
  /** The document + selfie provider (`provider_not_configured` when a live partner has none). */
  kyc(): KycProvider;
  readonly banks: SessionBanks;
  has(capability: Capability): boolean;
}

/** A provider account's connectors, to check and apply its callbacks. */
export interface AccountProviders {
  owner: Owner;
  cards?: CardProcessor;
  kyc?: KycConnector;
}

export interface Providers {
  for(owner: Owner): Promise<SessionProviders>;
  /** 400 `provider_not_configured` (param `flows`) unless every flow of a live session can be served. */
  assertConfigured(owner: Owner, flows: readonly string[]): Promise<void>;
  /** An account by id (a deleted one too: callbacks about money it moved still come). */
  account(id: string): Promise<AccountProviders | undefined>;
  /**
   * The processor holding a card payment's money: the account it was made through (deleted or
   * replaced since, it still refunds and cancels what it took), or test mode's sandbox processor.
   */
  processorOf(payment: { livemode: boolean; providerAccountId: string | null }): Promise<CardProcessor>;
  /** The connectors test mode uses, built at boot. */
  readonly sandbox: { processor: CardProcessor; kyc: KycConnector };
}

/** What each flow of a session needs from a provider: any one of these capabilities. */
const FLOW_NEEDS: Readonly<Record<string, readonly Capability[]>> = {
  // A card processor, or pay by bank alone: the widget then offers only the method there is.
  payment: ['cards', 'pay_by_bank'],
  identity: ['kyc'],
  link: ['bank_data'],
};

/** The request field naming each payment method, and the other one to suggest. */
const METHOD_OF = {
  cards: { param: 'payment_method', what: 'card payment', instead: 'pay by bank' },
  pay_by_bank: { param: 'method', what: 'payment by bank', instead: 'pay by card' },
} as const;

/**
 * 400 `payment_method_unavailable` unless the session's partner takes payments by this method: a
 * live partner may have a card processor or pay by bank alone (the widget then offers only it).
 */
export function assertPaymentMethod(providers: SessionProviders, capability: keyof typeof METHOD_OF) {
  if (providers.has(capability)) return;
  const m = METHOD_OF[capability];
  throw new ApiError('payment_method_unavailable', `This session takes no ${m.what}: ${m.instead}.`, m.param);
}

const notConfigured = (capability: Capability) =>
  new ApiError(
    'provider_not_configured',
    `This partner has no live ${capability} provider account; add one with POST /v1/provider_accounts.`,
  );

export function createProviders(o: {
  config: Deps['config'];
  logger: Logger;
  database: Database;
  cipher: DataCipher;
  banks: Deps['banks'];
  sandbox: { processor: CardProcessor; kyc: KycConnector };
}): Providers {
  const env: ConnectorEnv = { config: o.config, banks: o.banks };
  const publicUrl = o.config.publicUrl;
  const built = new Map<string, { version: number; connector: CardProcessor | KycConnector }>();

  /** The row's definition and parsed configuration, or undefined when it cannot serve (logged). */
  function usable(row: ProviderAccountRow) {
    const definition = connectorNamed(row.connector);
    const settings = definition?.settings.safeParse(row.settings);
    if (!definition || !settings?.success) {
      o.logger.error({ account: row.id, connector: row.connector }, 'provider account cannot be used');
      return undefined;
    }
    if (row.livemode && o.config.NODE_ENV === 'production' && definition.sandbox(settings.data, env)) {
      o.logger.error({ account: row.id }, 'a sandbox connector is never used live in production');
      return undefined;
    }
    return { definition, settings: settings.data };
  }

  function build(row: ProviderAccountRow, definition: ConnectorDefinition, settings: unknown) {
    const version = row.updatedAt.getTime();
    const cached = built.get(row.id);
    if (cached?.version === version) return cached.connector;
    const credentials = definition.credentials.parse(
      JSON.parse(o.cipher.decryptText(row.credentialsEnc, credentialsContext(row.id))),
    );
    const parts = { id: row.id, settings, credentials };
    const connector =
      row.capability === 'cards' ? definition.cards?.(parts, env) : definition.kyc?.(parts, env);
    if (!connector) throw new Error(`${row.connector} builds no ${row.capability} connector`);
    built.set(row.id, { version, connector });
    return connector;
  }

  const sandboxBank = (id: string) => o.banks.describe(id)?.sandbox === true;

  /** The payee of a payment at bank `id`: the pay-by-bank account that opens it, if any. */
  function payeeFrom(accounts: ProviderAccountRow[], id: string): Payee | undefined {
    for (const row of accounts) {
      if (row.capability !== 'pay_by_bank' || !row.payee) continue;
      const ok = usable(row);
      if (ok?.definition.institutions?.(ok.settings).includes(id)) return row.payee;
    }
    return undefined;
  }

  async function activeAccounts(owner: Owner): Promise<ProviderAccountRow[]> {
    const rows = await o.database.db.select().from(providerAccounts).where(ownedBy(providerAccounts, owner));
    return rows.filter((r) => r.status === 'active');
  }

  function testProviders(owner: Owner): SessionProviders {
    const banks = o.banks.all().filter((b) => sandboxBank(b.institution.id));
    return {
      livemode: false,
      cards: () => ({
        processor: o.sandbox.processor,
        accountId: null,
        callbackUrl: `${publicUrl}${PROCESSOR_CALLBACK_PATH}`,
      }),
      kyc: () => ({ connector: o.sandbox.kyc, callbackUrl: `${publicUrl}${KYC_CALLBACK_PATH}` }),
      has: () => true,
      banks: {
        linkable: () => banks,
        link: (id) => (sandboxBank(id) ? o.banks.get(id) : undefined),
        payments: (id) => (sandboxBank(id) ? o.banks.payments(id) : undefined),
        // A partner may name its own test payee (a test-mode pay_by_bank account); asked only when paying.
        async payee(id) {
          const dialect = o.banks.describe(id)?.dialect ?? 'berlin_group';
          return payeeFrom(await activeAccounts(owner), id) ?? SANDBOX_PAYEES[dialect];
        },
      },
    };
  }

  async function liveProviders(owner: Owner): Promise<SessionProviders> {
    const accounts = await activeAccounts(owner);
    /** The connector of the partner's account for `capability`, built (or cached), with its id. */
    const one = <T>(capability: 'cards' | 'kyc') => {
      const row = accounts.find((a) => a.capability === capability);
      const ok = row && usable(row);
      return row && ok ? { id: row.id, connector: build(row, ok.definition, ok.settings) as T } : undefined;
    };
    const opened = (capability: Capability) =>
      new Set(
        accounts.flatMap((row) => {
          if (row.capability !== capability) return [];
          const ok = usable(row);
          return ok?.definition.institutions?.(ok.settings) ?? [];
        }),
      );
    const cards = one<CardProcessor>('cards');
    const kyc = one<KycConnector>('kyc');
    const linkable = opened('bank_data');
    const payable = opened('pay_by_bank');
    const linkBanks = o.banks.all().filter((b) => linkable.has(b.institution.id));
    const has: Record<Capability, boolean> = {
      cards: Boolean(cards),
      kyc: Boolean(kyc),
      bank_data: linkBanks.length > 0,
      pay_by_bank: payable.size > 0,
    };
    return {
      livemode: true,
      cards() {
        if (!cards) throw notConfigured('cards');
        return {
          processor: cards.connector,
          accountId: cards.id,
          callbackUrl: `${publicUrl}${PROCESSOR_CALLBACK_PATH}/${cards.id}`,
        };
      },
      kyc() {
        if (!kyc) throw notConfigured('kyc');
        return { connector: kyc.connector, callbackUrl: `${publicUrl}${KYC_CALLBACK_PATH}/${kyc.id}` };
      },
      has: (capability) => has[capability],
      banks: {
        linkable: () => linkBanks,
        link: (id) => (linkable.has(id) ? o.banks.get(id) : undefined),
        payments: (id) => (payable.has(id) ? o.banks.payments(id) : undefined),
        async payee(id) {
          const payee = payeeFrom(accounts, id);
          if (!payee) throw notConfigured('pay_by_bank');
          return payee;
        },
      },
    };
  }

  async function account(id: string): Promise<AccountProviders | undefined> {
    const [row] = await o.database.db.select().from(providerAccounts).where(eq(providerAccounts.id, id));
    const ok = row && usable(row);
    if (!row || !ok || (row.capability !== 'cards' && row.capability !== 'kyc')) return undefined;
    const connector = build(row, ok.definition, ok.settings);
    return {
      owner: { partnerId: row.partnerId, livemode: row.livemode },
      ...(row.capability === 'cards'
        ? { cards: connector as CardProcessor }
        : { kyc: connector as KycConnector }),
    };
  }

  return {
    sandbox: o.sandbox,
    account,
    async processorOf(payment) {
      if (!payment.providerAccountId) {
        if (payment.livemode) throw notConfigured('cards');
        return o.sandbox.processor;
      }
      const processor = (await account(payment.providerAccountId))?.cards;
      if (!processor) throw notConfigured('cards');
      return processor;
    },
    // Test mode reads nothing here: only a bank payment's payee is looked up, when it is needed.
    for: async (owner) => (owner.livemode ? liveProviders(owner) : testProviders(owner)),
    async assertConfigured(owner, flows) {
      if (!owner.livemode) return;
      const providers = await liveProviders(owner);
      const missing = flows.filter((f) => FLOW_NEEDS[f] && !FLOW_NEEDS[f].some((c) => providers.has(c)));
      if (missing.length > 0)
        throw new ApiError(
          'provider_not_configured',
          `No live provider account serves ${missing.map((f) => `${f} (${FLOW_NEEDS[f]!.join(' or ')})`).join(', ')}; add one with POST /v1/provider_accounts.`,
          'flows',
        );
    },
  };
}
