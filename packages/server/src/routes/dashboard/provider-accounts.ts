/**
 * Dashboard API, the provider accounts of one mode (README "Going live"): list them (test mode also
 * names the sandbox providers Finlet itself is configured with), the connectors a new account may
 * name with the fields each asks for (read from the connector registry, so a new connector needs no
 * dashboard change), and add or delete an account. The same services as the partner API
 * (connectors/provider-accounts.ts); changes need `manage_settings` and are audited with the
 * account as the API shows it — credential hints, never a credential.
 */
import { type Capability, createProviderAccountSchema } from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  createProviderAccount,
  deleteProviderAccount,
  listProviderAccounts,
  loadProviderAccount,
  toProviderAccountResource,
} from '../../connectors/provider-accounts.ts';
import { CONNECTORS } from '../../connectors/registry.ts';
import type { Deps } from '../../context.ts';
import { recordAudit } from '../../dashboard/audit.ts';
import { pathId } from '../../middleware/path-id.ts';
import { readJson } from '../../middleware/validate.ts';
import { allow, type DashboardEnv, type Mode, ownerOf } from './env.ts';

/** One field of a connector's settings or credentials, as the form draws it. */
export interface ConnectorField {
  name: string;
  /** `list`: several values, one per line (e.g. the banks an Open Banking account opens). */
  kind: 'text' | 'url' | 'list';
  required: boolean;
}

export interface ConnectorForm {
  connector: string;
  capabilities: Capability[];
  settings: ConnectorField[];
  credentials: ConnectorField[];
  /** Whether a pay-by-bank account of this connector names a payee (name + IBAN or UK account). */
  payee: boolean;
}

type JsonSchema = { properties?: Record<string, { type?: string; format?: string }>; required?: string[] };

/** The fields of a registry schema (a flat object of strings and string lists). */
function fieldsOf(schema: z.ZodType): ConnectorField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, p]) => ({
    name,
    kind: p.type === 'array' ? 'list' : p.format === 'uri' ? 'url' : 'text',
    required: json.required?.includes(name) ?? false,
  }));
}

/** The connectors an account of this mode may name (test mode only sets a pay-by-bank payee). */
export function connectorForms(mode: Mode): ConnectorForm[] {
  return Object.entries(CONNECTORS).flatMap(([connector, d]) => {
    const capabilities = d.capabilities.filter((c) => mode === 'live' || c === 'pay_by_bank');
    if (!capabilities.length) return [];
    return [
      {
        connector,
        capabilities,
        settings: fieldsOf(d.settings),
        credentials: fieldsOf(d.credentials),
        payee: Boolean(d.payee),
      },
    ];
  });
}

export function providerAccountRoutes(deps: Deps, mode: Mode) {
  const app = new Hono<DashboardEnv>();
  const manage = allow('manage_settings');
  const owner = (c: { get(k: 'me'): DashboardEnv['Variables']['me'] }) => ownerOf(c.get('me'), mode);
  const audit = (
    c: { get(k: 'me'): DashboardEnv['Variables']['me'] },
    entry: Omit<Parameters<typeof recordAudit>[2], 'partnerId' | 'mode' | 'targetType'>,
  ) =>
    recordAudit(
      deps.database.db,
      c.get('me').user,
      { ...entry, targetType: 'provider_account', partnerId: owner(c).partnerId, mode },
      deps.clock.now(),
    );

  app.get('/provider_accounts', allow('read'), async (c) => {
    const rows = await listProviderAccounts(deps, owner(c));
    const cfg = deps.config;
    // Test sessions always reach these, whatever accounts exist (a test account only names a payee).
    const builtIn =
      mode === 'live'
        ? []
        : [
            { capability: 'cards', connector: 'sandbox_processor', url: cfg.FINLET_PROCESSOR_URL },
            { capability: 'kyc', connector: 'sandbox_kyc', url: cfg.FINLET_KYC_URL },
            { capability: 'bank_data', connector: 'sandbox_bank_uk', url: cfg.FINLET_BANK_UK_URL },
            { capability: 'pay_by_bank', connector: 'sandbox_bank_eu', url: cfg.FINLET_BANK_EU_URL },
          ];
    return c.json({
      object: 'list',
      data: rows.map(toProviderAccountResource),
      built_in: builtIn,
      has_more: false,
    });
  });

  app.get('/connectors', allow('read'), (c) => c.json({ object: 'list', data: connectorForms(mode) }));

  app.post('/provider_accounts', manage, async (c) => {
    const input = await readJson(c, createProviderAccountSchema);
    const row = await createProviderAccount(deps, owner(c), input);
    const resource = toProviderAccountResource(row);
    await audit(c, { action: 'provider_account.created', targetId: row.id, after: resource });
    return c.json(resource, 201);
  });

  app.delete('/provider_accounts/:id', manage, pathId('provider_account'), async (c) => {
    const id = c.req.valid('param').id;
    const before = toProviderAccountResource(await loadProviderAccount(deps, owner(c), id));
    const resource = toProviderAccountResource(await deleteProviderAccount(deps, owner(c), id));
    await audit(c, { action: 'provider_account.deleted', targetId: id, before, after: resource });
    return c.json(resource);
  });

  return app;
}
