/**
 * The `finlet` CLI as an operator runs it: separate processes on one data directory (PGlite here,
 * PostgreSQL in the postgres project), reading the same variables as the server.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dbKind } from '../support/harness.ts';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-cli-'));
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  FINLET_DATA_DIR: dataDir,
  FINLET_DATA_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'silent',
};
let dropDb: (() => Promise<void>) | undefined;

beforeAll(async () => {
  delete env.DATABASE_URL;
  if (dbKind === 'postgres') {
    const url = inject('postgresUrl')!;
    const name = `finlet_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    dropDb = async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
});
afterAll(async () => {
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

const finlet = (...args: string[]) => run(process.execPath, ['--import', 'tsx', cli, ...args], { env });

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
