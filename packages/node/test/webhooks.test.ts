import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../server/src/webhooks/dispatcher.ts';
import { startReceiver } from '../../server/test/webhooks/receiver.ts';
import { FinletError, webhooks } from '../src/index.ts';
import { type RunningServer, sessionParams, startServer } from './support/server.ts';

// The Standard Webhooks libraries' own vector (data/webhooks/signatures.json).
const vector = JSON.parse(readFileSync(dataFile('webhooks', 'signatures.json'), 'utf8'))
  .standard_webhooks as {
  secret: string;
  msg_id: string;
  timestamp: number;
  payload: string;
  expected_signature: string;
  known_bad_signatures: string[];
};
const headersFor = (signature: string) => ({
  'webhook-id': vector.msg_id,
  'webhook-timestamp': String(vector.timestamp),
  'webhook-signature': signature,
});

describe('webhooks.verify with the Standard Webhooks vectors', () => {
  it('accepts the known-good signature at its timestamp', () => {
    vi.useFakeTimers({ now: vector.timestamp * 1000, toFake: ['Date'] });
    try {
      expect(webhooks.verify(vector.payload, headersFor(vector.expected_signature), vector.secret)).toEqual(
        JSON.parse(vector.payload),
      );
      // Headers objects and Buffers too, as fetch handlers and raw-body parsers give them.
      expect(
        webhooks.verify(
          Buffer.from(vector.payload),
          new Headers(headersFor(vector.expected_signature)),
          vector.secret,
        ),
      ).toEqual(JSON.parse(vector.payload));
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(vector.known_bad_signatures)('refuses the known-bad signature %s with webhook_invalid', (bad) => {
    vi.useFakeTimers({ now: vector.timestamp * 1000, toFake: ['Date'] });
    try {
      expect(() => webhooks.verify(vector.payload, headersFor(bad), vector.secret)).toThrow(
        expect.objectContaining({ code: 'webhook_invalid' }),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses the good signature outside the five-minute tolerance (a replayed delivery)', () => {
    vi.useFakeTimers({ now: (vector.timestamp + 301) * 1000, toFake: ['Date'] });
    try {
      const e = (() => {
        try {
          webhooks.verify(vector.payload, headersFor(vector.expected_signature), vector.secret);
        } catch (x) {
          return x;
        }
      })();
      expect(e).toBeInstanceOf(FinletError);
      expect(e).toMatchObject({ code: 'webhook_invalid' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a body changed after signing', () => {
    vi.useFakeTimers({ now: vector.timestamp * 1000, toFake: ['Date'] });
    try {
      expect(() =>
        webhooks.verify('{"test": 2432232315}', headersFor(vector.expected_signature), vector.secret),
      ).toThrow(expect.objectContaining({ code: 'webhook_invalid' }));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('webhooks.verify on a real delivery', () => {
  let s: RunningServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('verifies the session.canceled event the server delivered, and refuses it with another secret', async () => {
    const receiver = await startReceiver('ok');
    try {
      const finlet = s.finlet();
      const endpoint = await finlet.webhookEndpoints.create({ url: receiver.url, enabled_events: ['*'] });
      const session = await finlet.sessions.create(sessionParams());
      await finlet.sessions.cancel(session.id);
      await createDispatcher(s.t.deps, { random: () => 0.5 }).runOnce();
      const [delivery] = await receiver.waitFor(1);

      const event = webhooks.verify(delivery!.body, delivery!.headers, endpoint.secret);
      expect(event).toMatchObject({ type: 'session.canceled', data: { object: { id: session.id } } });
      const other = await finlet.webhookEndpoints.create({
        url: `${receiver.url}/other`,
        enabled_events: ['*'],
      });
      expect(() => webhooks.verify(delivery!.body, delivery!.headers, other.secret)).toThrow(
        expect.objectContaining({ code: 'webhook_invalid' }),
      );
    } finally {
      await receiver.close();
    }
  });
});
