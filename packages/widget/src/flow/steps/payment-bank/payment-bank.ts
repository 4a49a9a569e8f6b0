/**
 * `<finlet-payment-bank>`: pay by bank inside the payment step. Lists the banks that can take the
 * order (the bank linked earlier in the session first, with the link step's bank styles), starts
 * the payment, opens the bank's authorisation in a popup — or, when popups are blocked or the page
 * is an in-app webview, a full-page redirect that resumes the session — then follows the payment
 * while the bank processes it. Each start has its own Idempotency-Key. A bank still processing
 * after a minute is not a failure: the step says the payment is being confirmed and the shop
 * will be told (the server keeps asking the bank), and offers to check again.
 *
 * How long the step follows a processing payment before it shows the "still confirming" screen is
 * `FinletPaymentBank.confirmWindowMs` (60 s; a static so an end-to-end test can shorten it).
 *
 * Properties: `api`, `amountLabel`, `locale`. Events: `finlet-bank-paid` (detail: the WidgetPayment),
 * `finlet-bank-failed` (detail: `{ message, code }`: the customer's message, and the code for the
 * host), `finlet-bank-back`; `finlet-step-event` with the same bank events as the link step —
 * SELECT_INSTITUTION, SUBMIT_PAYMENT (`method: "bank"`), OAUTH_OPEN, OAUTH_CLOSE, OAUTH_FAIL —
 * relayed to the host.
 * CSS parts: `button`.
 */
import type { BankPaymentStarted, PaymentInstitution, WidgetPayment } from '@finlet/shared';
import { html, LitElement, nothing } from 'lit';
import { hasMessage, messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { errorMessage } from '../../failure.ts';
import { loadingStyles, loadingTemplate } from '../../loading.ts';
import { StepEvent } from '../../step-events.ts';
import { linkStyles } from '../link/link.styles.ts';

const m = messages('payment');

/** What the customer reads when a bank payment fails with `code`: its own message, else the error table's. */
export function bankFailureMessage(code: string): string {
  const key = `bank.failure.${code}`;
  return hasMessage('payment', key) ? m(key) : errorMessage(code);
}

type View = 'loading' | 'choose' | 'starting' | 'authorising' | 'redirect' | 'processing' | 'pending';

/** In-app browsers handle popups badly (same rule as the link step): redirect instead. */
const inAppWebview = (ua: string) => /FBAN|FBAV|Instagram|Line\/|; wv\)|WebView/i.test(ua);

/** Pause between two reads of a processing payment. */
const READ_PAUSE_MS = 1000;

export class FinletPaymentBank extends LitElement {
  /** How long a processing payment is followed before the step says the bank is still confirming. */
  static confirmWindowMs = 60_000;
  static override styles = [stepStyles, loadingStyles, linkStyles];
  static override properties = {
    api: { attribute: false },
    amountLabel: {},
    view: { state: true },
    banks: { state: true },
  };
  declare api: WidgetApi;
  declare amountLabel: string;
  declare view: View;
  declare banks: PaymentInstitution[];
  #bank: PaymentInstitution | undefined;
  #started: BankPaymentStarted | undefined;
  #popup: Window | null = null;
  #watch: ReturnType<typeof setInterval> | undefined;
  /** A read of the payment is under way: the closed window and the callback's message both start one. */
  #following = false;
  /** The bank's window closed without the callback's message: a payment still awaiting the bank was abandoned. */
  #closedWithoutCallback = false;
  /** Bank payments fail on the card form (another way to pay), never on the error screen. */
  #call = new ApiCall(this);

  constructor() {
    super();
    this.view = 'loading';
    this.banks = [];
    new HeadingFocus(this);
    new LocaleController(this);
  }

