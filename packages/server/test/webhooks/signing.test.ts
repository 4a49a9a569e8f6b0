import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sign, webhookHeaders } from '../../src/webhooks/signing.ts';

const vectors = JSON.parse(readFileSync(dataFile('webhooks', 'signatures.json'), 'utf8'))
  .standard_webhooks as {
  secret: string;
  msg_id: string;
  timestamp: number;
  payload: string;
  expected_signature: string;
  known_bad_signatures: string[];
};

afterEach(() => vi.useRealTimers());

describe('Standard Webhooks signing', () => {
  it('reproduces the published vector', () => {
    expect(sign(vectors.secret, vectors.msg_id, vectors.timestamp, vectors.payload)).toBe(
      vectors.expected_signature,
    );
    expect(vectors.known_bad_signatures).not.toContain(
      sign(vectors.secret, vectors.msg_id, vectors.timestamp, vectors.payload),
    );
  });

  it('produces headers the official library accepts, and it rejects the known-bad signatures', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: vectors.timestamp * 1000 });
    const headers = webhookHeaders(
      [vectors.secret],
      vectors.msg_id,
      new Date(vectors.timestamp * 1000),
      vectors.payload,
    );
    expect(headers['webhook-signature']).toBe(vectors.expected_signature);
    const wh = new Webhook(vectors.secret);
    expect(wh.verify(vectors.payload, headers)).toEqual({ test: 2432232314 });
    for (const bad of vectors.known_bad_signatures) {
      expect(() => wh.verify(vectors.payload, { ...headers, 'webhook-signature': bad })).toThrow(
        /No matching signature/,
      );
    }
  });

  it('signs with every secret given, space-separated, each verifiable on its own', () => {
    const a = `whsec_${Buffer.from('a'.repeat(24)).toString('base64')}`;
    const b = `whsec_${Buffer.from('b'.repeat(24)).toString('base64')}`;
    const body = '{"id":"evt_1"}';
    const headers = webhookHeaders([a, b], 'evt_1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(a).verify(body, headers)).toEqual({ id: 'evt_1' });
    expect(new Webhook(b).verify(body, headers)).toEqual({ id: 'evt_1' });
    expect(() => new Webhook(a).verify(`${body} `, headers)).toThrow();
  });
});
