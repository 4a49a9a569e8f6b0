/**
 * `<finlet-widget>`: the widget as an element, for pages that prefer markup to `Finlet.open()`.
 * Plain HTMLElement with a shadow root (no Lit in the loader). The class is created inside
 * `defineFinletWidget()` so importing this module touches no DOM globals (SSR-safe).
 *
 * Attributes: `token` (required), `mode` (`inline` default | `modal`), `locale`.
 * Property: `appearance` ({ theme, color_primary, radius, font_family }).
 * Methods: `open()` (called when connected with a token), `close()`.
 * Events: `finlet-success`, `finlet-exit`, `finlet-event` (bubbling, composed).
 * CSS parts: `frame` (the iframe), `dialog` (the modal dialog; style its backdrop with `::backdrop`).
 */

import { open } from './open.ts';
import type { FinletAppearance, FinletHandle } from './options.ts';

export interface FinletWidgetElement extends HTMLElement {
  token: string;
  mode: 'inline' | 'modal';
  locale: string | undefined;
  appearance: FinletAppearance | undefined;
  open(): void;
  close(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'finlet-widget': FinletWidgetElement;
  }
}

export function defineFinletWidget(tag = 'finlet-widget'): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement implements FinletWidgetElement {
      appearance: FinletAppearance | undefined;
      #root = this.attachShadow({ mode: 'open' });
      #handle: FinletHandle | undefined;

      get token() {
        return this.getAttribute('token') ?? '';
      }
      set token(v: string) {
        this.setAttribute('token', v);
      }
      get mode() {
        return this.getAttribute('mode') === 'modal' ? 'modal' : 'inline';
      }
      set mode(v: 'inline' | 'modal') {
        this.setAttribute('mode', v);
      }
      get locale() {
        return this.getAttribute('locale') ?? undefined;
      }
      set locale(v: string | undefined) {
        if (v) this.setAttribute('locale', v);
        else this.removeAttribute('locale');
      }

      connectedCallback() {
        if (this.token) this.open();
      }
      disconnectedCallback() {
        this.close();
      }

      open() {
        if (this.#handle) return;
        // Only this widget's own end frees the element (a closed one may answer after a new open).
        const done = () => {
          if (this.#handle === handle) this.#handle = undefined;
        };
        const handle = open(
          {
            token: this.token,
            container: this.mode === 'inline' ? this.#root : undefined,
            locale: this.locale,
            appearance: this.appearance,
            onExit: done,
            onSuccess: done,
          },
          { events: this, modalRoot: this.#root },
        );
        this.#handle = handle;
      }
      close() {
        const handle = this.#handle;
        // The widget may still be answering (a completed session ends in `finlet-success`);
        // the element can open a new one meanwhile.
        this.#handle = undefined;
        handle?.close();
      }
    },
  );
}
