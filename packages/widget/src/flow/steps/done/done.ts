/**
 * `<finlet-done>`: completes the session (`POST /widget/v1/session/complete`) and confirms it.
 * The shell hands the result to the host as `success`.
 *
 * Properties: `session` (WidgetSession), `api` (WidgetApi).
 * Events: `finlet-session-completed` with the result; `finlet-step-failed` if the call fails
 * (the shell shows the error screen, whose Retry renders this step again).
 * CSS parts: `check`.
 */
import type { WidgetSession } from '@finlet/shared';
import { html, LitElement } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { loadingTemplate } from '../../loading.ts';
import { SessionCompletedEvent, StepFailedEvent } from '../../step-events.ts';
import { doneStyles } from './done.styles.ts';

export class FinletDone extends LitElement {
  static override styles = [stepStyles, doneStyles];
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    completed: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare completed: boolean;

  constructor() {
    super();
    this.completed = false;
    new HeadingFocus(this);
  }

  override firstUpdated(): void {
    this.api.complete().then(
      (result) => {
        this.completed = true;
        this.dispatchEvent(new SessionCompletedEvent(result));
      },
      (error: unknown) =>
        this.dispatchEvent(
          new StepFailedEvent(error instanceof WidgetApiError ? error : new WidgetApiError('network', 0)),
        ),
    );
  }

  override render() {
    const m = t();
    if (!this.completed) return loadingTemplate(m.completing);
    return html`
      <div class="check" part="check" aria-hidden="true"></div>
      <h2 tabindex="-1">${m.doneTitle}</h2>
      <p>${m.doneBody(this.session.partner.name)}</p>
    `;
  }
}

customElements.define('finlet-done', FinletDone);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-done': FinletDone;
  }
}
