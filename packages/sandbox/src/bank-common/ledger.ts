/**
 * The neutral account ledger behind both sandbox banks: accounts, owners and transactions built
 * deterministically from the sandbox users (same seed, same data, every run), plus the sandbox clock
 * that `POST /__sandbox/advance` moves to book pending transactions (a consent's first full read of
 * `user_pending`'s account books them too, see `afterFullRead`). Each bank maps this model to
 * its own dialect (UK Open Banking or Berlin Group); nothing here knows either format.
 */
import { iban } from './iban.ts';
import { type AccountKind, HISTORY_TRANSACTION_COUNT, SANDBOX_USERS, type SandboxUser } from './users.ts';

export interface BankProfile {
  /** 'uk' or 'eu': prefixes ids so the two banks never share one. */
  code: string;
  homeCurrency: string;
  foreignCurrency: string;
  country: 'GB' | 'DE';
  bankCode: string;
}

export interface PostalAddress {
  street: string;
  buildingNumber: string;
  postCode: string;
  town: string;
  country: 'GB' | 'DE';
}

export interface Owner {
  partyId: string;
  name: string;
  /** Deterministic, from the name: `first.last@<bank>.sandbox.example`. */
  email: string;
  /** Joint owners share the household address. */
  address: PostalAddress;
}

export interface LedgerAccount {
  id: string;
  username: string;
  kind: AccountKind;
  currency: string;
  nickname: string;
  owners: Owner[];
  iban: string;
  /** Domestic identification: sort code + account number (UK) or the 10-digit account (DE). */
  domestic: string;
  openingDate: string;
  /** Balance before the first generated transaction, in minor units. */
  openingBalanceMinor: number;
  /** The agreed credit line of a credit card (minor units), not included in the balances. */
  creditLimitMinor: number | null;
}

/** Every sandbox credit card has the same credit line: 5,000.00 in its currency. */
export const CREDIT_CARD_LIMIT_MINOR = 500_000;

export interface LedgerTransaction {
  id: string;
  accountId: string;
  /** Signed minor units: negative is money out. */
  amountMinor: number;
  currency: string;
  status: 'booked' | 'pending';
  bookedAt: string;
  description: string;
  counterparty: string;
}

const DAY_MS = 86_400_000;
const MERCHANTS = [
  'Corner Grocer',
  'City Transit',
  'Book Nook',
  'Cafe Aroma',
  'Power & Light',
  'Streamly',
  'Pharmacy Plus',
  'Fuel Stop',
];

