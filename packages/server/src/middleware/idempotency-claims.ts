/**
 * The Idempotency-Keys this process is running, and the heartbeat that keeps them claimed. A claim
 * in `idempotency_keys` is a lease (`locked_until`, LEASE_MS ahead); while the request runs, this
 * process renews it every RENEW_EVERY_MS, so a request may run for as long as it takes and no other
 * process takes its key over. A process that dies stops renewing: its claims lapse within LEASE_MS
 * and a client's retry may then run the request. Within the process the registry answers exactly
 * whether a key is running, whatever the lease says.
 *
 * The lease value is also the claim's fencing token: a renewal, the stored response and the release
 * each update the row only while `locked_until` still holds the value this process last wrote. A
 * process whose renewals stalled for a whole lease (say, the database was unreachable) and whose key
 * was taken over therefore neither extends nor overwrites the new owner's claim.
 */
import { and, eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { idempotencyKeys } from '../db/schema.ts';

/** How long a claim outlives the last renewal, i.e. how long a dead process's claim blocks retries. */
export const LEASE_MS = 60_000;
const RENEW_EVERY_MS = LEASE_MS / 4;

export interface Claim {
  partnerId: string;
  key: string;
  /** The `locked_until` this process last wrote; null once another process took the key over. */
  lease: Date | null;
  /** The renewal under way, if any: releasing waits for it so the lease read afterwards is current. */
  renewing: Promise<void>;
}

const id = (partnerId: string, key: string) => `${partnerId}\n${key}`;

/** The row of a claim, as long as this process still holds it. */
export const heldBy = (claim: { partnerId: string; key: string }, lease: Date) =>
  and(
    eq(idempotencyKeys.partnerId, claim.partnerId),
    eq(idempotencyKeys.key, claim.key),
    eq(idempotencyKeys.state, 'running'),
    eq(idempotencyKeys.lockedUntil, lease),
  );

export const leaseFrom = (now: Date) => new Date(now.getTime() + LEASE_MS);

export class RunningClaims {
  readonly #claims = new Map<string, Claim>();
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly deps: Deps) {}

  has(partnerId: string, key: string): boolean {
    return this.#claims.has(id(partnerId, key));
  }

  add(partnerId: string, key: string, lease: Date): Claim {
    const claim: Claim = { partnerId, key, lease, renewing: Promise.resolve() };
    this.#claims.set(id(partnerId, key), claim);
    if (!this.#heartbeat) {
      this.#heartbeat = setInterval(() => void this.renew(), RENEW_EVERY_MS);
      this.#heartbeat.unref();
    }
    return claim;
  }

  /** Stops renewing a claim; resolves with its lease (null when it was taken over). */
  async release(claim: Claim): Promise<Date | null> {
    this.#claims.delete(id(claim.partnerId, claim.key));
    if (this.#claims.size === 0) {
      clearInterval(this.#heartbeat);
      this.#heartbeat = undefined;
    }
    await claim.renewing;
    return claim.lease;
  }

  /** One heartbeat: pushes every running claim's lease LEASE_MS past now. */
  async renew(): Promise<void> {
    const lease = leaseFrom(this.deps.clock.now());
    const claims = [...this.#claims.values()];
    for (const claim of claims) claim.renewing = claim.renewing.then(() => this.#renewOne(claim, lease));
    await Promise.all(claims.map((c) => c.renewing));
  }

  async #renewOne(claim: Claim, lease: Date): Promise<void> {
    if (!claim.lease || !this.#claims.has(id(claim.partnerId, claim.key))) return;
    try {
      const renewed = await this.deps.database.db
        .update(idempotencyKeys)
        .set({ lockedUntil: lease })
        .where(heldBy(claim, claim.lease))
        .returning({ key: idempotencyKeys.key });
      if (renewed.length > 0) claim.lease = lease;
      else {
        claim.lease = null;
        this.deps.logger.warn({ partner: claim.partnerId }, 'an Idempotency-Key was taken over while it ran');
      }
    } catch (err) {
      // The lease still runs; the next heartbeat tries again.
      this.deps.logger.warn({ err }, 'could not renew an Idempotency-Key claim');
    }
  }
}

const registries = new WeakMap<Deps, RunningClaims>();

/** The registry of the process built from `deps` (one per app, as each app is one process). */
export function runningClaims(deps: Deps): RunningClaims {
  let registry = registries.get(deps);
  if (!registry) {
    registry = new RunningClaims(deps);
    registries.set(deps, registry);
  }
  return registry;
}

/** The heartbeat, on demand (its timer calls the same). */
export const renewIdempotencyClaims = (deps: Deps) => runningClaims(deps).renew();
