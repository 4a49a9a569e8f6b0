/**
 * `<finlet-payment>`: the payment flow's step. Shows the order (amount set by the partner's server,
 * formatted with Intl and the currency's exponent), the methods, the card form, the 3-D Secure
 * modal and the success screen with the amount and a reference. The card goes from the frame to the
 * card processor (`card_collection`: payment-card/tokenizers), never to Finlet, which gets only the
 * processor's token or encrypted fields. Each confirm attempt gets its own
 * Idempotency-Key; a decline shows the customer what to do next (its code goes to the host in an
 * `ERROR` event, never onto the screen), and the user picks another card or method — never a dead end.
 *
 * Properties: `session`, `api`, `locale`. Events: `finlet-step-complete` after success,
 * `finlet-step-failed` when loading fails, `finlet-step-event` (SUBMIT_PAYMENT, CHALLENGE_OPEN,
 * ERROR with `metadata.code` when a payment is declined or fails).
 * CSS parts: `button`.
 */
import type { Currency, WidgetPayment, WidgetPaymentState, WidgetSession } from '@finlet/shared';
import { formatMoney } from '@finlet/shared/money';
import { html, LitElement, nothing } from 'lit';
import { hasMessage, messages, t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { markStyles } from '../../../theme/mark.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { errorMessage } from '../../failure.ts';
import { loadingStyles, loadingTemplate } from '../../loading.ts';
import { StepCompleteEvent, StepEvent } from '../../step-events.ts';
import '../payment-card/payment-card.ts';
import type { CardSubmitEvent } from '../payment-card/payment-card.ts';
import { cardSource } from '../payment-card/tokenizers/index.ts';
import '../payment-challenge/payment-challenge.ts';
import { challengePresentation } from '../payment-challenge/presentation.ts';
import '../payment-bank/payment-bank.ts';
import { paymentStyles } from './payment.styles.ts';

const m = messages('payment');

type View = 'loading' | 'method' | 'card' | 'bank' | 'checking' | 'success';

/** What the customer reads when a card payment fails with `code`: its own message, else the error table's. */
export function declineMessage(code: string): string {
  const key = `decline.${code}`;
  return hasMessage('payment', key) ? m(key) : errorMessage(code);
}

/** Currencies whose card payments ask for a postcode (address verification). */
const POSTCODE_CURRENCIES = new Set(['GBP', 'USD', 'CAD']);

export class FinletPayment extends LitElement {
  static override styles = [stepStyles, loadingStyles, markStyles, paymentStyles];
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    locale: {},
    view: { state: true },
    order: { state: true },
    payment: { state: true },
    decline: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare locale: string;
  declare view: View;
  declare order: WidgetPaymentState | undefined;
  declare payment: WidgetPayment | undefined;
  declare decline: string | undefined;
  /** Reading the order or a payment; `#pay`: confirming one (the card form shows it as busy). */
  #read = new ApiCall(this);
  #pay = new ApiCall(this);

  constructor() {
    super();
    this.view = 'loading';
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override firstUpdated(): void {
    void this.#load();
  }

  async #load() {
    const r = await this.#read.run(() => this.api.request<WidgetPaymentState>('/payment'));
    if (!r.ok) return;
    this.order = r.value;
    const last = this.order.payment;
    if (last?.status === 'succeeded') return this.#succeed(last);
    if (last && (last.status === 'processing' || (last.status === 'requires_action' && last.next_action)))
      return this.#follow(last);
    // The card form comes first; pay by bank is offered beside it when a bank can take the order,
    // and alone when the partner takes no card.
    this.view = this.order.methods.includes('card') ? 'card' : 'bank';
  }

  /** Where leaving the bank list goes: the card form, or — when the session takes no card — the
   * method view, which shows a failure's message and offers the bank again. */
  get #backFromBank(): View {
    return this.order?.methods.includes('card') ? 'card' : 'method';
  }

  get #amount(): string {
    const o = this.order ?? this.session.payment;
    return o ? formatMoney(o.amount, o.currency as Currency, this.locale) : '';
  }

  async #confirm(e: CardSubmitEvent) {
    if (this.#pay.busy) return;
    this.decline = undefined;
    this.dispatchEvent(new StepEvent('SUBMIT_PAYMENT', { method: 'card' }));
    const key = `att_${crypto.randomUUID()}`;
    // Every failure is shown on the card form: the customer can fix the card or pay another way.
    const collection = this.order?.card_collection;
    const r = await this.#pay.run(
      async () => {
        if (!collection) throw new WidgetApiError('invalid_response', 0);
        // The card goes from here to the processor (its tokenizer or its encryption); Finlet gets
        // only what the processor made of it.
        const payment_method = await cardSource(collection, e.card);
        return this.api.post<WidgetPayment>('/payments', { payment_method }, { idempotencyKey: key });
      },
      () => true,
    );
    if (r.ok) return this.#follow(r.value);
    const code = r.error.code;
    // Another attempt (another tab) is under way or has already paid: show where the order stands.
    if (code === 'payment_in_progress' || code === 'session_completed') {
      this.decline = m('inProgress');
      return this.#load();
    }
    this.#declined(code);
  }

  async #follow(payment: WidgetPayment): Promise<void> {
    this.payment = payment;
    if (payment.status === 'succeeded') return this.#succeed(payment);
    if (payment.status === 'failed' || payment.status === 'canceled') {
      return this.#declined(payment.failure_code ?? 'generic');
    }
    if (payment.status === 'requires_action' && payment.next_action) {
      this.view = 'card';
      this.dispatchEvent(new StepEvent('CHALLENGE_OPEN'));
      return;
    }
    // Processing: the outcome is on its way (callback); ask again shortly.
    this.view = 'checking';
    await new Promise((r) => setTimeout(r, 1000));
    await this.#refresh();
  }

  async #refresh() {
    if (!this.payment) return;
    const id = this.payment.id;
    const r = await this.#read.run(() => this.api.request<WidgetPayment>(`/payments/${id}`));
    if (r.ok) await this.#follow(r.value);
  }

  async #cancelChallenge() {
    if (!this.payment) return;
    const id = this.payment.id;
    this.payment = { ...this.payment, next_action: null };
    this.view = 'checking';
    const r = await this.#read.run(() => this.api.post<WidgetPayment>(`/payments/${id}/cancel`));
    if (r.ok) await this.#follow(r.value);
  }

  /** Back to the card form with the customer's message; the code goes to the host (`ERROR`). */
  #declined(code: string) {
    this.decline = declineMessage(code);
    this.dispatchEvent(new StepEvent('ERROR', { code, step: 'payment' }));
    this.payment = undefined;
    this.view = 'card';
  }

  #succeed(payment: WidgetPayment) {
    this.payment = payment;
    this.view = 'success';
  }

  #summary() {
    const o = this.order;
    return html`<dl class="summary" aria-label=${m('orderLabel')}>
      <dt>${o?.description ?? ''}</dt>
      <dd>${this.#amount}</dd>
    </dl>`;
  }

  override render() {
    if (this.view === 'loading') return loadingTemplate(m('loading'));
    if (this.view === 'checking') return loadingTemplate(m('challengeWaiting'));
    if (this.view === 'bank') {
      return html`<finlet-payment-bank
        exportparts="button"
        .api=${this.api}
        .amountLabel=${this.#amount}
        @finlet-bank-paid=${(e: CustomEvent<WidgetPayment>) => this.#succeed(e.detail)}
        @finlet-bank-failed=${(e: CustomEvent<{ message: string; code: string }>) => {
          this.decline = e.detail.message;
          this.dispatchEvent(
            new StepEvent('ERROR', { code: e.detail.code, step: 'payment', method: 'bank' }),
          );
          this.view = this.#backFromBank;
        }}
        @finlet-bank-back=${() => (this.view = this.#backFromBank)}
      ></finlet-payment-bank>`;
    }
    if (this.view === 'success') {
      return html`<div class="success">
        <div class="mark success" aria-hidden="true"></div>
        <h2 tabindex="-1">${m('successTitle')}</h2>
        <p>${m('successBody', { amount: this.#amount })}</p>
        <p class="muted">${m('reference')} <span class="reference" dir="ltr">${this.payment?.id}</span></p>
        <div class="actions">
          <button part="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${t('app', 'continue')}</button>
        </div>
      </div>`;
    }
    const challenge = this.payment?.status === 'requires_action' ? this.payment.next_action : null;
    return html`
      <h2 tabindex="-1">${this.view === 'method' ? m('methodTitle') : m('cardTitle')}</h2>
      ${this.#summary()}
      ${
        this.view === 'method'
          ? html`${this.decline ? html`<p role="alert">${this.decline}</p>` : nothing}
              <div class="methods">
                ${this.order?.methods.map(
                  (method) =>
                    html`<button part="button" class="secondary" @click=${() => (this.view = method)}>
                      ${method === 'card' ? m('methodCard') : m('methodBank')}
                    </button>`,
                )}
              </div>`
          : html`${
              this.order?.methods.includes('bank')
                ? html`<div class="other-method"><button part="button" class="secondary" data-method="bank" @click=${() => {
                    this.decline = undefined;
                    this.view = 'bank';
                  }}>${m('methodBank')}</button></div>`
                : nothing
            }<finlet-payment-card
              exportparts="button"
              .amountLabel=${this.#amount}
              .busy=${this.#pay.busy || !!challenge}
              .needsPostalCode=${POSTCODE_CURRENCIES.has(this.order?.currency ?? '')}
              .declineMessage=${this.decline}
              @finlet-card-submit=${(e: CardSubmitEvent) => this.#confirm(e)}
              @finlet-card-back=${() => (this.view = (this.order?.methods.length ?? 0) > 1 ? 'method' : 'card')}
            ></finlet-payment-card>`
      }
      ${
        challenge
          ? html`<finlet-payment-challenge
              .url=${challenge.url}
              .presentation=${challengePresentation(this.order?.card_collection)}
              @finlet-challenge-done=${() => this.#refresh()}
              @finlet-challenge-cancel=${() => this.#cancelChallenge()}
            ></finlet-payment-challenge>`
          : nothing
      }
    `;
  }
}

customElements.define('finlet-payment', FinletPayment);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-payment': FinletPayment;
  }
}
