/**
 * Moves keyboard and screen-reader focus to a step's heading when the step first renders, so a
 * step change is announced and Tab continues from the top of the new step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class HeadingFocus implements ReactiveController {
  #done = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#done = false;
  }

  hostUpdated(): void {
    if (this.#done) return;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('h2');
    if (!heading) return;
    this.#done = true;
    // Only while the frame has focus (a modal, or the user is working in it): an inline widget
    // must not pull focus away from the partner's page when it first renders.
    if (document.hasFocus()) heading.focus({ preventScroll: true });
  }
}
