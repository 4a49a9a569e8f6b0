/**
 * Public DOM events of `<finlet-widget>` (bubbling, composed: they cross shadow roots), and their
 * declaration in `GlobalEventHandlersEventMap` so `addEventListener('finlet-success', e => e.result_token)`
 * is typed.
 */
import type { FinletEventEvent } from './event.ts';
import type { FinletExitEvent } from './exit.ts';
import type { FinletSuccessEvent } from './success.ts';

export { FinletEventEvent } from './event.ts';
export { FinletExitEvent } from './exit.ts';
export { FinletSuccessEvent } from './success.ts';
export type { FinletActivity, FinletExit, FinletSuccess } from './types.ts';

declare global {
  interface GlobalEventHandlersEventMap {
    'finlet-success': FinletSuccessEvent;
    'finlet-exit': FinletExitEvent;
    'finlet-event': FinletEventEvent;
  }
}
