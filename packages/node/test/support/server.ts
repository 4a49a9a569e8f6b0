/**
 * The real Finlet app (the server tests' harness: in-memory PGlite, manual clock, a partner with a
 * secret key) listening on an ephemeral port, so the SDK talks to it over real HTTP as a partner's
 * server would. `sleeps` records the waits the SDK asked for; its `sleep` moves the server's clock
 * instead of the test's, so a `Retry-After` is honoured without a test that waits.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createTestContext, type TestContext } from '../../../server/test/support/harness.ts';
// The harness reads the PostgreSQL URL the server tests' global setup provides (typed there).
import type {} from '../../../server/test/support/postgres-global-setup.ts';
import { Finlet, type FinletOptions, type SessionCreateParams } from '../../src/index.ts';

export interface RunningServer {
  t: TestContext;
  baseUrl: string;
  sleeps: number[];
  /** A client for the harness's partner (or the key given). */
  finlet(key?: string, options?: Partial<FinletOptions>): Finlet;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const t = await createTestContext(env);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sleeps: number[] = [];
  return {
    t,
    baseUrl,
    sleeps,
    finlet: (key = t.partner.secretKey, options = {}) =>
      new Finlet(key, {
        baseUrl,
        sleep: async (ms) => {
          sleeps.push(ms);
          t.clock.advance(ms);
        },
        ...options,
      }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

/** A valid session for the SDK's typed `sessions.create`. */
export const sessionParams = (reference = 'cus_sdk'): SessionCreateParams => ({
  flows: ['payment'],
  customer: { reference, email: 'ada@example.com' },
  payment: { amount: 1299, currency: 'EUR', description: 'Blue mug' },
  allowed_origins: ['https://shop.example'],
});
