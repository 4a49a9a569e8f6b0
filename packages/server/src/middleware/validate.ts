/**
 * Reading request input through zod. Malformed JSON, a non-JSON content type, JSON nested deeper
 * than MAX_JSON_DEPTH, unknown fields, wrong types, NUL characters and unpaired surrogates (which
 * PostgreSQL cannot store) all become 4xx errors with a `param` naming the offending field.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';

/**
 * How deep a JSON body may nest. Finlet's deepest body needs a handful of levels; the bound keeps
 * every recursive walk after parsing (the string check below, zod) far from the stack limit — a
 * body 5,000 levels deep, well under the size limit, used to overflow it and answer 500.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests deeper than `max`: one pass, no recursion; brackets in strings do not count. */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

/** Every string in a parsed JSON value must be well-formed Unicode without NUL. */
function checkStrings(value: unknown, at: string): void {
  if (typeof value === 'string') {
    if (!value.isWellFormed() || value.includes('\u0000')) {
      throw new ApiError('invalid_request', `${at || 'body'}: must be valid Unicode text without NUL`, at);
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkStrings(v, at ? `${at}.${i}` : String(i));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkStrings(k, at);
      checkStrings(v, at ? `${at}.${k}` : k);
    }
  }
}

/**
 * The checks a JSON body passes before any schema sees it: a JSON content type (when there is a
 * body), the depth bound, well-formed JSON, valid Unicode. An empty body reads as `{}`.
 */
async function parseJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  let data: unknown = {};
  if (text.trim() !== '') {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      throw new ApiError('unsupported_media_type', 'Send the body as application/json.');
    }
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      throw new ApiError('invalid_request', `The body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    }
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError('invalid_json', 'The request body is not valid JSON.');
    }
  }
  checkStrings(data, '');
  return data;
}

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await parseJsonBody(c));
  if (!parsed.success) throw ApiError.from(parsed.error);
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const query = c.req.query();
  checkStrings(query, '');
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw ApiError.from(parsed.error);
  return parsed.data;
}

/**
 * The same guards for routes declared with `createRoute` (openapi/contract.ts), whose schemas the
 * route's own validators apply after this: query strings and the JSON body are checked here, and
 * an empty body is handed on as `{}` so the body schema decides whether that is enough.
 */
export const inputGuards: MiddlewareHandler = async (c, next) => {
  checkStrings(c.req.queries(), '');
  if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
    const data = await parseJsonBody(c);
    // Hono caches bodies as promises: the route's JSON validator reads this one. A request with no
    // body and no content type (fetch's bodiless POST) keeps its empty body: the contract's
    // media-type gate would take a `{}` put there for a body sent without its type (415).
    if (c.req.header('content-type') !== undefined)
      (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(JSON.stringify(data));
  }
  await next();
};
