/**
 * A partner's provider accounts: create, update, delete and show them (the API in
 * routes/provider-accounts.ts and the operator's `finlet provider-accounts …` share this). Every
 * write is checked against the connector's registry entry (capability, settings, credentials, the
 * payee for pay by bank) before anything is stored; credentials are sealed with the data cipher and
 * only their registry hint is ever shown. Live accounts serve live sessions; a test key may only
 * create a pay-by-bank account, to choose who its test payments pay (test mode otherwise always uses
 * the sandbox providers). A sandbox connector is refused for a live account in production.
 */
import {
  type CreateProviderAccount,
  newId,
  type ProviderAccount,
  type UpdateProviderAccount,
} from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Deps } from '../context.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { providerAccounts } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { credentialsContext, type ProviderAccountRow } from './providers.ts';
import { CONNECTORS, type ConnectorDefinition, type ConnectorEnv, connectorNamed } from './registry.ts';

type AccountDeps = Pick<Deps, 'database' | 'clock' | 'cipher' | 'config' | 'banks'>;

export function toProviderAccountResource(row: ProviderAccountRow): ProviderAccount {
  return {
    id: row.id,
    object: 'provider_account',
    livemode: row.livemode,
    capability: row.capability,
    connector: row.connector,
    settings: row.settings,
    credentials: row.credentialsHint,
    payee: row.payee ?? null,
    status: row.status,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** Parses `value` with a registry schema; an issue becomes `invalid_request` naming the field (never its value). */
function parsed<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const param = [field, ...issue.path.map(String)].join('.');
  throw new ApiError('invalid_request', `${param}: ${issue.message}`, param);
}

/** Everything a write must satisfy; returns what is stored. */
function validated(
  deps: AccountDeps,
  owner: Owner,
  definition: ConnectorDefinition,
  input: {
    capability: ProviderAccountRow['capability'];
    settings: unknown;
    credentials: unknown;
    payee?: unknown;
  },
) {
  const env: ConnectorEnv = { config: deps.config, banks: deps.banks };
  const settings = parsed(definition.settings, input.settings, 'settings');
  const credentials = parsed(definition.credentials, input.credentials, 'credentials');
  definition.check?.(settings, env);
  if (owner.livemode && deps.config.NODE_ENV === 'production' && definition.sandbox(settings, env))
    throw new ApiError(
      'invalid_request',
      'This connector reaches a sandbox provider: it cannot serve live sessions in production.',
      'connector',
    );
  let payee = null;
  if (input.capability === 'pay_by_bank') {
    if (input.payee === undefined)
      throw new ApiError(
        'invalid_request',
        'A pay_by_bank account needs the payee its payments pay.',
        'payee',
      );
    payee = parsed(definition.payee!, input.payee, 'payee');
  } else if (input.payee !== undefined)
    throw new ApiError('invalid_request', 'Only a pay_by_bank account has a payee.', 'payee');
  return {
    settings: settings as Record<string, unknown>,
    credentials,
    hint: definition.hint(credentials),
    payee,
  };
}

/** The next `updated_at`: the version the connector cache keys on, so it must move on every change. */
const nextVersion = (deps: Pick<Deps, 'clock'>, row: ProviderAccountRow) =>
  new Date(Math.max(deps.clock.now().getTime(), row.updatedAt.getTime() + 1));

const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Error && ((e as { code?: string }).code === '23505' || isUniqueViolation(e.cause));

export async function createProviderAccount(deps: AccountDeps, owner: Owner, input: CreateProviderAccount) {
  const definition = connectorNamed(input.connector);
  if (!definition)
    throw new ApiError(
      'invalid_request',
      `Unknown connector ${input.connector}; one of ${Object.keys(CONNECTORS).join(', ')}.`,
      'connector',
    );
  if (!definition.capabilities.includes(input.capability))
    throw new ApiError(
      'invalid_request',
      `${input.connector} serves ${definition.capabilities.join(', ')}, not ${input.capability}.`,
      'capability',
    );
  if (!owner.livemode && input.capability !== 'pay_by_bank')
    throw new ApiError(
      'permission_denied',
      'Test mode always uses the sandbox providers: a test key may only set a pay_by_bank account (its payee). Use a live key.',
      'capability',
    );
  const checked = validated(deps, owner, definition, input);
  const id = newId('provider_account');
  const now = deps.clock.now();
  try {
    const [row] = await deps.database.db
      .insert(providerAccounts)
      .values({
        id,
        ...owner,
        capability: input.capability,
        connector: input.connector,
        settings: checked.settings,
        credentialsEnc: deps.cipher.encrypt(JSON.stringify(checked.credentials), credentialsContext(id)),
        credentialsHint: checked.hint,
        payee: checked.payee,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError(
      'invalid_state',
      input.capability === 'cards' || input.capability === 'kyc'
        ? `This partner already has an active ${input.capability} account; update or delete it first.`
        : `This partner already has an active ${input.capability} account with ${input.connector}; update it.`,
      'capability',
    );
  }
}

export async function loadProviderAccount(deps: Pick<Deps, 'database'>, owner: Owner, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(providerAccounts)
    .where(and(eq(providerAccounts.id, id), ownedBy(providerAccounts, owner)));
  if (!row) throw notFound('provider account');
  return row;
}

/** Replaces what the update names; the credentials, when sent, as a whole. */
export async function updateProviderAccount(
  deps: AccountDeps,
  owner: Owner,
  id: string,
  input: UpdateProviderAccount,
) {
  const row = await loadProviderAccount(deps, owner, id);
  if (row.status !== 'active')
    throw new ApiError('invalid_state', 'A deleted provider account cannot change.');
  const definition = connectorNamed(row.connector)!;
  const credentials =
    input.credentials ?? JSON.parse(deps.cipher.decryptText(row.credentialsEnc, credentialsContext(row.id)));
  const checked = validated(deps, owner, definition, {
    capability: row.capability,
    settings: input.settings ?? row.settings,
    credentials,
    payee: input.payee ?? row.payee ?? undefined,
  });
  const [updated] = await deps.database.db
    .update(providerAccounts)
    .set({
      settings: checked.settings,
      credentialsEnc: deps.cipher.encrypt(JSON.stringify(checked.credentials), credentialsContext(row.id)),
      credentialsHint: checked.hint,
      payee: checked.payee,
      updatedAt: nextVersion(deps, row),
    })
    .where(and(eq(providerAccounts.id, row.id), eq(providerAccounts.status, 'active')))
    .returning();
  if (!updated) throw new ApiError('invalid_state', 'A deleted provider account cannot change.');
  return updated;
}

/** Stops the account serving new sessions; its row stays, so callbacks about money it moved still verify. */
export async function deleteProviderAccount(
  deps: Pick<Deps, 'database' | 'clock'>,
  owner: Owner,
  id: string,
) {
  const row = await loadProviderAccount(deps, owner, id);
  if (row.status === 'deleted') return row;
  const [deleted] = await deps.database.db
    .update(providerAccounts)
    .set({ status: 'deleted', updatedAt: nextVersion(deps, row) })
    .where(eq(providerAccounts.id, row.id))
    .returning();
  return deleted!;
}

/** The owner's active accounts, newest first (the CLI's list; the API pages the same rows). */
export async function listProviderAccounts(deps: Pick<Deps, 'database'>, owner: Owner) {
  return deps.database.db
    .select()
    .from(providerAccounts)
    .where(and(ownedBy(providerAccounts, owner), eq(providerAccounts.status, 'active')))
    .orderBy(desc(providerAccounts.createdAt), desc(providerAccounts.id));
}
