/**
 * Re-renders its element when a message catalogue of the active locale arrives (catalogues load
 * lazily, per area and locale), so text never stays in the fallback language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeChanges } from '../../i18n/i18n.ts';

export class LocaleController implements ReactiveController {
  #update = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    localeChanges.addEventListener('change', this.#update);
  }

  hostDisconnected(): void {
    localeChanges.removeEventListener('change', this.#update);
  }
}
