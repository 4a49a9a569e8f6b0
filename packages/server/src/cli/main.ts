/**
 * The `finlet` admin CLI (`pnpm finlet …`). It reads the same environment as the server, so a
 * partner created here is the one the server sees.
 *
 *   finlet partners create --name N --allowed-origin URL [--allowed-origin URL…] [--webhook-url URL] [--json]
 *   finlet partners list [--json]
 *   finlet keys rotate
 *   finlet db migrate
 *   finlet webhooks replay EVENT_ID
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { desc } from 'drizzle-orm';
import { buildDeps } from '../bootstrap.ts';
import type { Deps } from '../context.ts';
import { lockDataDir } from '../db/lock.ts';
import { partners } from '../db/schema.ts';
import { ConfigError, loadConfig } from '../env.ts';
import { ApiError } from '../errors.ts';
import { createLogger } from '../observability/logger.ts';
import { createPartner } from '../partners/create.ts';
import { redeliverEvent } from '../webhooks/redeliver.ts';

const USAGE = `Usage:
  finlet partners create --name NAME --allowed-origin URL [--allowed-origin URL…] [--webhook-url URL] [--json]
  finlet partners list [--json]
  finlet keys rotate
  finlet db migrate
  finlet webhooks replay EVENT_ID`;

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
    case 'db migrate': {
      await withDeps(async () => {});
      console.log('Migrations applied.');
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
    if (e instanceof ApiError && e.code === 'not_found') {
      console.error(`No such event: ${process.argv[4] ?? ''}`);
      process.exit(1);
    }
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
