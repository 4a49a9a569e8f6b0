import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(8080);
    expect(c.publicUrl).toBe('http://localhost:8080');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve('.finlet'));
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('DATABASE_URL');
      expect(msg).toContain('LOG_LEVEL');
    }
  });

  it('refuses several workers on the embedded PGlite (one process only)', () => {
    expect(() => loadConfig({ FINLET_WORKERS: '2' })).toThrow(/FINLET_WORKERS.*DATABASE_URL/);
    expect(loadConfig({ FINLET_WORKERS: '2', DATABASE_URL: 'postgres://h/db' }).FINLET_WORKERS).toBe(2);
  });

  it('sets PostgreSQL timeouts by default, takes 0 as none, and refuses a query timeout within the statement timeout', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({
      connectMs: 5000,
      statementMs: 10_000,
      lockMs: 5000,
      queryMs: 12_000,
      readyMs: 2000,
    });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).databaseTimeouts.statementMs).toBe(0);
    expect(() => loadConfig({ DATABASE_QUERY_TIMEOUT_MS: '10000' })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS.*DATABASE_STATEMENT_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ DATABASE_LOCK_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_LOCK_TIMEOUT_MS/);
  });

  it('refuses production without FINLET_DATA_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/FINLET_DATA_KEY/);
  });

  it('makes the server process exit with status 78 and a clear message on bad config', () => {
    const main = path.resolve(import.meta.dirname, '../../../src/main.ts');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', main], {
        env: { ...process.env, PORT: 'not-a-port', NODE_ENV: 'development' },
        stdio: 'pipe',
      });
      expect.unreachable();
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      expect(err.status).toBe(78);
      expect(err.stderr.toString()).toMatch(/Invalid configuration:\n\s+- PORT/);
      expect(err.stderr.toString()).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
