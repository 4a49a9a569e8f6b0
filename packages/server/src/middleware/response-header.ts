/**
 * Sets a header on a finished response in place. Hono's `c.header()` after `next()` clones the
 * response through its body stream, which makes @hono/node-server build a full WHATWG Response for
 * every request — more than the rest of the middleware costs together. Headers of a response built
 * in this process are mutable; only one with immutable headers (passed through from `fetch`, which
 * no Finlet route does) takes Hono's cloning path.
 */
import type { Context } from 'hono';

export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
