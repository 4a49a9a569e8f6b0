/**
 * A partner's provider accounts (re-exported by db/schema.ts): for one capability, which connector
 * of the registry (connectors/registry.ts) and with which settings, credentials and payee. The
 * credentials are AES-GCM ciphertext bound to the row's id (`credentials_enc`); what the API shows
 * of them is `credentials_hint` (e.g. the last 4 characters of a key). Deleting one only marks it
 * `deleted`, so callbacks about money it moved still find its secret. At most one active account
 * serves cards or KYC per partner and mode; pay by bank and bank data take one per bank dialect.
 */
import type { Capability, Payee } from '@finlet/shared';
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const providerAccounts = pgTable(
  'provider_accounts',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    capability: text('capability').$type<Capability>().notNull(),
    connector: text('connector').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    credentialsEnc: text('credentials_enc').notNull(),
    credentialsHint: jsonb('credentials_hint').$type<Record<string, string>>().notNull(),
    payee: jsonb('payee').$type<Payee | null>(),
    status: text('status').$type<'active' | 'deleted'>().notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('provider_accounts_partner_idx').on(t.partnerId, t.livemode, t.createdAt, t.id),
    uniqueIndex('provider_accounts_connector_idx')
      .on(t.partnerId, t.livemode, t.capability, t.connector)
      .where(sql`status = 'active'`),
    uniqueIndex('provider_accounts_single_idx')
      .on(t.partnerId, t.livemode, t.capability)
      .where(sql`status = 'active' and capability in ('cards', 'kyc')`),
  ],
);
