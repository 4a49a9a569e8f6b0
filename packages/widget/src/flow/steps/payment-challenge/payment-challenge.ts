/**
 * `<finlet-payment-challenge>`: the processor's 3-D Secure page in a modal inside the frame (an
 * iframe the flow's CSP allows by the processor's origin), or in a popup when the user asks (for
 * pages that refuse framing). The page returns to Finlet's `/payments/3ds-return`, whose served
 * script posts `{ ns: 'finlet-3ds' }` to this frame; only a message from that window and from
 * Finlet's own origin counts.
 *
 * Properties: `url` (the challenge page). Events: `finlet-challenge-done`, `finlet-challenge-cancel`.
 * CSS parts: `button`.
 */
import { html, LitElement } from 'lit';
import { flowMessages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { ar } from '../payment/messages/ar.ts';
import { en } from '../payment/messages/en.ts';
import { es } from '../payment/messages/es.ts';
import { paymentChallengeStyles } from './payment-challenge.styles.ts';

const m = flowMessages({ en, es, ar });

export class FinletPaymentChallenge extends LitElement {
  static override styles = [stepStyles, paymentChallengeStyles];
  static override properties = { url: {} };
  declare url: string;
  #popup: Window | null = null;

  #onMessage = (e: MessageEvent) => {
    const frame = this.renderRoot.querySelector('iframe')?.contentWindow;
    if (e.source !== frame && (!this.#popup || e.source !== this.#popup)) return;
    if (e.origin !== location.origin) return;
    const data = e.data as { ns?: unknown } | null;
    if (data?.ns !== 'finlet-3ds') return;
    this.dispatchEvent(new Event('finlet-challenge-done', { bubbles: true, composed: true }));
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#cancel();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.#onMessage);
    this.#popup?.close();
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #openPopup() {
    this.#popup = open(this.url, 'finlet-3ds', 'popup,width=480,height=640');
  }

  #cancel() {
    this.dispatchEvent(new Event('finlet-challenge-cancel', { bubbles: true, composed: true }));
  }

  override render() {
    const msg = m();
    return html`<div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="challenge-title" @keydown=${this.#onKey}>
        <h2 id="challenge-title" tabindex="-1">${msg.challengeTitle}</h2>
        <p>${msg.challengeIntro}</p>
        <iframe src=${this.url} title=${msg.challengeFrame} referrerpolicy="no-referrer"></iframe>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.#openPopup()}>${msg.challengePopup}</button>
          <button type="button" class="secondary" part="button" @click=${() => this.#cancel()}>${msg.challengeCancel}</button>
        </div>
      </div>
    </div>`;
  }
}

customElements.define('finlet-payment-challenge', FinletPaymentChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-payment-challenge': FinletPaymentChallenge;
  }
}
