/**
 * `<finlet-identity-selfie>`: the selfie, by the front camera or upload, then "Continue" starts
 * the checks (`POST /widget/v1/identity/submit`, with a loading state).
 *
 * Properties: `api` (WidgetApi), `status` (WidgetIdentityStatus).
 * Events: `finlet-identity-saved` once the checks started; `finlet-step-failed` on failure.
 * CSS parts: `button`.
 */
import type { WidgetIdentityStatus } from '@finlet/shared';
import { html, LitElement } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import '../identity-capture/identity-capture.ts';
import { im } from '../identity-flow/shared.ts';
import { selfieStyles } from './identity-selfie.styles.ts';

export class FinletIdentitySelfie extends LitElement {
  static override styles = [stepStyles, ...selfieStyles];
  static override properties = {
    api: { attribute: false },
    status: { attribute: false },
    uploaded: { state: true },
  };
  declare api: WidgetApi;
  declare status: WidgetIdentityStatus | undefined;
  declare uploaded: boolean;
  #submit = new ApiCall(this);

  constructor() {
    super();
    this.uploaded = false;
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('status') && this.status?.images.includes('selfie')) this.uploaded = true;
  }

  async #start() {
    const r = await this.#submit.run(() => this.api.post('/identity/submit'));
    if (r.ok) this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }));
  }

  override render() {
    if (this.#submit.busy) return loadingTemplate(im('submitting'));
    return html`
      <h2 tabindex="-1">${im('selfie.title')}</h2>
      <p class="muted">${im('selfie.intro')}</p>
      <finlet-identity-capture exportparts="button" .api=${this.api} side="selfie" label=${im('selfie.title')}
        ?done=${this.uploaded} @finlet-image-uploaded=${() => (this.uploaded = true)}></finlet-identity-capture>
      <div class="actions">
        <button part="button" type="button" ?disabled=${!this.uploaded} @click=${() => this.#start()}>${t('app', 'continue')}</button>
      </div>
    `;
  }
}

customElements.define('finlet-identity-selfie', FinletIdentitySelfie);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-selfie': FinletIdentitySelfie;
  }
}
