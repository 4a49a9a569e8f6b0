/**
 * Which flows this build of the server can run. A session may ask for any flow; flows not yet
 * implemented are reported as `unavailable` when the session completes, so sessions created today
 * keep working as flows are added.
 */
import type { Flow } from '@finlet/shared';

export const IMPLEMENTED_FLOWS: ReadonlySet<Flow> = new Set<Flow>(['identity', 'link', 'payment']);

/** Statuses after which a flow needs nothing more from the user. */
export const TERMINAL_FLOW_STATUSES = new Set([
  'approved',
  'declined',
  'review',
  'linked',
  'succeeded',
  'failed',
  'unavailable',
]);

/**
 * Statuses that are a flow's final result: once every flow of a session has one, the session
 * completes by itself (sessions/completion.ts). A failed payment is terminal but not final: the
 * shopper may still pay with another card or by bank in the same session.
 */
export const FINAL_FLOW_STATUSES: ReadonlySet<string> = new Set(
  [...TERMINAL_FLOW_STATUSES].filter((s) => s !== 'failed'),
);
