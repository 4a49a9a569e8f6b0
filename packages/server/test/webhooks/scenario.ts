/**
 * Test scaffolding for delivery tests: a partner of its own with a real receiver and an endpoint
 * pointing at it, so events of one test never fan out to another test's receivers.
 */
import { sessionBody, type TestContext } from '../support/harness.ts';
import { type Receiver, type ReceiverMode, startReceiver } from './receiver.ts';

export interface Scenario {
  partner: { id: string; secretKey: string };
  receiver: Receiver;
  endpoint: { id: string; secret: string };
  api: (method: string, path: string, body?: unknown) => ReturnType<TestContext['api']>;
  /** Creates and cancels a session, which records a `session.canceled` event; returns the session id. */
  cancelSession(): Promise<string>;
  close(): Promise<void>;
}

export async function scenario(
  t: TestContext,
  opts: { mode?: ReceiverMode; enabledEvents?: string[] } = {},
): Promise<Scenario> {
  const partner = await t.newPartner(`Shop ${Math.random()}`);
  const receiver = await startReceiver(opts.mode ?? 'ok');
  const api = (method: string, path: string, body?: unknown) =>
    t.api(method, path, { key: partner.secretKey, ...(body === undefined ? {} : { body }) });
  const res = await api('POST', '/v1/webhook_endpoints', {
    url: receiver.url,
    ...(opts.enabledEvents ? { enabled_events: opts.enabledEvents } : {}),
  });
  if (res.status !== 201) throw new Error(`endpoint creation failed: ${await res.text()}`);
  const endpoint = await res.json();
  return {
    partner,
    receiver,
    endpoint,
    api,
    async cancelSession() {
      const s = await (await api('POST', '/v1/sessions', sessionBody())).json();
      const c = await api('POST', `/v1/sessions/${s.id}/cancel`);
      if (c.status !== 200) throw new Error(`cancel failed: ${await c.text()}`);
      return s.id as string;
    },
    async close() {
      await api('DELETE', `/v1/webhook_endpoints/${endpoint.id}`);
      await receiver.close();
    },
  };
}

export async function latestEvent(s: Scenario) {
  const list = await (await s.api('GET', '/v1/events?limit=1')).json();
  const id = list.data[0]?.id as string;
  return (await s.api('GET', `/v1/events/${id}`)).json();
}
