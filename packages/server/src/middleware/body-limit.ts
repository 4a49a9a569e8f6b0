/**
 * The request size limit (FINLET_BODY_LIMIT → 413 `body_too_large`). A body with a Content-Length
 * is judged by the header alone, before a byte is read; only a chunked body (no length) is counted
 * while it streams, through Hono's `bodyLimit`. The split matters for speed: Hono's middleware
 * reads `req.raw.body`, which makes @hono/node-server build a full WHATWG Request (abort
 * controller, web stream) for every POST instead of reading the socket directly — that cost more
 * than the rest of the middleware together on `POST /v1/sessions`.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as streamingBodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';

export function bodyLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () => new ApiError('body_too_large', `The body exceeds ${maxSize} bytes.`);
  const chunked = streamingBodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return chunked(c, next);
    if (!/^\d+$/.test(length) || Number(length) > maxSize) throw tooLarge();
    return next();
  };
}
