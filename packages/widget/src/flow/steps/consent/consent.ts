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
import { messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { StepCompleteEvent } from '../../step-events.ts';
import { consentStyles } from './consent.styles.ts';

const m = messages('app');

export class FinletConsent extends LitElement {
  static override styles = [stepStyles, consentStyles];
  static override properties = { session: { attribute: false }, locale: {} };
  declare session: WidgetSession;
  declare locale: string;

  constructor() {
    super();
    new HeadingFocus(this);
    new LocaleController(this);
  }

  #item(flow: Flow) {
    const payment = this.session.payment;
    if (flow === 'identity') return m('consent.identity');
    if (flow === 'link') return m('consent.link');
    const amount = payment ? formatMoney(payment.amount, payment.currency as Currency, this.locale) : '';
    return m('consent.payment', { amount, description: payment?.description ?? '' });
  }

  override render() {
    return html`
      <h2 tabindex="-1">${m('consent.title')}</h2>
      <p>${m('consent.intro', { partner: this.session.partner.name })}</p>
      <ul part="list">
        ${this.session.flows.map((flow) => html`<li data-flow=${flow}>${this.#item(flow)}</li>`)}
      </ul>
      <p class="muted">${m('consent.note')}</p>
      <div class="actions">
        <button part="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${m('continue')}</button>
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
