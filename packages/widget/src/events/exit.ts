/**
 * `finlet-exit`: the widget closed before success — the user left, or the token, session or origin
 * was not usable. `status` is one of the protocol's exit statuses (docs/architecture.md §4).
 */
import { FinletDomEvent } from './dom-event.ts';
import type { FinletExit } from './types.ts';

export class FinletExitEvent extends FinletDomEvent<FinletExit> {
  static readonly eventName = 'finlet-exit';
  declare readonly status: FinletExit['status'];
  declare readonly error: FinletExit['error'];
}
