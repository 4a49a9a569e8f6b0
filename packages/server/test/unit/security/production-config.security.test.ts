/**
 * Production configuration is explicit (issue 12, item 1): with NODE_ENV=production Finlet refuses
 * to start while a provider URL, key or secret is left at its sandbox default or set to a value the
 * README publishes — anyone could sign provider callbacks with those — and says which variables,
 * all at once, in one message (exit 78).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_KYC_API_KEY, DEFAULT_KYC_CALLBACK_SECRET } from '@finlet/sandbox/kyc/app.ts';
import {
  DEFAULT_PROCESSOR_API_KEY,
  DEFAULT_PROCESSOR_CALLBACK_SECRET,
} from '@finlet/sandbox/processor/app.ts';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PUBLISHED_SANDBOX_VALUES } from '../../../src/env.ts';
import { productionProviders as explicit } from '../../support/production-env.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../../README.md'), 'utf8');
const dataKey = randomBytes(32).toString('base64');

/** The variables a ConfigError names, one per issue. */
function refused(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues.map((i) => i.slice(0, i.indexOf(':')));
  }
  return [];
}

describe('production configuration', () => {
  it('refuses to start on the sandbox defaults, naming each provider setting left unset', () => {
    expect(refused({ NODE_ENV: 'production', FINLET_DATA_KEY: dataKey }).sort()).toEqual(
      Object.keys(explicit).sort(),
    );
    expect(refused({ NODE_ENV: 'production' })).toContain('FINLET_DATA_KEY');
  });

  it('refuses the secrets the README publishes, even when set explicitly or in another variable', () => {
    const published = {
      ...explicit,
      FINLET_PROCESSOR_API_KEY: 'psk_test_sandbox',
      FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_test_sandbox',
      FINLET_KYC_API_KEY: 'ksk_test_sandbox',
      FINLET_KYC_CALLBACK_SECRET: 'kcs_test_sandbox',
      FINLET_BANK_CLIENT_ID: 'finlet-sandbox',
    };
    expect(refused({ NODE_ENV: 'production', FINLET_DATA_KEY: dataKey, ...published }).sort()).toEqual([
      'FINLET_BANK_CLIENT_ID',
      'FINLET_KYC_API_KEY',
      'FINLET_KYC_CALLBACK_SECRET',
      'FINLET_PROCESSOR_API_KEY',
      'FINLET_PROCESSOR_CALLBACK_SECRET',
    ]);
    const swapped = { ...explicit, FINLET_KYC_CALLBACK_SECRET: 'pcs_test_sandbox' };
    expect(refused({ NODE_ENV: 'production', FINLET_DATA_KEY: dataKey, ...swapped })).toEqual([
      'FINLET_KYC_CALLBACK_SECRET',
    ]);
  });

  it('starts with every provider setting named and private', () => {
    const config = loadConfig({ NODE_ENV: 'production', FINLET_DATA_KEY: dataKey, ...explicit });
    expect(config.FINLET_KYC_CALLBACK_SECRET).toBe(explicit.FINLET_KYC_CALLBACK_SECRET);
    expect(config.FINLET_PROCESSOR_CALLBACK_SECRET).toBe(explicit.FINLET_PROCESSOR_CALLBACK_SECRET);
  });

  it('keeps the sandbox defaults in development and test', () => {
    expect(loadConfig({}).FINLET_KYC_CALLBACK_SECRET).toBe('kcs_test_sandbox');
    expect(loadConfig({ NODE_ENV: 'test' }).FINLET_PROCESSOR_CALLBACK_SECRET).toBe('pcs_test_sandbox');
  });

  it('knows every value the sandbox providers and the README publish', () => {
    const values = Object.values(PUBLISHED_SANDBOX_VALUES);
    for (const v of [
      DEFAULT_KYC_API_KEY,
      DEFAULT_KYC_CALLBACK_SECRET,
      DEFAULT_PROCESSOR_API_KEY,
      DEFAULT_PROCESSOR_CALLBACK_SECRET,
    ])
      expect(values).toContain(v);
    for (const v of values) expect(readme).toContain(`\`${v}\``);
  });

  it('makes the server process exit 78 with one message naming each offending variable', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-prod-config-'));
    const main = path.resolve(import.meta.dirname, '../../../src/main.ts');
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
      FINLET_DATA_KEY: dataKey,
      FINLET_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      FINLET_KYC_CALLBACK_SECRET: 'kcs_test_sandbox',
    };
    for (const name of Object.keys(explicit)) if (name !== 'FINLET_KYC_CALLBACK_SECRET') delete env[name];
    delete env.DATABASE_URL;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', main], { env, stdio: 'pipe' });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      // A server that starts instead would never exit: stop it and fail.
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      clearTimeout(killer);
      expect(code).toBe(78);
      expect(stderr.match(/Invalid configuration:/g)).toHaveLength(1);
      for (const name of Object.keys(explicit)) expect(stderr).toMatch(new RegExp(`- ${name}: `));
      expect(stderr).toMatch(/- FINLET_KYC_CALLBACK_SECRET: is a published sandbox value/);
      expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
