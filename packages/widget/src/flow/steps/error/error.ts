/**
 * `<finlet-error>`: the error screen. A clear title for the failure's kind, the customer's message
 * for its code (what to do next; the code itself goes to the host, not the screen), and a Retry
 * button only where trying again can help (network, rate limit, server faults).
 *
 * Properties: `failure` ({ kind, code, exit? }).
 * Events: `finlet-retry` when the user asks to try again.
 * CSS parts: `button`.
 */
import { html, LitElement, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { type Failure, failureText } from '../../failure.ts';
import { RetryEvent } from '../../step-events.ts';
import { errorStyles } from './error.styles.ts';

export class FinletError extends LitElement {
  static override styles = [stepStyles, errorStyles];
  static override properties = { failure: { attribute: false } };
  declare failure: Failure;

  constructor() {
    super();
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override render() {
    const [title, body] = failureText(this.failure);
    const retry = this.failure.retryable;
    return html`
      <div class="mark" aria-hidden="true">!</div>
      <h2 tabindex="-1">${title}</h2>
      <p role="alert">${body}</p>
      ${
        retry
          ? html`<div class="actions">
              <button part="button" @click=${() => this.dispatchEvent(new RetryEvent())}>${t('app', 'retry')}</button>
            </div>`
          : nothing
      }
    `;
  }
}

customElements.define('finlet-error', FinletError);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-error': FinletError;
  }
}
