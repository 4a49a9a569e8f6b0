/**
 * The runner starts every provider on its own port, answers health checks, reads ports from the
 * environment and frees every port on close.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/main.ts';
import { DEFAULT_PORTS, portsFromEnv } from '../src/ports.ts';

const ephemeral = { bankUk: 0, bankEu: 0, kyc: 0, processor: 0 };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('startSandbox', () => {
  it('starts four providers on distinct ports, each healthy', async () => {
    const sandbox = await startSandbox({ ports: ephemeral, env: {} });
    try {
      const urls = Object.values(sandbox.urls);
      expect(new Set(urls).size).toBe(4);
      for (const [name, url] of Object.entries(sandbox.urls)) {
        const res = await fetch(`${url}/health`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'ok' });
        expect(name).toMatch(/^(bankUk|bankEu|kyc|processor)$/);
      }
      const processor = (await (await fetch(`${sandbox.urls.processor}/health`)).json()) as {
        provider: string;
      };
      expect(processor.provider).toBe('processor');
    } finally {
      await sandbox.close();
    }
  });

  it('close() resolves, frees every port, and does not wait for hanging requests', async () => {
    const sandbox = await startSandbox({ ports: ephemeral, env: {} });
    const ports = Object.values(sandbox.urls).map((url) => Number(new URL(url).port));
    const hanging = fetch(`${sandbox.urls.kyc}/health`, { headers: { 'X-Sandbox-Fault': 'hang' } }).catch(
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hanging).toBeInstanceOf(Error);
    for (const port of ports) expect(await portIsFree(port)).toBe(true);
    await expect(fetch(`${sandbox.urls.processor}/health`)).rejects.toThrow();
  });

  it('applies fault rates from the environment to every provider', async () => {
    const sandbox = await startSandbox({ ports: ephemeral, env: { SANDBOX_FAULT_RATE_5XX: '1' } });
    try {
      for (const url of Object.values(sandbox.urls)) expect((await fetch(`${url}/health`)).status).toBe(503);
    } finally {
      await sandbox.close();
    }
  });

  it('fails with a clear message when a port is taken, leaving nothing open', async () => {
    const first = await startSandbox({ ports: ephemeral, env: {} });
    try {
      const taken = Number(new URL(first.urls.processor).port);
      await expect(startSandbox({ ports: { ...ephemeral, processor: taken }, env: {} })).rejects.toThrow(
        /EADDRINUSE/,
      );
    } finally {
      await first.close();
    }
  });
});

function countResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

it('leaves no servers, sockets or timers behind after close, even with callbacks being retried', async () => {
  const before = countResources();
  const sandbox = await startSandbox({ ports: ephemeral, env: {} });
  const api = (path: string, body: unknown) =>
    fetch(`${sandbox.urls.processor}${path}`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer psk_test_sandbox',
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ id: string; status: string }>);
  const token = await api('/v1/tokens', {
    number: '4242424242424242',
    exp_month: 1,
    exp_year: 2040,
    cvc: '123',
  });
  const payment = await api('/v1/payments', {
    token: token.id,
    amount: 100,
    currency: 'GBP',
    return_url: 'http://localhost:8080/return',
    callback_url: 'http://127.0.0.1:9/refused',
    reference: 'leak-check',
  });
  expect(payment.status).toBe('succeeded');
  await new Promise((r) => setTimeout(r, 100)); // the first delivery fails; a retry timer is pending
  await sandbox.close();
  await new Promise((r) => setTimeout(r, 50));
  const after = countResources();
  for (const kind of ['TCPServerWrap', 'TCPSocketWrap', 'Timeout'])
    expect(after[kind] ?? 0).toBeLessThanOrEqual(before[kind] ?? 0);
});

describe('portsFromEnv', () => {
  it('uses the documented defaults and the SANDBOX_*_PORT variables', () => {
    expect(portsFromEnv({})).toEqual({ bankUk: 8091, bankEu: 8092, kyc: 8093, processor: 8094 });
    expect(DEFAULT_PORTS.processor).toBe(8094);
    expect(portsFromEnv({ SANDBOX_PROCESSOR_PORT: '9999', SANDBOX_KYC_PORT: '0' })).toMatchObject({
      processor: 9999,
      kyc: 0,
    });
  });

  it('rejects a port that is not a number', () => {
    expect(() => portsFromEnv({ SANDBOX_BANK_UK_PORT: 'eighty' })).toThrow(/SANDBOX_BANK_UK_PORT/);
  });
});