  #onMessage = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; attempt?: unknown };
    if (e.origin !== location.origin || data?.type !== 'finlet:oauth') return;
    if (!this.#started || data.attempt !== this.#started.attempt) return;
    if (this.view === 'authorising') this.#bankWindowClosed('callback');
    // The message can come after the closed window was noticed: the bank did answer.
    this.#closedWithoutCallback = false;
    void this.#follow();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.#onMessage);
    clearInterval(this.#watch);
  }

  override async firstUpdated(): Promise<void> {
    const r = await this.#call.run(
      () => this.api.request<{ data: PaymentInstitution[] }>('/payment/institutions'),
      () => true,
    );
    if (!r.ok) return this.#failed(r.error.code);
    this.banks = r.value.data;
    this.view = 'choose';
  }

  async #choose(bank: PaymentInstitution) {
    this.#bank = bank;
    this.view = 'starting';
    this.dispatchEvent(new StepEvent('SELECT_INSTITUTION', { institution: bank.id }));
    // Open the window in the click's own turn, or the browser blocks it.
    const popup = inAppWebview(navigator.userAgent)
      ? null
      : open('about:blank', 'finlet-bank', 'popup,width=480,height=720');
    const mode = popup ? 'popup' : 'redirect';
    this.dispatchEvent(new StepEvent('SUBMIT_PAYMENT', { method: 'bank', institution: bank.id }));
    const r = await this.#call.run(
      () =>
        this.api.post<BankPaymentStarted>(
          '/payments/bank',
          { method: 'bank', institution: bank.id, mode },
          { idempotencyKey: `att_${crypto.randomUUID()}` },
        ),
      () => true,
    );
    if (!r.ok) {
      popup?.close();
      const code = r.error.code;
      return this.#failed(
        code === 'provider_timeout' || code === 'provider_unavailable' ? 'institution_unavailable' : code,
      );
    }
    this.#started = r.value;
    if (!popup) {
      this.view = 'redirect';
      this.dispatchEvent(new StepEvent('OAUTH_OPEN', { institution: bank.id, mode }));
      return;
    }
    popup.location.href = this.#started.authorization_url;
    this.#popup = popup;
    this.view = 'authorising';
    this.dispatchEvent(new StepEvent('OAUTH_OPEN', { institution: bank.id, mode }));
    this.#watchPopup();
  }

  /** A popup closed without the callback's message: the user gave up (or the message was lost). */
  #watchPopup() {
    clearInterval(this.#watch);
    this.#watch = setInterval(() => {
      if (this.#popup && !this.#popup.closed) return;
      clearInterval(this.#watch);
      if (this.view !== 'authorising') return;
      this.#bankWindowClosed('closed');
      this.#closedWithoutCallback = true;
      void this.#follow();
    }, 500);
  }

  /** The bank's window is done: its callback said so, or the user closed it. */
  #bankWindowClosed(reason: 'callback' | 'closed') {
    this.dispatchEvent(new StepEvent('OAUTH_CLOSE', { institution: this.#bank?.id, reason }));
  }

  /** Reads the payment until it ends or the confirm window passes; one read loop at a time, so its end is reported once. */
  async #follow() {
    clearInterval(this.#watch);
    const id = this.#started?.payment.id;
    if (!id || this.#following) return;
    this.#following = true;
    try {
      await this.#readUntilDone(id);
    } finally {
      this.#following = false;
    }
  }

  async #readUntilDone(id: string) {
    this.view = 'processing';
    const until = Date.now() + FinletPaymentBank.confirmWindowMs;
    while (Date.now() < until) {
      let payment: WidgetPayment;
      try {
        payment = await this.api.request<WidgetPayment>(`/payments/${id}`);
      } catch {
        await new Promise((r) => setTimeout(r, READ_PAUSE_MS));
        continue;
      }
      if (payment.status === 'succeeded') {
        this.dispatchEvent(
          new CustomEvent('finlet-bank-paid', { detail: payment, bubbles: true, composed: true }),
        );
        return;
      }
      if (payment.status === 'failed' || payment.status === 'canceled')
        return this.#failed(payment.failure_code ?? 'generic');
      if (payment.status === 'requires_action' && this.#closedWithoutCallback)
        return this.#failed('authorization_abandoned');
      await new Promise((r) => setTimeout(r, READ_PAUSE_MS));
    }
    // Still processing: paying again could charge twice; the server keeps asking the bank.
    this.view = 'pending';
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The button that was focused is gone: the pending screen takes focus on its heading, so it is
    // announced and Tab reaches "Check again" (the heading controller only handles the first screen).
    if (changed.has('view') && this.view === 'pending' && document.hasFocus())
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  #failed(code: string) {
    // Once a bank was chosen, a failure is the bank journey's: the link step reports it the same way.
    if (this.#bank) this.dispatchEvent(new StepEvent('OAUTH_FAIL', { institution: this.#bank.id, code }));
    const message = bankFailureMessage(code);
    this.dispatchEvent(
      new CustomEvent('finlet-bank-failed', { detail: { message, code }, bubbles: true, composed: true }),
    );
  }

  #reopen() {
    if (!this.#started) return;
    this.#popup = open(this.#started.authorization_url, 'finlet-bank', 'popup,width=480,height=720');
    this.#watchPopup();
  }

  override render() {
    const bank = this.#bank?.name ?? '';
    const back = html`<button part="button" class="secondary" @click=${() => this.dispatchEvent(new Event('finlet-bank-back', { bubbles: true, composed: true }))}>
      ${this.view === 'choose' || this.view === 'loading' ? m('bank.back') : m('bank.cancel')}
    </button>`;
    switch (this.view) {
      case 'loading':
        return loadingTemplate(m('bank.loading'));
      case 'starting':
        return loadingTemplate(m('bank.starting'));
      case 'processing':
        return loadingTemplate(m('bank.processing'));
      case 'pending':
        return html`<h2 tabindex="-1">${m('bank.pendingTitle')}</h2>
          <p role="status">${m('bank.pendingBody')}</p>
          <div class="actions">
            <button part="button" @click=${() => this.#follow()}>${m('bank.checkAgain')}</button>
          </div>`;
      case 'authorising':
        return html`<h2 tabindex="-1">${m('bank.authorisingTitle', { bank })}</h2>
          <p>${m('bank.authorisingBody')}</p>
          <div class="actions">
            <button part="button" @click=${() => this.#reopen()}>${m('bank.reopen')}</button>
            ${back}
          </div>`;
      case 'redirect':
        return html`<h2 tabindex="-1">${m('bank.redirectTitle', { bank })}</h2>
          <p>${m('bank.redirectBody')}</p>
          <div class="actions">
            <a part="button" class="button" href=${this.#started?.authorization_url ?? '#'} target="_top" rel="noopener">${m('bank.redirectGo', { bank })}</a>
            ${back}
          </div>`;
      default:
        return html`<h2 tabindex="-1">${m('bank.chooseTitle')}</h2>
          <p>${m('bank.chooseIntro', { amount: this.amountLabel })}</p>
          ${
            this.banks.length === 0
              ? html`<p role="status">${m('bank.none')}</p>`
              : html`<ul class="banks" aria-label=${m('bank.banksLabel')}>
                  ${this.banks.map(
                    (b) => html`<li>
                      <button class="bank" data-institution=${b.id} @click=${() => this.#choose(b)}>
                        <img src=${b.logo_url} alt="" width="40" height="40" />
                        <span class="bank-text">
                          <span class="bank-name">${b.name}</span>
                          ${b.linked ? html`<span class="muted">${m('bank.linked')}</span>` : nothing}
                          ${b.health === 'degraded' ? html`<span class="health degraded">${m('bank.degraded')}</span>` : nothing}
                        </span>
                      </button>
                    </li>`,
                  )}
                </ul>`
          }
          <div class="actions">${back}</div>`;
    }
  }
}

customElements.define('finlet-payment-bank', FinletPaymentBank);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-payment-bank': FinletPaymentBank;
  }
}
