/**
 * `<finlet-done>`: completes the session (`POST /widget/v1/session/complete`) and confirms it with
 * "All done", which stays on screen until the customer presses Done; then the shell hands the
 * result to the host as `success` (and the host closes the widget). Closing the widget instead
 * reports the same success (the shell asks the server how the session stands).
 *
 * Properties: `session` (WidgetSession), `api` (WidgetApi).
 * Events: `finlet-session-completed` with the result when the customer presses Done;
 * `finlet-step-failed` if the call fails (the shell shows the error screen, whose Retry renders
 * this step again).
 * CSS parts: `check`, `button`.
 */
import type { WidgetComplete, WidgetSession } from '@finlet/shared';
import { html, LitElement } from 'lit';
import { messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import { SessionCompletedEvent } from '../../step-events.ts';
import { doneStyles } from './done.styles.ts';

const m = messages('app');

export class FinletDone extends LitElement {
  static override styles = [stepStyles, doneStyles];
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    result: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare result: WidgetComplete | undefined;
  #complete = new ApiCall(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  override async firstUpdated(): Promise<void> {
    const r = await this.#complete.run(() => this.api.complete());
    if (!r.ok) return;
    this.result = r.value;
    // The confirmation replaces the spinner: its heading takes focus so it is announced.
    await this.updateComplete;
    if (document.hasFocus()) this.renderRoot.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  #finish() {
    if (this.result) this.dispatchEvent(new SessionCompletedEvent(this.result));
  }

  override render() {
    if (!this.result) return loadingTemplate(m('done.completing'));
    return html`
      <div class="mark success" part="check" aria-hidden="true"></div>
      <h2 tabindex="-1">${m('done.title')}</h2>
      <p>${m('done.body', { partner: this.session.partner.name })}</p>
      <div class="actions">
        <button part="button" @click=${() => this.#finish()}>${m('done.finish')}</button>
      </div>
    `;
  }
}

customElements.define('finlet-done', FinletDone);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-done': FinletDone;
  }
}
