/**
 * Group commit for one kind of statement: calls that arrive together go out as one statement (see
 * sessions/insert-batch.ts and sessions/read-batch.ts). At most `maxInFlight` statements run at
 * once; a call that finds room goes out at the end of the current turn of the event loop (so an
 * idle server adds no wait), and calls that arrive while every slot is busy gather into the next
 * statement, at most `maxBatch` to one. A call never joins a statement already sent.
 */

export interface Waiting<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

/** `run` sends one statement for the batch and settles every call in it. */
export function statementGroups<I, O>(
  run: (batch: Waiting<I, O>[]) => Promise<void>,
  opts: { maxBatch: number; maxInFlight: number },
): (input: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < opts.maxInFlight) {
      const batch = queue.splice(0, opts.maxBatch);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        flush();
      });
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!scheduled && inFlight < opts.maxInFlight) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
