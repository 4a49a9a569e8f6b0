/**
 * The delivery half of the sandbox providers' signed callbacks (KYC results, processor payment
 * statuses): a JSON body POSTed with the provider's signature header, retried a few times with
 * backoff when the receiver fails or does not answer in time. `close()` cancels retries, waits and
 * requests in flight so nothing outlives the provider. What to send and when stays with each provider.
 */

const RETRY_DELAYS_MS = [250, 1000, 3000];
const ATTEMPT_TIMEOUT_MS = 5000;

export class SignedCallbackSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();

  /** `sign` turns the exact body into the value of `signatureHeader`. */
  constructor(
    private readonly signatureHeader: string,
    private readonly sign: (body: string) => string,
  ) {}

  get closed(): boolean {
    return this.abort.signal.aborted;
  }

  /**
   * Waits `ms`, or less if the sender is closed meanwhile. A wait that ends takes its abort listener
   * off the sender's signal: a provider retries for as long as it runs, and each left behind leaked.
   */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.abort.signal;
      const onAbort = () => resolve();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.timers.add(timer);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Resolves once the receiver answered 2xx, or after the last retry, or when closed. */
  async deliver(url: string, body: string): Promise<void> {
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (this.closed) return;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [this.signatureHeader]: this.sign(body) },
          body,
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
        });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // Unreachable receiver or timeout: retry below.
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || this.closed) return;
      await this.sleep(delay);
    }
  }

  close(): void {
    this.abort.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
