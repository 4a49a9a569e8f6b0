/** Rows → the normalised partner API resources (packages/shared/src/api/links.ts). */
import type { Account, Balance, Link, Transaction } from '@finlet/shared';
import type { Deps } from '../context.ts';
import type { linkAccounts, linkTransactions } from '../db/schema.ts';
import type { LinkRow } from './access.ts';

export type AccountRow = typeof linkAccounts.$inferSelect;
export type TransactionRow = typeof linkTransactions.$inferSelect;

export function toLinkResource(deps: Deps, l: LinkRow): Link {
  const institution = deps.banks.get(l.institution)?.institution;
  return {
    id: l.id,
    object: 'link',
    livemode: l.livemode,
    institution: { id: l.institution, name: institution?.name ?? l.institution },
    status: l.status,
    scopes: l.scopes as Link['scopes'],
    consent_expires_at: l.consentExpiresAt?.toISOString() ?? null,
    session_id: l.sessionId,
    customer_reference: l.customerReference,
    created_at: l.createdAt.toISOString(),
    updated_at: l.updatedAt.toISOString(),
  };
}

export function toAccountResource(a: AccountRow): Account {
  return {
    id: a.id,
    object: 'account',
    livemode: a.livemode,
    link: a.linkId,
    name: a.name,
    type: a.type as Account['type'],
    subtype: a.subtype as Account['subtype'],
    currency: a.currency,
    identifiers: {
      iban: a.identifiers.iban ?? null,
      sort_code: a.identifiers.sort_code ?? null,
      account_number: a.identifiers.account_number ?? null,
    },
    balance: a.balance ? ({ ...a.balance, account: a.id } as Balance) : null,
    created_at: a.createdAt.toISOString(),
  };
}

/** Transactions are stored under their link, whose mode they have. */
export function toTransactionResource(t: TransactionRow, livemode: boolean): Transaction {
  return {
    id: t.id,
    object: 'transaction',
    livemode,
    account: t.accountId,
    amount: t.amount,
    currency: t.currency,
    status: t.status,
    booking_date: t.bookingDate,
    value_date: t.valueDate,
    description: t.description,
    counterparty: t.counterparty,
    bank_reference: t.bankTransactionId,
  };
}