/** mulberry32: small, fast and deterministic for a given seed. */
function random(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Ledger {
  readonly accounts: LedgerAccount[] = [];
  private readonly transactions = new Map<string, LedgerTransaction[]>();
  private pendingGeneration = 0;
  /** `consent|account` pairs whose first full transaction read already settled the account. */
  private readonly fullyRead = new Set<string>();
  /** The sandbox clock: real time plus whatever `advance` added. */
  private offsetMs = 0;

  constructor(
    readonly profile: BankProfile,
    /** The day transactions are generated back from (midnight UTC). */
    readonly anchor: Date = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS),
  ) {
    SANDBOX_USERS.forEach((user, userIndex) => {
      this.addUser(user, userIndex);
    });
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  accountsOf(username: string): LedgerAccount[] {
    return this.accounts.filter((a) => a.username === username);
  }

  account(id: string): LedgerAccount | undefined {
    return this.accounts.find((a) => a.id === id);
  }

  /** Newest first; ties broken by id so pages never shift between calls. */
  transactionsOf(accountId: string): LedgerTransaction[] {
    return this.transactions.get(accountId) ?? [];
  }

  balances(accountId: string): { bookedMinor: number; availableMinor: number } {
    const account = this.account(accountId);
    let booked = account?.openingBalanceMinor ?? 0;
    let pending = 0;
    for (const t of this.transactionsOf(accountId)) {
      if (t.status === 'booked') booked += t.amountMinor;
      else pending += t.amountMinor;
    }
    return { bookedMinor: booked, availableMinor: booked + pending };
  }

  /**
   * Moves the sandbox clock by `days`, books every pending transaction at the new time and adds
   * two new pending ones to each account with the 'pending' profile.
   */
  advance(days = 1): { booked: number; added: number } {
    this.offsetMs += days * DAY_MS;
    this.pendingGeneration += 1;
    let booked = 0;
    let added = 0;
    for (const account of this.accounts) {
      const settled = this.settle(account);
      booked += settled.booked;
      added += settled.added;
    }
    return { booked, added };
  }

  /**
   * Called once a consent has been served an account's whole transaction list. The first such read
   * of a 'pending'-profile account by a consent books what was pending and adds two new pending
   * transactions — `advance` for that one account, without moving the clock — so the consent's next
   * read sees pending → booked (issue 4: "transactions move from pending to booked between two syncs").
   * Three new pending ones keep every consent's first read alike (three pending, then booked).
   */
  afterFullRead(consentId: string, accountId: string): void {
    const account = this.account(accountId);
    const key = `${consentId}|${accountId}`;
    if (!account || !isPendingProfile(account) || this.fullyRead.has(key)) return;
    this.fullyRead.add(key);
    this.pendingGeneration += 1;
    // Three, like a new ledger: the next consent's first read looks the same as the first one's.
    this.settle(account, 3);
  }

  /** Books what is pending and adds `fresh` new pending transactions to a 'pending'-profile account. */
  private settle(account: LedgerAccount, fresh = 2): { booked: number; added: number } {
    const now = this.now().toISOString();
    const list = this.transactions.get(account.id) ?? [];
    let booked = 0;
    let added = 0;
    for (const t of list) {
      if (t.status !== 'pending') continue;
      t.status = 'booked';
      t.bookedAt = now;
      booked += 1;
    }
    if (isPendingProfile(account)) {
      for (let i = 0; i < fresh; i += 1) {
        list.push(this.pendingTransaction(account, this.pendingGeneration, i, now));
        added += 1;
      }
    }
    this.sort(list);
    return { booked, added };
  }

  private addUser(user: SandboxUser, userIndex: number): void {
    const shortName = user.username.replace('user_', '');
    user.accounts.forEach((seed, accountIndex) => {
      const id = `${this.profile.code}-${shortName}-${seed.key}`;
      const number = String(10_000_000 + userIndex * 1000 + accountIndex * 7 + 13).slice(-8);
      const domesticNumber = this.profile.country === 'GB' ? `601613${number}` : number;
      const ibanValue = iban(this.profile.country, this.profile.bankCode, domesticNumber);
      const address = this.addressOf(userIndex);
      const owner = (partyId: string, name: string): Owner => ({
        partyId,
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${this.profile.code}.sandbox.example`,
        address,
      });
      const owners: Owner[] = [owner(`${this.profile.code}-party-${shortName}`, user.fullName)];
      if (seed.jointOwner)
        owners.push(owner(`${this.profile.code}-party-${shortName}-joint`, seed.jointOwner));
      const account: LedgerAccount = {
        id,
        username: user.username,
        kind: seed.kind,
        currency: seed.foreignCurrency ? this.profile.foreignCurrency : this.profile.homeCurrency,
        nickname: seed.nickname,
        owners,
        iban: ibanValue,
        domestic: ibanValue.slice(-14),
        openingDate: new Date(this.anchor.getTime() - 3 * 365 * DAY_MS).toISOString(),
        openingBalanceMinor: 0,
        creditLimitMinor: seed.kind === 'credit_card' ? CREDIT_CARD_LIMIT_MINOR : null,
      };
      const list =
        seed.profile === 'history'
          ? this.history(account)
          : this.standard(account, seed.kind === 'credit_card');
      if (seed.profile === 'pending') {
        for (let i = 0; i < 3; i += 1)
          list.push(this.pendingTransaction(account, 0, i, this.anchor.toISOString()));
      }
      // Opening balance keeps the running booked balance above zero (credit cards may go below).
      let running = 0;
      let lowest = 0;
      for (const t of [...list].sort((a, b) => a.bookedAt.localeCompare(b.bookedAt))) {
        running += t.amountMinor;
        lowest = Math.min(lowest, running);
      }
      account.openingBalanceMinor = seed.kind === 'credit_card' ? 0 : 50_000 - lowest;
      this.sort(list);
      this.accounts.push(account);
      this.transactions.set(id, list);
    });
  }

  /** One household address per user, in the bank's country. */
  private addressOf(userIndex: number): PostalAddress {
    const building = String(10 + userIndex * 3);
    return this.profile.country === 'GB'
      ? {
          street: 'High Street',
          buildingNumber: building,
          postCode: 'EC1A 1BB',
          town: 'London',
          country: 'GB',
        }
      : {
          street: 'Hauptstrasse',
          buildingNumber: building,
          postCode: '10115',
          town: 'Berlin',
          country: 'DE',
        };
  }

  /** Thirty transactions over the last sixty days: one salary-like credit, the rest card spending. */
  private standard(account: LedgerAccount, card: boolean): LedgerTransaction[] {
    const rand = random(account.id);
    return Array.from({ length: 30 }, (_, i) => {
      const credit = !card && i % 15 === 0;
      const amount = credit ? 250_000 : -(100 + Math.floor(rand() * 12_000));
      return this.booked(
        account,
        `${account.id}-t${String(i).padStart(4, '0')}`,
        amount,
        60 - i * 2,
        rand,
        credit,
      );
    });
  }

  /** HISTORY_TRANSACTION_COUNT transactions spread evenly over two years, a salary every ~30 days. */
  private history(account: LedgerAccount): LedgerTransaction[] {
    const rand = random(account.id);
    const span = 730;
    return Array.from({ length: HISTORY_TRANSACTION_COUNT }, (_, i) => {
      const daysAgo = span - Math.floor((i * span) / HISTORY_TRANSACTION_COUNT);
      const credit = i % 205 === 0;
      const amount = credit ? 310_000 : -(50 + Math.floor(rand() * 9_000));
      return this.booked(
        account,
        `${account.id}-h${String(i).padStart(5, '0')}`,
        amount,
        daysAgo,
        rand,
        credit,
      );
    });
  }

  private booked(
    account: LedgerAccount,
    id: string,
    amountMinor: number,
    daysAgo: number,
    rand: () => number,
    credit: boolean,
  ): LedgerTransaction {
    const at = this.anchor.getTime() - daysAgo * DAY_MS + Math.floor(rand() * 20) * 3_600_000 + 3_600_000;
    const merchant = credit
      ? 'Sandbox Employer Ltd'
      : (MERCHANTS[Math.floor(rand() * MERCHANTS.length)] ?? 'Shop');
    return {
      id,
      accountId: account.id,
      amountMinor,
      currency: account.currency,
      status: 'booked',
      bookedAt: new Date(at).toISOString(),
      description: credit ? 'Salary' : `Card payment ${merchant}`,
      counterparty: merchant,
    };
  }

  private pendingTransaction(
    account: LedgerAccount,
    generation: number,
    i: number,
    at: string,
  ): LedgerTransaction {
    const merchant = MERCHANTS[(generation * 2 + i) % MERCHANTS.length] ?? 'Shop';
    return {
      id: `${account.id}-p${generation}-${i}`,
      accountId: account.id,
      amountMinor: -(1_000 + generation * 100 + i * 250),
      currency: account.currency,
      status: 'pending',
      bookedAt: at,
      description: `Card authorisation ${merchant}`,
      counterparty: merchant,
    };
  }

  private sort(list: LedgerTransaction[]): void {
    list.sort((a, b) => b.bookedAt.localeCompare(a.bookedAt) || a.id.localeCompare(b.id));
  }
}

const isPendingProfile = (account: LedgerAccount) => account.id.endsWith('pending-current');

/** "1234.5" style decimal for minor units (always two decimals, no sign). */
export function formatMinor(minor: number): string {
  const abs = Math.abs(minor);
  return `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
