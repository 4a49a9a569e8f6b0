/**
 * Events a step sends up to `<finlet-app>` (internal to the flow, so not in src/events/):
 * the user finished the step, a step's network call failed, or the session completed.
 */
import type { WidgetComplete, WidgetEventName } from '@finlet/shared';
import type { WidgetApiError } from './api/widget-api.ts';

export class StepCompleteEvent extends Event {
  constructor() {
    super('finlet-step-complete', { bubbles: true, composed: true });
  }
}

export class StepFailedEvent extends Event {
  constructor(readonly error: WidgetApiError) {
    super('finlet-step-failed', { bubbles: true, composed: true });
  }
}

export class SessionCompletedEvent extends Event {
  constructor(readonly result: WidgetComplete) {
    super('finlet-session-completed', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'finlet-step-complete': StepCompleteEvent;
    'finlet-step-failed': StepFailedEvent;
    'finlet-session-completed': SessionCompletedEvent;
  }
}

/** A step reports a widget event (e.g. SUBMIT_IDENTITY); the shell relays it to the host as `event`. */
export class StepEvent extends Event {
  constructor(
    readonly name: WidgetEventName,
    readonly metadata: Record<string, unknown> = {},
  ) {
    super('finlet-step-event', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'finlet-step-event': StepEvent;
  }
}

/** The user asked to try a failed call again (error screen's Retry). */
export class RetryEvent extends Event {
  constructor() {
    super('finlet-retry', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'finlet-retry': RetryEvent;
  }
}
