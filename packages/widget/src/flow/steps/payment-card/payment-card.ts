/**
 * `<finlet-payment-card>`: the card form inside the Finlet frame — number (brand detected,
 * formatted in groups), expiry, CVC (3 or 4 digits by brand), name, postcode where asked. Luhn and
 * expiry are checked before anything is sent; errors are inline, localized and announced. The pay
 * button shows the amount and is disabled while a payment is in flight. Autofill tokens
 * `cc-number`, `cc-exp`, `cc-csc`, `cc-name`, `postal-code`.
 *
 * Properties: `amountLabel` (formatted amount), `busy`, `needsPostalCode`, `declineMessage`.
 * Events: `finlet-card-submit` (detail: the card — for the processor's tokenizer in this frame,
 * never sent to Finlet), `finlet-card-back`.
 * CSS parts: `button`.
 */
import cardValidator from 'card-validator';
import { html, LitElement, nothing } from 'lit';
import { messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { formStyles } from '../../../theme/form.styles.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { paymentCardStyles } from './payment-card.styles.ts';

const m = messages('payment');

export interface CardDetails {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc: string;
  name?: string;
  postal_code?: string;
}

type Field = 'number' | 'expiry' | 'cvc' | 'name' | 'postal';

export class CardSubmitEvent extends Event {
  constructor(readonly card: CardDetails) {
    super('finlet-card-submit', { bubbles: true, composed: true });
  }
}

export class FinletPaymentCard extends LitElement {
  static override styles = [stepStyles, formStyles, paymentCardStyles];
  static override properties = {
    amountLabel: {},
    busy: { type: Boolean },
    needsPostalCode: { type: Boolean },
    declineMessage: {},
    errors: { state: true },
    brand: { state: true },
  };
  declare amountLabel: string;
  declare busy: boolean;
  declare needsPostalCode: boolean;
  declare declineMessage: string | undefined;
  declare errors: Partial<Record<Field, string>>;
  declare brand: { type: string; niceType: string; gaps: number[]; cvc: number } | undefined;

  constructor() {
    super();
    this.busy = false;
    this.needsPostalCode = false;
    this.errors = {};
    new LocaleController(this);
  }

  #value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? '';
  }

  #onNumber(e: InputEvent) {
    const input = e.target as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '').slice(0, 19);
    const card = cardValidator.number(digits).card;
    this.brand = card
      ? { type: card.type, niceType: card.niceType, gaps: card.gaps, cvc: card.code.size }
      : undefined;
    const gaps = card?.gaps ?? [4, 8, 12];
    let out = '';
    for (const [i, d] of [...digits].entries()) out += (gaps.includes(i) ? ' ' : '') + d;
    input.value = out;
  }

  #onExpiry(e: InputEvent) {
    const input = e.target as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '').slice(0, 4);
    input.value = digits.length > 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}` : digits;
  }

  #validate(): { errors: Partial<Record<Field, string>>; card?: CardDetails } {
    const errors: Partial<Record<Field, string>> = {};
    const number = this.#value('number').replace(/\D/g, '');
    const cvcSize = this.brand?.cvc ?? 3;
    if (!cardValidator.number(number).isValid) errors.number = m('errNumber');
    const expiry = cardValidator.expirationDate(this.#value('expiry').replace(/\s/g, ''));
    if (!expiry.isValid || !expiry.month || !expiry.year) errors.expiry = m('errExpiry');
    const cvc = this.#value('cvc');
    if (!new RegExp(`^\\d{${cvcSize}}$`).test(cvc)) errors.cvc = m('errCvc', { digits: cvcSize });
    const name = this.#value('name');
    if (!name) errors.name = m('errName');
    const postal = this.needsPostalCode ? this.#value('postal') : '';
    if (this.needsPostalCode && !postal) errors.postal = m('errPostal');
    if (Object.keys(errors).length) return { errors };
    const year = Number(expiry.year);
    return {
      errors,
      card: {
        number,
        exp_month: Number(expiry.month),
        exp_year: year < 100 ? 2000 + year : year,
        cvc,
        name,
        ...(postal ? { postal_code: postal } : {}),
      },
    };
  }

  #submit(e: SubmitEvent) {
    e.preventDefault();
    if (this.busy) return;
    const { errors, card } = this.#validate();
    this.errors = errors;
    if (!card) {
      const first = (['number', 'expiry', 'cvc', 'name', 'postal'] as Field[]).find((f) => errors[f]);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus(),
      );
      return;
    }
    this.dispatchEvent(new CardSubmitEvent(card));
  }

  #field(
    id: Field,
    label: string,
    attrs: { autocomplete: string; inputmode?: string; hint?: string },
    onInput?: (e: InputEvent) => void,
  ) {
    const error = this.errors[id];
    const described = [attrs.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${id}
        autocomplete=${attrs.autocomplete}
        inputmode=${attrs.inputmode ?? nothing}
        dir="ltr"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        ?disabled=${this.busy}
        @input=${onInput}
      />
      ${attrs.hint ? html`<p class="hint" id="${id}-hint">${attrs.hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  override render() {
    const cvcSize = this.brand?.cvc ?? 3;
    return html`
      ${this.declineMessage ? html`<div class="banner" role="alert">${this.declineMessage}</div>` : nothing}
      <form novalidate @submit=${this.#submit} aria-label=${m('cardTitle')}>
        ${this.#field('number', m('cardNumber'), { autocomplete: 'cc-number', inputmode: 'numeric', ...(this.brand ? { hint: m('brand', { brand: this.brand.niceType }) } : {}) }, (e) => this.#onNumber(e))}
        <div class="row">
          ${this.#field('expiry', m('expiry'), { autocomplete: 'cc-exp', inputmode: 'numeric' }, (e) => this.#onExpiry(e))}
          ${this.#field('cvc', m('cvc'), { autocomplete: 'cc-csc', inputmode: 'numeric', hint: m('cvcHint', { digits: cvcSize }) })}
        </div>
        ${this.#field('name', m('name'), { autocomplete: 'cc-name' })}
        ${this.needsPostalCode ? this.#field('postal', m('postalCode'), { autocomplete: 'postal-code' }) : nothing}
        <div class="actions">
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.dispatchEvent(new Event('finlet-card-back', { bubbles: true, composed: true }))}>${m('back')}</button>
          <button type="submit" part="button" class="pay" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
            ${this.busy ? m('paying') : m('pay', { amount: this.amountLabel })}
          </button>
        </div>
      </form>
    `;
  }
}

customElements.define('finlet-payment-card', FinletPaymentCard);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-payment-card': FinletPaymentCard;
  }
  interface HTMLElementEventMap {
    'finlet-card-submit': CardSubmitEvent;
  }
}
