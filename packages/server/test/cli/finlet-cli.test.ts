/**
 * The `finlet` CLI as an operator runs it: separate processes on one data directory (PGlite here,
 * PostgreSQL in the postgres project), reading the same variables as the server.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { dbKind } from '../support/harness.ts';

const { dataDir, finlet } = useCli();

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
