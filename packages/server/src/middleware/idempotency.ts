/**
 * `Idempotency-Key` on POST (docs/architecture.md §5). The first request with a key claims it with an
 * atomic insert; its response is stored and replayed for the same key and body. Another body → 409
 * `idempotency_key_reused`; the same key still running → 409 `idempotency_key_in_use`, however long
 * it runs: the claim is a lease the running process keeps renewing (idempotency-claims.ts). A 5xx or
 * 429 releases the key so the client can retry. A claim left by a process that died lapses within
 * a lease (LEASE_MS) and a retry may then take it over — the one way a key ever runs twice, and
 * only after its first run can no longer finish. Records are kept ≥ 24 h (purged by housekeeping).
 * Stored responses are encrypted: they can carry secrets shown once (client tokens, whsec_ secrets).
 */
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { idempotencyScope, ownerOf } from '../db/ownership.ts';
import { idempotencyKeys } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { heldBy, leaseFrom, runningClaims } from './idempotency-claims.ts';

/**
 * The one `Idempotency-Key` rule, for partner and widget routes alike: 8–255 visible ASCII
 * characters (a UUID fits; a shorter key is too easily reused by accident). Optional on partner
 * POSTs; required on the widget's payment POSTs, where it names one attempt.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;
export const IDEMPOTENCY_KEY_RULE = 'Idempotency-Key must be 8–255 visible ASCII characters.';

export const BODY_CONTEXT = 'idempotency_keys.response_body';
export const IDEMPOTENCY_RETENTION_MS = 48 * 3600 * 1000;

/** What "the same request" means: method, path and the exact body. */
export function requestHash(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

export function idempotency(deps: Deps): MiddlewareHandler<AppEnv> {
  const { db } = deps.database;
  const running = runningClaims(deps);
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new ApiError('invalid_request', IDEMPOTENCY_KEY_RULE, 'Idempotency-Key');
    }
    const partnerId = idempotencyScope(ownerOf(c.get('partner')));
    const hash = requestHash(c.req.method, c.req.path, await c.req.text());
    const now = deps.clock.now();
    const lease = leaseFrom(now);
    const where = and(eq(idempotencyKeys.partnerId, partnerId), eq(idempotencyKeys.key, key));

    const claimed = await db
      .insert(idempotencyKeys)
      .values({ partnerId, key, requestHash: hash, state: 'running', lockedUntil: lease, createdAt: now })
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
      // Running here, or elsewhere with a live lease: in use. A lapsed lease: its process died.
      if (running.has(partnerId, key) || row.lockedUntil >= now) throw new ApiError('idempotency_key_in_use');
      const taken = await db
        .update(idempotencyKeys)
        .set({ lockedUntil: lease })
        .where(heldBy({ partnerId, key }, row.lockedUntil))
        .returning({ key: idempotencyKeys.key });
      if (taken.length === 0) throw new ApiError('idempotency_key_in_use');
    }

    const claim = running.add(partnerId, key, lease);
    let response: { status: number; text: string } | undefined;
    try {
      await next();
      const status = c.res.status;
      if (status < 500 && status !== 429) response = { status, text: await c.res.clone().text() };
    } finally {
      const held = await running.release(claim);
      if (!held) {
        deps.logger.warn(
          { partner: partnerId },
          'Idempotency-Key taken over while it ran; response not stored',
        );
      } else if (response) {
        await db
          .update(idempotencyKeys)
          .set({
            state: 'done',
            responseStatus: response.status,
            responseBody: deps.cipher.encrypt(response.text, BODY_CONTEXT),
          })
          .where(heldBy({ partnerId, key }, held));
      } else {
        await db.delete(idempotencyKeys).where(heldBy({ partnerId, key }, held));
      }
    }
  };
}

/** Housekeeping: forgets idempotency records past their retention. */
export async function purgeIdempotencyKeys(deps: Deps): Promise<void> {
  const cutoff = new Date(deps.clock.now().getTime() - IDEMPOTENCY_RETENTION_MS);
  await deps.database.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff));
}
