/**
 * Tells a database that could not be reached or did not answer in time (→ 503
 * `database_unavailable`, middleware/errors.ts) from every other failure (→ 500). The one place
 * that reads the drivers' errors for this. Drizzle wraps a driver error in `cause`, so the chain is
 * walked. node-postgres gives its own connection and timeout errors no code, so those are known by
 * their message; the server's by SQLSTATE; the socket's by errno code.
 */

/** SQLSTATEs: the connection failed, the server is going away or full, or a timeout of ours fired. */
const SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '57014', // query_canceled: the statement timeout (Finlet cancels nothing else)
  '55P03', // lock_not_available: the lock timeout (Finlet takes no NOWAIT lock)
]);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres and pg-pool: connect timeouts, the query timeout, a connection that went away. */
const DRIVER_MESSAGES =
  /^(timeout exceeded when trying to connect|timeout expired|Query read timeout|Connection terminated.*|Client (was closed|has encountered a connection error) and is not queryable)$/;

export interface DatabaseFailure {
  code: string | undefined;
  message: string;
}

/** The driver error that shows the database unavailable, or null when `error` is something else. */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!(e instanceof Error) || seen.has(e)) continue;
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    const c = typeof code === 'string' ? code : undefined;
    if (c && (SQLSTATES.has(c) || c.startsWith('08') || SOCKET_CODES.has(c)))
      return { code: c, message: e.message };
    if (!c && DRIVER_MESSAGES.test(e.message)) return { code: undefined, message: e.message };
    queue.push(e.cause);
    if (e instanceof AggregateError) queue.push(...e.errors);
  }
  return null;
}

export const isDatabaseUnavailable = (error: unknown): boolean => databaseFailure(error) !== null;
