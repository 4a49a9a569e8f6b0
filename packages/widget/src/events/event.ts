/**
 * `finlet-event`: one step of the user's journey (`OPEN`, `STEP_VIEW`, `ERROR`, …; the table is in
 * packages/shared/src/events.ts). For analytics; never needed to finish a session.
 */
import type { FinletActivity } from './types.ts';

export class FinletEventEvent extends Event {
  static readonly eventName = 'finlet-event';
  /** UPPER_SNAKE widget event name. Named `eventName` on the class, `name` here as in the protocol. */
  readonly name: FinletActivity['name'];
  readonly at: string;
  readonly metadata: Record<string, unknown>;

  constructor(activity: FinletActivity) {
    super(FinletEventEvent.eventName, { bubbles: true, composed: true });
    this.name = activity.name;
    this.at = activity.at;
    this.metadata = activity.metadata;
  }
}
