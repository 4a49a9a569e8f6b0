/**
 * `<finlet-payment>`: the payment flow's step. Shows the order (amount set by the partner's server,
 * formatted with Intl and the currency's exponent), the methods, the card form, the 3-D Secure
 * modal and the success screen with the amount and a reference. Each confirm attempt gets its own
 * Idempotency-Key; declines come back as localized messages with their code, and the user picks
 * another card or method — never a dead end.
 *
 * Properties: `session`, `api`, `locale`. Events: `finlet-step-complete` after success,
 * `finlet-step-failed` when loading fails, `finlet-step-event` (SUBMIT_PAYMENT, CHALLENGE_OPEN).
 * CSS parts: `button`.
 */
import type {
  Currency,
  WidgetEventName,
  WidgetPayment,
  WidgetPaymentState,
  WidgetSession,
} from '@finlet/shared';
import { formatMoney } from '@finlet/shared/money';
import { html, LitElement, nothing } from 'lit';
import { flowMessages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { loadingStyles, loadingTemplate } from '../../loading.ts';
import { StepCompleteEvent, StepFailedEvent } from '../../step-events.ts';
import '../payment-card/payment-card.ts';
import type { CardSubmitEvent } from '../payment-card/payment-card.ts';
import '../payment-challenge/payment-challenge.ts';
import '../payment-bank/payment-bank.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { paymentStyles } from './payment.styles.ts';

const m = flowMessages({ en, es, ar });

type View = 'loading' | 'method' | 'card' | 'bank' | 'checking' | 'success';

/** Relayed to the host by the shell as a widget `event` (same event type the shell listens for). */
class PaymentStepEvent extends Event {
  constructor(
    readonly name: WidgetEventName,
    readonly metadata: Record<string, unknown> = {},
  ) {
    super('finlet-step-event', { bubbles: true, composed: true });
  }
}

/** Currencies whose card payments ask for a postcode (address verification). */
const POSTCODE_CURRENCIES = new Set(['GBP', 'USD', 'CAD']);

export class FinletPayment extends LitElement {
  static override styles = [stepStyles, loadingStyles, paymentStyles];
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    locale: {},
    view: { state: true },
    order: { state: true },
    payment: { state: true },
    busy: { state: true },
    decline: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare locale: string;
  declare view: View;
  declare order: WidgetPaymentState | undefined;
  declare payment: WidgetPayment | undefined;
  declare busy: boolean;
  declare decline: string | undefined;

  constructor() {
    super();
    this.view = 'loading';
    this.busy = false;
    new HeadingFocus(this);
  }

  override firstUpdated(): void {
    void this.#load();
  }

  async #load() {
    try {
      this.order = await this.api.request<WidgetPaymentState>('/payment');
      const last = this.order.payment;
      if (last?.status === 'succeeded') return this.#succeed(last);
      if (last && (last.status === 'processing' || (last.status === 'requires_action' && last.next_action)))
        return this.#follow(last);
      // The card form comes first; pay by bank is offered above it when a bank can take the order.
      this.view = 'card';
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown) {
    this.dispatchEvent(
      new StepFailedEvent(error instanceof WidgetApiError ? error : new WidgetApiError('network', 0)),
    );
  }

  get #amount(): string {
    const o = this.order ?? this.session.payment;
    return o ? formatMoney(o.amount, o.currency as Currency, this.locale) : '';
  }

  async #confirm(e: CardSubmitEvent) {
    if (this.busy) return;
    this.busy = true;
    this.decline = undefined;
    this.dispatchEvent(new PaymentStepEvent('SUBMIT_PAYMENT', { method: 'card' }));
    const key = `att_${crypto.randomUUID()}`;
    try {
      const payment = await this.api.request<WidgetPayment>('/payments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ card: e.card }),
      });
      await this.#follow(payment);
    } catch (error) {
      const code = error instanceof WidgetApiError ? error.code : 'network';
      // Another attempt (another tab) is under way or has already paid: show where the order stands.
      if (code === 'payment_in_progress' || code === 'session_completed') {
        this.decline = m().inProgress;
        return this.#load();
      }
      this.#declined(code === 'card_invalid' ? 'card_declined' : 'processing_error', code);
    } finally {
      this.busy = false;
    }
  }

  async #follow(payment: WidgetPayment): Promise<void> {
    this.payment = payment;
    if (payment.status === 'succeeded') return this.#succeed(payment);
    if (payment.status === 'failed' || payment.status === 'canceled') {
      return this.#declined(payment.failure_code ?? 'generic');
    }
    if (payment.status === 'requires_action' && payment.next_action) {
      this.view = 'card';
      this.dispatchEvent(new PaymentStepEvent('CHALLENGE_OPEN'));
      return;
    }
    // Processing: the outcome is on its way (callback); ask again shortly.
    this.view = 'checking';
    await new Promise((r) => setTimeout(r, 1000));
    await this.#refresh();
  }

  async #refresh() {
    if (!this.payment) return;
    try {
      await this.#follow(await this.api.request<WidgetPayment>(`/payments/${this.payment.id}`));
    } catch (error) {
      this.#fail(error);
    }
  }

  async #cancelChallenge() {
    if (!this.payment) return;
    const id = this.payment.id;
    this.payment = { ...this.payment, next_action: null };
    this.view = 'checking';
    try {
      await this.#follow(await this.api.request<WidgetPayment>(`/payments/${id}/cancel`, { method: 'POST' }));
    } catch (error) {
      this.#fail(error);
    }
  }

  #declined(code: string, shown = code) {
    const msg = m();
    this.decline = `${msg.declines[code] ?? msg.declines.generic} ${msg.code(shown)}`;
    this.payment = undefined;
    this.view = 'card';
  }

  #succeed(payment: WidgetPayment) {
    this.payment = payment;
    this.view = 'success';
  }

  #summary() {
    const msg = m();
    const o = this.order;
    return html`<dl class="summary" aria-label=${msg.orderLabel}>
      <dt>${o?.description ?? ''}</dt>
      <dd>${this.#amount}</dd>
    </dl>`;
  }

  override render() {
    const msg = m();
    if (this.view === 'loading') return loadingTemplate(msg.loading);
    if (this.view === 'checking') return loadingTemplate(msg.challengeWaiting);
    if (this.view === 'bank') {
      return html`<finlet-payment-bank
        exportparts="button"
        .api=${this.api}
        .amountLabel=${this.#amount}
        @finlet-bank-paid=${(e: CustomEvent<WidgetPayment>) => this.#succeed(e.detail)}
        @finlet-bank-failed=${(e: CustomEvent<{ message: string }>) => {
          this.decline = e.detail.message;
          this.view = 'card';
        }}
        @finlet-bank-back=${() => (this.view = 'card')}
      ></finlet-payment-bank>`;
    }
    if (this.view === 'success') {
      return html`<div class="check" aria-hidden="true"></div>
        <h2 tabindex="-1">${msg.successTitle}</h2>
        <p>${msg.successBody(this.#amount)}</p>
        <p>${msg.reference}: <span class="reference">${this.payment?.id}</span></p>
        <div class="actions">
          <button part="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${msg.continue}</button>
        </div>`;
    }
    const challenge = this.payment?.status === 'requires_action' ? this.payment.next_action : null;
    return html`
      <h2 tabindex="-1">${this.view === 'method' ? msg.methodTitle : msg.cardTitle}</h2>
      ${this.#summary()}
      ${
        this.view === 'method'
          ? html`${this.decline ? html`<p role="alert">${this.decline}</p>` : nothing}
              <div class="methods">
                ${this.order?.methods.map(
                  (method) =>
                    html`<button part="button" @click=${() => (this.view = method)}>
                      ${method === 'card' ? msg.methodCard : msg.methodBank}
                    </button>`,
                )}
              </div>`
          : html`${
              this.order?.methods.includes('bank')
                ? html`<div class="actions"><button part="button" class="secondary" data-method="bank" @click=${() => {
                    this.decline = undefined;
                    this.view = 'bank';
                  }}>${msg.methodBank}</button></div>`
                : nothing
            }<finlet-payment-card
              exportparts="button"
              .amountLabel=${this.#amount}
              .busy=${this.busy || !!challenge}
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
