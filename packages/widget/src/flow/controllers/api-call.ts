/**
 * One widget API call as a step sees it: `busy` while it runs (the step re-renders when it starts
 * and ends), and a failure either handled by the step or reported to the shell, which shows the
 * error screen (`finlet-step-failed`). Every step's calls go through `run`, so loading state and
 * error conversion are written once.
 *
 *   #save = new ApiCall(this);
 *   const r = await this.#save.run(() => this.api.post('/identity/details', body));
 *   if (r.ok) …
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WidgetApiError } from '../api/widget-api.ts';
import { StepFailedEvent } from '../step-events.ts';

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: WidgetApiError };

export class ApiCall implements ReactiveController {
  /** A call is running. */
  busy = false;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
  }

  /**
   * Runs `call`. A failure goes to the shell's error screen unless `handle` returns true (the step
   * showed it itself, e.g. a declined card). A step that left the page reports nothing.
   */
  async run<T>(call: () => Promise<T>, handle?: (error: WidgetApiError) => boolean): Promise<CallResult<T>> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      return { ok: true, value: await call() };
    } catch (thrown) {
      const error = WidgetApiError.from(thrown);
      if (!handle?.(error) && this.#connected) this.host.dispatchEvent(new StepFailedEvent(error));
      return { ok: false, error };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
