/**
 * The `finlet` CLI as an operator runs it: separate processes on one data directory (PGlite here,
 * PostgreSQL in the postgres project), reading the same variables as the server.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { useCli } from '../support/cli.ts';
import { dbKind } from '../support/harness.ts';

const { dataDir, env, finlet } = useCli();

describe('finlet CLI', () => {
  it('db migrate applies the migrations', async () => {
    const { stdout } = await finlet('db', 'migrate');
    expect(stdout).toContain('Migrations applied.');
  });

  it('partners create --json prints the partner id, secret key and webhook endpoint once', async () => {
    const { stdout } = await finlet(
      'partners', 'create', '--name', 'Acme', '--allowed-origin', 'https://acme.example',
      '--allowed-origin', 'https://www.acme.example', '--webhook-url', 'https://acme.example/hooks', '--json',
    ); // biome-ignore format: argv
    const out = JSON.parse(stdout);
    expect(out.partner_id).toMatch(/^par_/);
    expect(out.secret_key).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect(out.webhook_endpoint).toMatchObject({
      id: expect.stringMatching(/^whe_/),
      url: 'https://acme.example/hooks',
    });
    expect(out.webhook_endpoint.secret).toMatch(/^whsec_/);

    const list = JSON.parse((await finlet('partners', 'list', '--json')).stdout);
    expect(list).toEqual([
      expect.objectContaining({
        partner_id: out.partner_id,
        name: 'Acme',
        allowed_origins: ['https://acme.example', 'https://www.acme.example'],
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(out.secret_key);
  });

  it('partners create without a webhook prints webhook_endpoint null', async () => {
    const { stdout } = await finlet(
      'partners',
      'create',
      '--name',
      'Solo',
      '--allowed-origin',
      'https://solo.example',
      '--json',
    );
    expect(JSON.parse(stdout).webhook_endpoint).toBeNull();
  });

  it('keys rotate reports the new active key and the retired one', async () => {
    const first = JSON.parse((await finlet('keys', 'rotate')).stdout);
    const second = JSON.parse((await finlet('keys', 'rotate')).stdout);
    expect(second.retired_kids).toEqual([first.active_kid]);
    expect(second.active_kid).not.toBe(first.active_kid);
  });

  it('api-keys create, list, roll and revoke a partner’s secret keys (the last one with a warning)', async () => {
    const partner = JSON.parse(
      (
        await finlet(
          'partners',
          'create',
          '--name',
          'Keys',
          '--allowed-origin',
          'https://keys.example',
          '--json',
        )
      ).stdout,
    );
    const id = partner.partner_id as string;
    const created = JSON.parse(
      (
        await finlet(
          'api-keys',
          'create',
          '--partner',
          id,
          '--mode',
          'live',
          '--description',
          'ops',
          '--json',
        )
      ).stdout,
    );
    expect(created).toMatchObject({ object: 'api_key', mode: 'live', description: 'ops', status: 'active' });
    expect(created.secret).toMatch(/^sk_live_[A-Za-z0-9]{32}$/);
    expect(created.last4).toBe(created.secret.slice(-4));

    const list = JSON.parse((await finlet('api-keys', 'list', '--partner', id, '--json')).stdout);
    expect(list.map((k: { id: string }) => k.id)).toContain(created.id);
    expect(list).toHaveLength(2);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    expect(JSON.stringify(list)).not.toContain(partner.secret_key);

    const before = Date.now();
    const rolled = JSON.parse(
      (await finlet('api-keys', 'roll', created.id, '--overlap-hours', '1', '--json')).stdout,
    );
    expect(rolled.secret).toMatch(/^sk_live_/);
    expect(rolled.previous_key).toMatchObject({ id: created.id, status: 'expiring' });
    expect(Date.parse(rolled.previous_key.expires_at)).toBeGreaterThanOrEqual(before + 3600_000 - 1000);

    const revoked = await finlet('api-keys', 'revoke', rolled.id, '--json');
    expect(JSON.parse(revoked.stdout)).toMatchObject({ id: rolled.id, status: 'revoked' });
    expect(revoked.stderr).toBe('');
    // The partner's first key is now its last active one: the operator may revoke it, with a warning.
    const original = list.find((k: { id: string }) => k.id !== created.id).id;
    const last = await finlet('api-keys', 'revoke', original);
    expect(last.stdout).toContain(`API key ${original} revoked.`);
    expect(last.stderr).toContain(`partner ${id} has no active API key left`);

    const unknownKey = await finlet('api-keys', 'revoke', 'apk_000000000000000000000000').catch((e) => e);
    expect(unknownKey.code).toBe(1);
    expect(unknownKey.stderr).toContain('No such API key');
    const unknownPartner = await finlet('api-keys', 'list', '--partner', 'par_nobody').catch((e) => e);
    expect(unknownPartner.code).toBe(1);
    expect(unknownPartner.stderr).toContain('No such partner: par_nobody');
    const usage = await finlet('api-keys', 'create').catch((e) => e);
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('api-keys create needs --partner');
  }, 240_000); // eight CLI processes, each opening the database

  it('provider-accounts create, list and delete a partner’s live accounts, never printing credentials', async () => {
    const partner = JSON.parse(
      (
        await finlet(
          'partners',
          'create',
          '--name',
          'Live',
          '--allowed-origin',
          'https://live.example',
          '--json',
        )
      ).stdout,
    ).partner_id as string;
    const secrets = path.join(dataDir, 'processor-credentials.json');
    const { writeFileSync } = await import('node:fs');
    const apiKey = 'psk_test_cli_live_account_key';
    writeFileSync(secrets, JSON.stringify({ api_key: apiKey, callback_secret: 'pcs_test_cli_live_secret' }));
    const created = await finlet(
      'provider-accounts', 'create', '--partner', partner, '--capability', 'cards', '--connector', 'sandbox_processor',
      '--settings', '{"api_base_url":"https://processor.example","publishable_key":"ppk_test_cli"}', '--credentials-file', secrets, '--json',
    ); // biome-ignore format: argv
    const account = JSON.parse(created.stdout);
    expect(account).toMatchObject({
      livemode: true,
      capability: 'cards',
      credentials: { api_key_last4: apiKey.slice(-4) },
      status: 'active',
    });
    expect(created.stdout).not.toContain(apiKey);

    const badPayee = await finlet(
      'provider-accounts', 'create', '--partner', partner, '--capability', 'pay_by_bank', '--connector', 'ob_uk',
      '--settings', '{"institutions":["sandbox-bank-uk"]}', '--payee', '{"name":"Shop","iban":"GB82WEST12345698765433"}',
    ).catch((e) => e); // biome-ignore format: argv
    expect(badPayee.code).toBe(1);
    expect(badPayee.stderr).toContain('payee.iban');

    const listed = await finlet('provider-accounts', 'list', '--partner', partner, '--json');
    expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id)).toEqual([account.id]);
    expect(listed.stdout).not.toContain(apiKey);
    const deleted = JSON.parse((await finlet('provider-accounts', 'delete', account.id, '--json')).stdout);
    expect(deleted.status).toBe('deleted');
  }, 240_000); // five CLI processes, each opening the database
  it('users create --operator prints the first operator’s invitation link once; a second one for the address is refused', async () => {
    const { stdout } = await finlet('users', 'create', '--operator', '--email', 'Ops@Example.com', '--json');
    const out = JSON.parse(stdout);
    expect(out.invitation).toMatchObject({ email: 'ops@example.com', role: 'operator', partner_id: null });
    expect(out.url).toMatch(/\/dashboard\/invite#token=[\w-]{32}$/);
    const again = await finlet('users', 'create', '--operator', '--email', 'ops@example.com').catch((e) => e);
    expect(again.code).toBe(1);
    const usage = await finlet('users', 'create', '--email', 'x@example.com').catch((e) => e);
    expect(usage.code).toBe(64);
  }, 120_000); // three CLI processes

  it('lists prints the sanctions list loads of every node that screened', async () => {
    expect((await finlet('lists')).stdout).toContain('No node has loaded the sanctions lists yet');
    // A server on the same database screens once (its lists load then), and stops.
    const server = await buildDeps(loadConfig({ ...env, FINLET_NODE_NAME: 'web-1' }), {
      logger: createLogger('silent'),
    });
    const versions = await server.screening.versions();
    server.screening.close();
    await server.database.close();

    const loads = JSON.parse((await finlet('lists', '--json')).stdout);
    expect(loads).toEqual([
      expect.objectContaining({ node: 'web-1', source: 'sandbox', state: 'loaded', error: null }),
    ]);
    expect(Object.values(versions)).toContain(loads[0].version);
    const { stdout } = await finlet('lists');
    expect(stdout).toContain(`sandbox  web-1  loaded  ${loads[0].version}  ${loads[0].entries} entries`);
  }, 120_000); // two CLI processes and a server's start

  it('rejects bad usage with exit code 64 and the usage text', async () => {
    const err = await finlet('partners', 'create', '--name', 'NoOrigin').catch((e) => e);
    expect(err.code).toBe(64);
    expect(err.stderr).toContain('needs --name and at least one --allowed-origin');
    expect(err.stderr).toContain('Usage:');
  });

  it('rejects an allowed origin that is not an origin', async () => {
    const err = await finlet(
      'partners',
      'create',
      '--name',
      'X',
      '--allowed-origin',
      'https://x.example/path',
    ).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toContain('not an origin');
  });

  // PostgreSQL needs no lock: only the embedded database is single-process.
  const pgliteOnly = dbKind === 'pglite' ? it : () => {};
  pgliteOnly('refuses to open an embedded data directory another process holds', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(dataDir, 'pgdata.lock'),
      JSON.stringify({ pid: process.pid, who: 'the Finlet server' }),
    );
    try {
      const err = await finlet('partners', 'list').catch((e) => e);
      expect(err.code).toBe(1);
      expect(err.stderr).toContain('is in use by the Finlet server');
    } finally {
      rmSync(path.join(dataDir, 'pgdata.lock'), { force: true });
    }
  });
});
