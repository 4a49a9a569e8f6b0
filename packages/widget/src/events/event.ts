/**
 * `finlet-event`: one step of the user's journey (`OPEN`, `STEP_VIEW`, `ERROR`, …; the table is in
 * packages/shared/src/events.ts). For analytics; never needed to finish a session.
 */
import { FinletDomEvent } from './dom-event.ts';
import type { FinletActivity } from './types.ts';

export class FinletEventEvent extends FinletDomEvent<FinletActivity> {
  static readonly eventName = 'finlet-event';
  /** UPPER_SNAKE widget event name. Named `eventName` on the class, `name` here as in the protocol. */
  declare readonly name: FinletActivity['name'];
  declare readonly at: string;
  declare readonly metadata: Record<string, unknown>;
}
