/**
 * Reports the host element's height to the embedding page (`resize` messages), so an inline
 * iframe is always as tall as its content. A Lit reactive controller: observing starts and stops
 * with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeReporter implements ReactiveController {
  #observer: ResizeObserver | undefined;
  #last = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly report: (height: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => {
      const height = Math.ceil(this.host.getBoundingClientRect().height);
      if (height !== this.#last) {
        this.#last = height;
        this.report(height);
      }
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
