/**
 * Watching each statement a database client runs without changing what its caller gets: `watch`
 * is told a call starts and returns what to do with its outcome, whether the driver was called with
 * a callback (node-postgres's pool does) or awaited. Used to close a connection after a read
 * timeout (timeouts.ts) and to trace statements (query-spans.ts).
 */
type Query = (...args: unknown[]) => unknown;

export function watchQueries(
  target: object,
  method: 'query' | 'exec',
  watch: (args: unknown[]) => (err: unknown) => void,
): void {
  const holder = target as Record<string, Query>;
  const query = holder[method]!.bind(target);
  holder[method] = (...args: unknown[]) => {
    const settled = watch(args);
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (err: unknown, result: unknown) => {
        settled(err);
        callback(err, result);
      };
      return query(...args);
    }
    const result = query(...args);
    // A side branch only: the caller still gets the rejection from `result`.
    if (result instanceof Promise)
      result.then(
        () => settled(undefined),
        (err: unknown) => settled(err ?? 'failed'),
      );
    else settled(undefined);
    return result;
  };
}
