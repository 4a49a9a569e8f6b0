/**
 * `<finlet-consent>`: tells the user what the partner asks for — verify identity, link a bank,
 * pay an amount (formatted by Intl in the session's locale) — before anything starts.
 *
 * Properties: `session` (WidgetSession), `locale` (BCP 47 tag for Intl).
 * Events: `finlet-step-complete` when the user continues.
 * CSS parts: `list`, `button`.
 */
import type { Currency, Flow, WidgetSession } from '@finlet/shared';
// Imported by path: the package index would drag zod into the first screen.
import { formatMoney } from '@finlet/shared/money';
import { html, LitElement } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { StepCompleteEvent } from '../../step-events.ts';
import { consentStyles } from './consent.styles.ts';

export class FinletConsent extends LitElement {
  static override styles = [stepStyles, consentStyles];
  static override properties = { session: { attribute: false }, locale: {} };
  declare session: WidgetSession;
  declare locale: string;

  constructor() {
    super();
    new HeadingFocus(this);
  }

  #item(flow: Flow) {
    const m = t();
    const payment = this.session.payment;
    if (flow === 'identity') return m.consentIdentity;
    if (flow === 'link') return m.consentLink;
    const amount = payment ? formatMoney(payment.amount, payment.currency as Currency, this.locale) : '';
    return m.consentPayment(amount, payment?.description ?? '');
  }

  override render() {
    const m = t();
    return html`
      <h2 tabindex="-1">${m.consentTitle}</h2>
      <p>${m.consentIntro(this.session.partner.name)}</p>
      <ul part="list">
        ${this.session.flows.map((flow) => html`<li data-flow=${flow}>${this.#item(flow)}</li>`)}
      </ul>
      <p class="muted">${m.consentNote}</p>
      <div class="actions">
        <button part="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${m.continue}</button>
      </div>
    `;
  }
}

customElements.define('finlet-consent', FinletConsent);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-consent': FinletConsent;
  }
}
