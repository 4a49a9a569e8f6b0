/**
 * Signed result callbacks of the Sandbox KYC: after a check's delay, its result is POSTed to the
 * check's `callback_url` as `{ id, type, created, data }` with a `Kyc-Signature` header, retried a
 * few times with backoff when the receiver fails. `close()` cancels timers and requests in flight.
 */
import { randomBase62 } from '@finlet/shared';
import { KYC_SIGNATURE_HEADER, signKycPayload } from './signature.ts';

const RETRY_DELAYS_MS = [250, 1000, 3000];
const ATTEMPT_TIMEOUT_MS = 5000;

export class KycCallbacks {
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();

  constructor(private readonly secret: string) {}

  /** After `delayMs`, builds the payload (`complete()` also marks the check done) and delivers it. */
  schedule(delayMs: number, url: string, complete: () => { type: string; check: unknown }): void {
    const run = this.sleep(delayMs).then(() => {
      if (this.abort.signal.aborted) return;
      const { type, check } = complete();
      const body = JSON.stringify({
        id: `kev_${randomBase62(20)}`,
        type,
        created: Math.floor(Date.now() / 1000),
        data: { check },
      });
      return this.deliver(url, body);
    });
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  close(): void {
    this.abort.abort();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
      this.abort.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  private async deliver(url: string, body: string): Promise<void> {
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (this.abort.signal.aborted) return;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [KYC_SIGNATURE_HEADER]: signKycPayload(this.secret, body),
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
      if (delay === undefined) return;
      await this.sleep(delay);
    }
  }
}
