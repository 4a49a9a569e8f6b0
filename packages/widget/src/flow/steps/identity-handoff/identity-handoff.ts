/**
 * `<finlet-identity-handoff>`: "Continue on your phone". Asks the server for a short-lived link
 * (`POST /widget/v1/identity/handoff`: a hand-off token, ≤ 10 minutes, this session and step only),
 * shows it as a QR code (a data: image, allowed by the frame's CSP) and as text, then follows
 * along by polling `GET /widget/v1/identity` until the phone has sent the checks.
 *
 * Properties: `api` (WidgetApi), `locale`.
 * Events: `finlet-identity-saved` when the phone finished; `finlet-step-failed` on failure.
 */

import type { WidgetIdentityStatus } from '@finlet/shared/api/identity';
import { html, LitElement, nothing } from 'lit';
import qrcode from 'qrcode-generator';
import { stepStyles } from '../../../theme/controls.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import { im } from '../identity-flow/shared.ts';
import { handoffStyles } from './identity-handoff.styles.ts';

const POLL_MS = 2000;

export class FinletIdentityHandoff extends LitElement {
  static override styles = [stepStyles, ...handoffStyles];
  static override properties = {
    api: { attribute: false },
    locale: {},
    link: { state: true },
    qr: { state: true },
    expires: { state: true },
  };
  declare api: WidgetApi;
  declare locale: string;
  declare link: string | undefined;
  declare qr: string | undefined;
  declare expires: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #mint = new ApiCall(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  async #start() {
    const r = await this.#mint.run(() =>
      this.api.post<{ url: string; expires_at: string }>('/identity/handoff'),
    );
    if (!r.ok) return;
    const { url, expires_at } = r.value;
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    this.qr = code.createDataURL(4, 2);
    this.link = url;
    this.expires = new Intl.DateTimeFormat(this.locale || 'en', { timeStyle: 'short' }).format(
      new Date(expires_at),
    );
    this.#timer = setTimeout(() => void this.#poll(), POLL_MS);
  }

  async #poll() {
    try {
      const s = await this.api.request<WidgetIdentityStatus>('/identity');
      if (s.status && s.status !== 'pending') {
        this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }));
        return;
      }
    } catch {
      // A missed poll is retried on the next tick; the link stays valid.
    }
    this.#timer = setTimeout(() => void this.#poll(), POLL_MS);
  }

  override render() {
    if (!this.link) return loadingTemplate(im('handoff.button'));
    return html`<div class="stack">
      <p>${im('handoff.intro')}</p>
      <img class="qr" src=${this.qr ?? ''} alt=${im('handoff.qrAlt')} />
      <div class="field">
        <label for="handoff-link">${im('handoff.linkLabel')}</label>
        <input id="handoff-link" readonly dir="ltr" .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </div>
      ${this.expires ? html`<p class="muted">${im('handoff.expires', { time: this.expires })}</p>` : nothing}
      <p role="status">${im('handoff.waiting')}</p>
    </div>`;
  }
}

customElements.define('finlet-identity-handoff', FinletIdentityHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-handoff': FinletIdentityHandoff;
  }
}
