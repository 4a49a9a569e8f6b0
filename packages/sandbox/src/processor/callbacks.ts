/**
 * Signed status callbacks: every status change of a payment or refund is POSTed to the payment's
 * `callback_url` as `{ id, type, created, data: { object } }` with a `Processor-Signature` header.
 * Deliveries for one payment go out in order; a failed delivery is retried a few times with
 * backoff. `close()` cancels retries and in-flight requests so nothing outlives the provider.
 */
import { randomBase62 } from '@finlet/shared';
import { PROCESSOR_SIGNATURE_HEADER, signProcessorPayload } from './signature.ts';

export type ProcessorEventType =
  | 'payment.requires_action'
  | 'payment.succeeded'
  | 'payment.failed'
  | 'refund.succeeded';

export interface ProcessorEvent {
  id: string;
  type: ProcessorEventType;
  created: number;
  data: { object: unknown };
}

const RETRY_DELAYS_MS = [250, 1000, 3000];
const ATTEMPT_TIMEOUT_MS = 5000;

export class CallbackSender {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();

  constructor(private readonly secret: string) {}

  /** Queues the event behind earlier ones for the same payment. */
  send(paymentId: string, url: string, type: ProcessorEventType, object: unknown): ProcessorEvent {
    const event: ProcessorEvent = {
      id: `evt_${randomBase62(24)}`,
      type,
      created: Math.floor(Date.now() / 1000),
      data: { object },
    };
    const body = JSON.stringify(event);
    const previous = this.chains.get(paymentId) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(url, body));
    this.chains.set(paymentId, next);
    next.then(() => {
      if (this.chains.get(paymentId) === next) this.chains.delete(paymentId);
    });
    return event;
  }

  /** Resolves once every queued callback has been delivered or given up on. */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all(this.chains.values());
  }

  close(): void {
    this.abort.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async deliver(url: string, body: string): Promise<void> {
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (this.abort.signal.aborted) return;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [PROCESSOR_SIGNATURE_HEADER]: signProcessorPayload(this.secret, body),
          },
          body,
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
        });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // Unreachable receiver or timeout: retry below.
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || this.abort.signal.aborted) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, delay);
        this.timers.add(timer);
        this.abort.signal.addEventListener('abort', () => resolve(), { once: true });
      });
    }
  }
}
