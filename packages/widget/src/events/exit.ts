/**
 * `finlet-exit`: the widget closed before success — the user left, or the token, session or origin
 * was not usable. `status` is one of the protocol's exit statuses (docs/architecture.md §4).
 */
import type { FinletExit } from './types.ts';

export class FinletExitEvent extends Event {
  static readonly eventName = 'finlet-exit';
  readonly status: FinletExit['status'];
  readonly error: FinletExit['error'];

  constructor(exit: FinletExit) {
    super(FinletExitEvent.eventName, { bubbles: true, composed: true });
    this.status = exit.status;
    this.error = exit.error;
  }
}
