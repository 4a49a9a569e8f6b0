/**
 * `Idempotency-Key` on POST (docs/architecture.md §5). The first request with a key claims it with an atomic
 * insert; its response is stored and replayed for the same key and body. Another body → 409
 * `idempotency_key_reused`; the same key still running → 409 `idempotency_key_in_use`. A 5xx or
 * 429 releases the key so the client can retry. A claim left by a crashed node expires after
 * LOCK_MS and may be taken over. Records are kept ≥ 24 h (purged by the housekeeping loop).
 * Stored responses are encrypted: they can carry secrets shown once (client tokens, whsec_ secrets).
 */
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { idempotencyScope, ownerOf } from '../db/ownership.ts';
import { idempotencyKeys } from '../db/schema.ts';
import { ApiError } from '../errors.ts';

const LOCK_MS = 60_000;
export const BODY_CONTEXT = 'idempotency_keys.response_body';
export const IDEMPOTENCY_RETENTION_MS = 48 * 3600 * 1000;

export function idempotency(deps: Deps): MiddlewareHandler<AppEnv> {
  const { db } = deps.database;
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (key.length < 1 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new ApiError(
        'invalid_request',
        'Idempotency-Key must be 1–255 visible ASCII characters.',
        'Idempotency-Key',
      );
    }
    const partnerId = idempotencyScope(ownerOf(c.get('partner')));
    const body = await c.req.text();
    const hash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const now = deps.clock.now();
    const where = and(eq(idempotencyKeys.partnerId, partnerId), eq(idempotencyKeys.key, key));

    const claimed = await db
      .insert(idempotencyKeys)
      .values({
        partnerId,
        key,
        requestHash: hash,
        state: 'running',
        lockedUntil: new Date(now.getTime() + LOCK_MS),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });

    if (claimed.length === 0) {
      const [row] = await db.select().from(idempotencyKeys).where(where);
      if (!row) throw new ApiError('idempotency_key_in_use');
      if (row.requestHash !== hash) throw new ApiError('idempotency_key_reused');
      if (row.state === 'done') {
        const body = row.responseBody ? deps.cipher.decryptText(row.responseBody, BODY_CONTEXT) : null;
        return new Response(body, {
          status: row.responseStatus ?? 200,
          headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
        });
      }
      // Running: take over only a claim whose lock has expired (its node died).
      const taken = await db
        .update(idempotencyKeys)
        .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
        .where(and(where, eq(idempotencyKeys.state, 'running'), lt(idempotencyKeys.lockedUntil, now)))
        .returning({ key: idempotencyKeys.key });
      if (taken.length === 0) throw new ApiError('idempotency_key_in_use');
    }

    let stored = false;
    try {
      await next();
      const status = c.res.status;
      if (status < 500 && status !== 429) {
        const text = await c.res.clone().text();
        await db
          .update(idempotencyKeys)
          .set({
            state: 'done',
            responseStatus: status,
            responseBody: deps.cipher.encrypt(text, BODY_CONTEXT),
          })
          .where(where);
        stored = true;
      }
    } finally {
      if (!stored) await db.delete(idempotencyKeys).where(where);
    }
  };
}
