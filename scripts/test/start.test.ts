/**
 * `pnpm start` as a newcomer meets it: a port another program holds stops the start with one line
 * naming the variable that moves it (exit 78, nothing left running), for the Finlet server, the
 * demo shop and a sandbox provider alike. And the e2e suite finds its own free ports when the
 * default ones are taken, so `pnpm test` runs beside `pnpm start` or another suite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/server/test/support/free-port.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function holdPort(port = 0): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return (server.address() as net.AddressInfo).port;
}

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

function stackEnv(overrides: Record<string, string>): Record<string, string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-start-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    FINLET_DATA_DIR: dataDir,
    PORT: '0',
    DEMO_PORT: '0',
    SANDBOX_BANK_UK_PORT: '0',
    SANDBOX_BANK_EU_PORT: '0',
    SANDBOX_KYC_PORT: '0',
    SANDBOX_PROCESSOR_PORT: '0',
    ...overrides,
  };
}

describe('pnpm start on a busy port', () => {
  it.each(['PORT', 'DEMO_PORT', 'SANDBOX_KYC_PORT'])(
    'stops with one line naming %s and exit code 78',
    { timeout: 60_000 },
    async (variable) => {
      const busy = await holdPort();
      const result = await run(['scripts/start.ts'], stackEnv({ [variable]: String(busy) }));
      expect(result.code).toBe(78);
      expect(result.stderr.trim()).toBe(
        `Port ${busy} is already in use: stop the program using it or set ${variable} to a free port.`,
      );
      expect(result.stdout).not.toContain('Finlet is running');
    },
  );
});

describe('the Finlet server alone on a busy port', () => {
  it('stops with one line naming PORT and exit code 78', { timeout: 60_000 }, async () => {
    const busy = await holdPort();
    const result = await run(['packages/server/src/main.ts'], stackEnv({ PORT: String(busy) }));
    expect(result.code).toBe(78);
    expect(result.stderr.trim()).toBe(
      `Port ${busy} is already in use: stop the program using it or set PORT to a free port.`,
    );
  });
});

describe('Ctrl-C', () => {
  // A terminal's Ctrl-C reaches every process of the foreground group, and pnpm passes it on to its
  // script again: the stack gets SIGINT twice, back to back. The second must not kill it half-way
  // (exit 130, "ELIFECYCLE Command failed"): a stop that began is finished, exit 0.
  it('twice in a row stops pnpm start cleanly, exit 0', { timeout: 90_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...stackEnv({
          LOG_LEVEL: 'info',
          PORT: String(await freePort()),
          DEMO_PORT: String(await freePort()),
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => void child.kill('SIGKILL'));
    let output = '';
    const exited = new Promise<number | string | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    const printed = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const seen = (b: Buffer) => {
          output += b;
          if (output.includes(text)) resolve();
        };
        if (output.includes(text)) resolve();
        child.stdout.on('data', seen);
        child.stderr.on('data', seen);
        child.on('exit', () => reject(new Error(`exited before printing "${text}":\n${output}`)));
      });
    await printed('Finlet is running');
    child.kill('SIGINT');
    // pnpm's copy comes once pnpm has handled its own: while the stack is stopping.
    await printed('Stopping Finlet');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

describe('e2e ports', () => {
  it('move by the first free offset when the default ones are taken', { timeout: 30_000 }, async () => {
    const env = { E2E_PORT_OFFSET: '' }; // unset: let the module choose
    const probe = ['-e', "const m = await import('./e2e/support/ports.ts'); console.log(m.PORT_OFFSET)"];
    const free = await run(['--input-type=module', ...probe], env);
    const offset = Number(free.stdout.trim());
    expect(Number.isInteger(offset)).toBe(true);
    // Take the Finlet port at that offset: the next run must move past it.
    await holdPort(18080 + offset);
    const moved = await run(['--input-type=module', ...probe], env);
    expect(Number(moved.stdout.trim())).toBeGreaterThan(offset);
  });
});
