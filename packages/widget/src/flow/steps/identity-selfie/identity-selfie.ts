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
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { loadingTemplate } from '../../loading.ts';
import { StepFailedEvent } from '../../step-events.ts';
import '../identity-capture/identity-capture.ts';
import { im } from '../identity-flow/shared.ts';
import { selfieStyles } from './identity-selfie.styles.ts';

export class FinletIdentitySelfie extends LitElement {
  static override styles = [stepStyles, ...selfieStyles];
  static override properties = {
    api: { attribute: false },
    status: { attribute: false },
    uploaded: { state: true },
    busy: { state: true },
  };
  declare api: WidgetApi;
  declare status: WidgetIdentityStatus | undefined;
  declare uploaded: boolean;
  declare busy: boolean;

  constructor() {
    super();
    this.uploaded = false;
    this.busy = false;
    new HeadingFocus(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('status') && this.status?.images.includes('selfie')) this.uploaded = true;
  }

  async #submit() {
    this.busy = true;
    try {
      await this.api.request('/identity/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }));
    } catch (error) {
      this.busy = false;
      this.dispatchEvent(
        new StepFailedEvent(error instanceof WidgetApiError ? error : new WidgetApiError('network', 0)),
      );
    }
  }

  override render() {
    const m = im();
    if (this.busy) return loadingTemplate(m.submitting);
    return html`
      <h2 tabindex="-1">${m.selfieTitle}</h2>
      <p class="muted">${m.selfieIntro}</p>
      <finlet-identity-capture exportparts="button" .api=${this.api} side="selfie" label=${m.selfieTitle}
        ?done=${this.uploaded} @finlet-image-uploaded=${() => (this.uploaded = true)}></finlet-identity-capture>
      <div class="actions">
        <button part="button" type="button" ?disabled=${!this.uploaded} @click=${() => this.#submit()}>${m.continue}</button>
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
