/**
 * Signed result callbacks of the Sandbox KYC: after a check's delay, its result is POSTed to the
 * check's `callback_url` as `{ id, type, created, data }` with a `Kyc-Signature` header, retried a
 * few times with backoff when the receiver fails. `close()` cancels timers and requests in flight.
 */
import { randomBase62 } from '@finlet/shared';
import { SignedCallbackSender } from '../signed-callbacks.ts';
import { KYC_SIGNATURE_HEADER, signKycPayload } from './signature.ts';

export class KycCallbacks {
  private readonly pending = new Set<Promise<void>>();
  private readonly sender: SignedCallbackSender;

  constructor(secret: string) {
    this.sender = new SignedCallbackSender(KYC_SIGNATURE_HEADER, (body) => signKycPayload(secret, body));
  }

  /** After `delayMs`, builds the payload (`complete()` also marks the check done) and delivers it. */
  schedule(delayMs: number, url: string, complete: () => { type: string; check: unknown }): void {
    const run = this.sender.sleep(delayMs).then(() => {
      if (this.sender.closed) return;
      const { type, check } = complete();
      const body = JSON.stringify({
        id: `kev_${randomBase62(20)}`,
        type,
        created: Math.floor(Date.now() / 1000),
        data: { check },
      });
      return this.sender.deliver(url, body);
    });
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  close(): void {
    this.sender.close();
  }
}
