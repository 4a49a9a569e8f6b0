/**
 * Signed status callbacks: every status change of a payment or refund is POSTed to the payment's
 * `callback_url` as `{ id, type, created, data: { object } }` with a `Processor-Signature` header.
 * Deliveries for one payment go out in order; a failed delivery is retried a few times with
 * backoff. `close()` cancels retries and in-flight requests so nothing outlives the provider.
 */
import { randomBase62 } from '@finlet/shared';
import { SignedCallbackSender } from '../signed-callbacks.ts';
import { PROCESSOR_SIGNATURE_HEADER, signProcessorPayload } from './signature.ts';

export type ProcessorEventType =
  | 'payment.requires_action'
  | 'payment.succeeded'
  | 'payment.failed'
  | 'payment.canceled'
  | 'refund.succeeded';

export interface ProcessorEvent {
  id: string;
  type: ProcessorEventType;
  created: number;
  data: { object: unknown };
}

export class CallbackSender {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly sender: SignedCallbackSender;

  constructor(secret: string) {
    this.sender = new SignedCallbackSender(PROCESSOR_SIGNATURE_HEADER, (body) =>
      signProcessorPayload(secret, body),
    );
  }

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
    const next = previous.then(() => this.sender.deliver(url, body));
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
    this.sender.close();
  }
}
