/**
 * `finlet provider-accounts …`: a partner's provider accounts as the operator manages them — the
 * same rules as `POST /v1/provider_accounts` (connectors/provider-accounts.ts), live by default
 * (`--test` for a test payee). Credentials are read from `--credentials-file` (or `--credentials`,
 * which leaves them in the shell history) and never printed: lists show the hints only.
 */
import { readFileSync } from 'node:fs';
import { createProviderAccountSchema } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import {
  createProviderAccount,
  deleteProviderAccount,
  listProviderAccounts,
  toProviderAccountResource,
} from '../connectors/provider-accounts.ts';
import type { Deps } from '../context.ts';
import { partners, providerAccounts } from '../db/schema.ts';
import { ApiError } from '../errors.ts';

export interface ProviderAccountOptions {
  partner?: string;
  capability?: string;
  connector?: string;
  settings?: string;
  credentials?: string;
  'credentials-file'?: string;
  payee?: string;
  test?: boolean;
  json?: boolean;
}

/** A flag's JSON, or a usage error naming the flag. */
function json(flag: string, text: string | undefined, usage: (m: string) => Error): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw usage(`--${flag} must be JSON, e.g. '{"api_base_url":"https://…"}'`);
  }
}

export async function providerAccountCommand(
  deps: Deps,
  sub: string,
  id: string | undefined,
  o: ProviderAccountOptions,
  usage: (message: string) => Error,
): Promise<void> {
  const print = (human: string, out: unknown) => console.log(o.json ? JSON.stringify(out, null, 2) : human);
  if (sub === 'delete') {
    if (!id) throw usage('provider-accounts delete needs a PROVIDER_ACCOUNT_ID');
    const [row] = await deps.database.db.select().from(providerAccounts).where(eq(providerAccounts.id, id));
    if (!row) throw new Error(`No such provider account: ${id}`);
    const deleted = await deleteProviderAccount(deps, row, id);
    print(`Provider account ${id} deleted.`, toProviderAccountResource(deleted));
    return;
  }
  if (!o.partner) throw usage(`provider-accounts ${sub} needs --partner PARTNER_ID`);
  const [partner] = await deps.database.db.select().from(partners).where(eq(partners.id, o.partner));
  if (!partner) throw new Error(`No such partner: ${o.partner}`);
  const owner = { partnerId: partner.id, livemode: !o.test };
  if (sub === 'list') {
    const rows = (await listProviderAccounts(deps, owner)).map(toProviderAccountResource);
    print(
      rows
        .map((r) => `${r.id}  ${r.capability}  ${r.connector}  ${JSON.stringify(r.credentials)}`)
        .join('\n'),
      rows,
    );
    return;
  }
  if (!o.capability || !o.connector)
    throw usage('provider-accounts create needs --partner, --capability and --connector');
  const credentials =
    o['credentials-file'] !== undefined ? readFileSync(o['credentials-file'], 'utf8') : o.credentials;
  const input = createProviderAccountSchema.safeParse({
    capability: o.capability,
    connector: o.connector,
    settings: json('settings', o.settings, usage),
    credentials: json('credentials', credentials, usage),
    payee: json('payee', o.payee, usage),
  });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    throw new ApiError('invalid_request', `${issue.path.join('.')}: ${issue.message}`);
  }
  const row = await createProviderAccount(deps, owner, input.data);
  print(
    `Provider account ${row.id} (${row.capability}, ${row.connector}, ${row.livemode ? 'live' : 'test'}) created.`,
    toProviderAccountResource(row),
  );
}
