/**
 * Group commit for delivery outcomes: a write starts right after the current turn of the event
 * loop, so the answers that arrived together go in one statement, and those that finish while that
 * write is in flight wait and go together in the next. A quiet dispatcher pays no added latency, a
 * busy one writes many outcomes per round trip. (Waiting for the turn matters on PGlite, whose
 * queries run on this thread: a write started at once would finish before the next answer is read.)
 */
import type { DeliveryOutcome, DeliveryStore } from './delivery-store.ts';

/** Outcomes per statement at most (keeps one statement's parameter and lock footprint modest). */
const MAX_BATCH = 200;

interface Waiting {
  outcome: DeliveryOutcome;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function createRecorder(store: DeliveryStore) {
  let queue: Waiting[] = [];
  let flushing = false;
  let scheduled = false;

  async function flush() {
    scheduled = false;
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        await store.record(batch.map((w) => w.outcome));
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    flushing = false;
  }

  return {
    /** Resolves once the outcome is written (or rejects with the statement's error). */
    record(outcome: DeliveryOutcome): Promise<void> {
      return new Promise((resolve, reject) => {
        queue.push({ outcome, resolve, reject });
        if (!flushing && !scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
