/**
 * `<finlet-unavailable>`: stands in for a flow whose steps do not exist yet (the server reports
 * such flows as `unavailable`). It says so and lets the user continue; a flow's real step replaces
 * it in the router table.
 *
 * Properties: `flow` (identity | link | payment).
 * Events: `finlet-step-complete` when the user continues.
 * CSS parts: `button`.
 */
import type { Flow } from '@finlet/shared';
import { html, LitElement } from 'lit';
import { messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { StepCompleteEvent } from '../../step-events.ts';
import { unavailableStyles } from './unavailable.styles.ts';

const m = messages('app');
const TITLES = {
  identity: 'consent.identity',
  link: 'consent.link',
  payment: 'unavailable.payment',
} as const;

export class FinletUnavailable extends LitElement {
  static override styles = [stepStyles, unavailableStyles];
  static override properties = { flow: {} };
  declare flow: Flow;

  constructor() {
    super();
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override render() {
    return html`
      <h2 tabindex="-1">${m(TITLES[this.flow])}</h2>
      <p class="notice">${m('unavailable.body')}</p>
      <div class="actions">
        <button part="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${m('continue')}</button>
      </div>
    `;
  }
}

customElements.define('finlet-unavailable', FinletUnavailable);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-unavailable': FinletUnavailable;
  }
}
