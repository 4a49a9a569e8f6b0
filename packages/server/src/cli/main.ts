/**
 * The `finlet` admin CLI (`pnpm finlet …`). It reads the same environment as the server, so a
 * partner created here is the one the server sees.
 *
 *   finlet partners create --name N --allowed-origin URL [--allowed-origin URL…] [--webhook-url URL] [--json]
 *   finlet partners list [--json]
 *   finlet keys rotate
 *   finlet api-keys create --partner PARTNER_ID [--mode test|live] [--description TEXT] [--json]
 *   finlet api-keys list --partner PARTNER_ID [--json]
 *   finlet api-keys roll API_KEY_ID [--overlap-hours H] [--json]
 *   finlet api-keys revoke API_KEY_ID [--json]
 *   finlet provider-accounts create --partner PARTNER_ID --capability C --connector NAME [--settings JSON]
 *     [--credentials-file PATH | --credentials JSON] [--payee JSON] [--test] [--json]
 *   finlet provider-accounts list --partner PARTNER_ID [--test] [--json]
 *   finlet provider-accounts delete PROVIDER_ACCOUNT_ID [--json]
 *   finlet users create --operator --email EMAIL [--json]
 *   finlet users create --partner PARTNER_ID --role admin|developer|reviewer|viewer --email EMAIL [--json]
 *   finlet db migrate
 *   finlet webhooks replay EVENT_ID
 *   finlet lists [--json]
 *
 * `keys` are Finlet's token signing keys; `api-keys` are a partner's secret keys (sk_…).
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_ROLL_OVERLAP_SECONDS } from '@finlet/shared';
import { desc, eq } from 'drizzle-orm';
import { createKey, revokeKey, rollKey, toApiKeyResource } from '../auth/api-key-lifecycle.ts';
import { buildDeps } from '../bootstrap.ts';
import type { Deps } from '../context.ts';
import { PARTNER_ROLES } from '../dashboard/roles.ts';
import { CLI_ACTOR, createInvitation } from '../dashboard/team.ts';
import { lockDataDir } from '../db/lock.ts';
import type { DashboardRole } from '../db/schema.ts';
import { apiKeys, partners } from '../db/schema.ts';
import { ConfigError, loadConfig } from '../env.ts';
import { ApiError } from '../errors.ts';
import { readListLoads } from '../identity/list-loads.ts';
import { createLogger } from '../observability/logger.ts';
import { createPartner } from '../partners/create.ts';
import { redeliverEvent } from '../webhooks/redeliver.ts';
import { providerAccountCommand } from './provider-accounts.ts';

const USAGE = `Usage:
  finlet partners create --name NAME --allowed-origin URL [--allowed-origin URL…] [--webhook-url URL] [--json]
  finlet partners list [--json]
  finlet keys rotate
  finlet api-keys create --partner PARTNER_ID [--mode test|live] [--description TEXT] [--json]
  finlet api-keys list --partner PARTNER_ID [--json]
  finlet api-keys roll API_KEY_ID [--overlap-hours H] [--json]   (default 24, at most 168)
  finlet api-keys revoke API_KEY_ID [--json]
  finlet provider-accounts create --partner PARTNER_ID --capability cards|pay_by_bank|bank_data|kyc
      --connector NAME [--settings JSON] [--credentials-file PATH | --credentials JSON] [--payee JSON]
      [--test] [--json]                                         (live unless --test)
  finlet provider-accounts list --partner PARTNER_ID [--test] [--json]
  finlet provider-accounts delete PROVIDER_ACCOUNT_ID [--json]
  finlet users create --operator --email EMAIL [--json]
  finlet users create --partner PARTNER_ID --role admin|developer|reviewer|viewer --email EMAIL [--json]
  finlet db migrate
  finlet webhooks replay EVENT_ID
  finlet lists [--json]                     (every node's last sanctions list loads)`;

class UsageError extends Error {}

async function withDeps<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = config.DATABASE_URL ? () => {} : lockDataDir(config.dataDir, 'the finlet CLI');
  try {
    const deps = await buildDeps(config, {
      logger: createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr),
    });
    try {
      return await fn(deps);
    } finally {
      await deps.database.close();
    }
  } finally {
    unlock();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'webhook-url': { type: 'string' },
      partner: { type: 'string' },
      mode: { type: 'string' },
      description: { type: 'string' },
      'overlap-hours': { type: 'string' },
      capability: { type: 'string' },
      connector: { type: 'string' },
      settings: { type: 'string' },
      credentials: { type: 'string' },
      'credentials-file': { type: 'string' },
      payee: { type: 'string' },
      test: { type: 'boolean', default: false },
      operator: { type: 'boolean', default: false },
      email: { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const cmd = positionals.slice(0, 2).join(' ');
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  switch (cmd) {
    case 'partners create': {
      if (!values.name || !values['allowed-origin']?.length) {
        throw new UsageError('partners create needs --name and at least one --allowed-origin');
      }
      const created = await withDeps((deps) =>
        createPartner(deps, {
          name: values.name!,
          allowedOrigins: values['allowed-origin']!,
          ...(values['webhook-url'] ? { webhookUrl: values['webhook-url'] } : {}),
        }),
      );
      if (values.json) console.log(JSON.stringify(created, null, 2));
      else {
        console.log(`Partner ${created.partner_id} created.`);
        console.log(`Secret key (shown once): ${created.secret_key}`);
        if (created.webhook_endpoint) {
          console.log(`Webhook endpoint ${created.webhook_endpoint.id} → ${created.webhook_endpoint.url}`);
          console.log(`Webhook secret (shown once): ${created.webhook_endpoint.secret}`);
        }
      }
      return;
    }
    case 'partners list': {
      const rows = await withDeps((deps) =>
        deps.database.db.select().from(partners).orderBy(desc(partners.createdAt)),
      );
      const out = rows.map((r) => ({
        partner_id: r.id,
        name: r.name,
        allowed_origins: r.allowedOrigins,
        created_at: r.createdAt.toISOString(),
      }));
      if (values.json) console.log(JSON.stringify(out, null, 2));
      else for (const p of out) console.log(`${p.partner_id}  ${p.name}  ${p.allowed_origins.join(', ')}`);
      return;
    }
    case 'keys rotate': {
      const r = await withDeps((deps) => deps.keys.rotate());
      console.log(JSON.stringify({ active_kid: r.kid, retired_kids: r.retired }));
      return;
    }
    case 'api-keys create':
    case 'api-keys list':
    case 'api-keys roll':
    case 'api-keys revoke':
      await apiKeyCommand(positionals[1]!, positionals[2], values);
      return;
    case 'provider-accounts create':
    case 'provider-accounts list':
    case 'provider-accounts delete':
      await withDeps((deps) =>
        providerAccountCommand(deps, positionals[1]!, positionals[2], values, (m) => new UsageError(m)),
      );
      return;
    case 'users create': {
      const partnerId = values.partner ?? null;
      if (!values.email || values.operator === Boolean(partnerId))
        throw new UsageError(
          'users create needs --email and either --operator or --partner PARTNER_ID --role ROLE',
        );
      const role = (values.operator ? 'operator' : values.role) as DashboardRole;
      if (!values.operator && !(PARTNER_ROLES as readonly string[]).includes(role))
        throw new UsageError(`--role is one of ${PARTNER_ROLES.join(', ')}`);
      const invited = await withDeps((deps) =>
        createInvitation(deps, CLI_ACTOR, { partnerId, email: values.email!, role }),
      );
      if (values.json) console.log(JSON.stringify(invited, null, 2));
      else {
        console.log(
          `Invitation for ${invited.invitation.email} (${role}) created; it expires ${invited.invitation.expires_at}.`,
        );
        console.log(`Open this link to set a password and sign in (shown once): ${invited.url}`);
      }
      return;
    }
    case 'db migrate': {
      await withDeps(async () => {});
      console.log('Migrations applied.');
      return;
    }
    case 'lists': {
      const loads = await withDeps((deps) => readListLoads(deps.database.db));
      if (values.json) console.log(JSON.stringify(loads, null, 2));
      else if (loads.length === 0)
        console.log('No node has loaded the sanctions lists yet (they load at the first screening).');
      else
        for (const l of loads) {
          const what = l.version ? `${l.version}  ${l.entries} entries  loaded ${l.loaded_at}` : 'no version';
          const why = l.error ? `  last attempt ${l.attempted_at} failed: ${l.error}` : '';
          console.log(`${l.source}  ${l.node}  ${l.state}  ${what}${why}`);
        }
      return;
    }
    case 'webhooks replay': {
      const id = positionals[2];
      if (!id) throw new UsageError('webhooks replay needs an EVENT_ID');
      const n = await withDeps((deps) => redeliverEvent(deps, id));
      console.log(JSON.stringify({ event_id: id, deliveries_queued: n }));
      return;
    }
    default:
      throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  }
}

/** `finlet api-keys …`: a partner's secret keys, as the operator manages them (no tenancy, no mode rule). */
async function apiKeyCommand(
  sub: string,
  id: string | undefined,
  o: { partner?: string; mode?: string; description?: string; 'overlap-hours'?: string; json?: boolean },
) {
  const print = (human: string, json: unknown) => console.log(o.json ? JSON.stringify(json, null, 2) : human);
  if (sub === 'create' || sub === 'list') {
    if (!o.partner) throw new UsageError(`api-keys ${sub} needs --partner PARTNER_ID`);
    if (o.mode !== undefined && o.mode !== 'test' && o.mode !== 'live')
      throw new UsageError('--mode is test or live');
  } else if (!id) throw new UsageError(`api-keys ${sub} needs an API_KEY_ID`);
  await withDeps(async (deps) => {
    const now = deps.clock.now();
    if (sub === 'create' || sub === 'list') {
      const [partner] = await deps.database.db.select().from(partners).where(eq(partners.id, o.partner!));
      if (!partner) throw new Error(`No such partner: ${o.partner}`);
    }
    if (sub === 'create') {
      const { row, secret } = await createKey(deps, {
        partnerId: o.partner!,
        mode: (o.mode ?? 'test') as 'test' | 'live',
        description: o.description,
      });
      print(`API key ${row.id} created.\nSecret key (shown once): ${secret}`, {
        ...toApiKeyResource(row, now),
        secret,
      });
    } else if (sub === 'list') {
      const rows = await deps.database.db
        .select()
        .from(apiKeys)
        .where(eq(apiKeys.partnerId, o.partner!))
        .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
      const keys = rows.map((r) => toApiKeyResource(r, now));
      print(
        keys
          .map(
            (k) =>
              `${k.id}  ${k.mode}  …${k.last4}  ${k.status}${k.expires_at ? ` until ${k.expires_at}` : ''}`,
          )
          .join('\n'),
        keys,
      );
    } else if (sub === 'roll') {
      const hours = Number(o['overlap-hours'] ?? 24);
      if (!Number.isFinite(hours) || hours < 0 || hours > MAX_ROLL_OVERLAP_SECONDS / 3600)
        throw new UsageError('--overlap-hours is 0 to 168');
      const rolled = await rollKey(deps, id!, Math.round(hours * 3600));
      print(
        `API key ${rolled.row.id} replaces ${id}, which works until ${rolled.previous.expiresAt!.toISOString()}.\nSecret key (shown once): ${rolled.secret}`,
        {
          ...toApiKeyResource(rolled.row, now),
          secret: rolled.secret,
          previous_key: toApiKeyResource(rolled.previous, now),
        },
      );
    } else {
      const { row, lastKey } = await revokeKey(deps, id!, { allowLast: true });
      if (lastKey)
        console.error(
          `Warning: partner ${row.partnerId} has no active API key left; create one with: finlet api-keys create --partner ${row.partnerId}`,
        );
      print(`API key ${row.id} revoked.`, toApiKeyResource(row, now));
    }
  });
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'));
if (invokedDirectly) {
  run(process.argv.slice(2)).catch((e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      process.exit(64);
    }
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    if (e instanceof ApiError && e.code === 'not_found' && process.argv[2] === 'webhooks') {
      console.error(`No such event: ${process.argv[4] ?? ''}`);
      process.exit(1);
    }
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
