/**
 * `<finlet-identity-document>`: choose the document (passport, ID card, driving licence), its
 * issuing country and expiry date, then capture its front — and back, for types that have one —
 * by camera or upload (`<finlet-identity-capture>`).
 *
 * Properties: `api` (WidgetApi), `locale`, `status` (WidgetIdentityStatus).
 * Events: `finlet-identity-saved` when the document and all its sides are uploaded;
 * `finlet-step-failed` on a network or server failure.
 * CSS parts: `button`.
 */
// Imported by path: the package index would drag zod into the first screen.

import type { WidgetIdentityStatus } from '@finlet/shared/api/identity';
import {
  DOCUMENT_SIDES,
  DOCUMENT_TYPES,
  type DocumentType,
  IDENTITY_COUNTRIES,
} from '@finlet/shared/api/identity-rules';
import { html, LitElement, nothing } from 'lit';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { loadingTemplate } from '../../loading.ts';
import { StepFailedEvent } from '../../step-events.ts';
import '../identity-capture/identity-capture.ts';
import { countryName, im } from '../identity-flow/shared.ts';
import { documentStyles } from './identity-document.styles.ts';

export class FinletIdentityDocument extends LitElement {
  static override styles = [stepStyles, ...documentStyles];
  static override properties = {
    api: { attribute: false },
    locale: {},
    status: { attribute: false },
    type: { state: true },
    country: { state: true },
    expiry: { state: true },
    chosen: { state: true },
    uploaded: { state: true },
    error: { state: true },
    busy: { state: true },
    phone: { state: true },
  };
  declare api: WidgetApi;
  declare locale: string;
  declare status: WidgetIdentityStatus | undefined;
  declare type: DocumentType;
  declare country: string;
  declare expiry: string;
  declare chosen: boolean;
  declare uploaded: string[];
  declare error: string;
  declare busy: boolean;
  /** Showing the "continue on your phone" panel. */
  declare phone: boolean;

  constructor() {
    super();
    this.type = 'passport';
    this.country = 'US';
    this.expiry = '';
    this.chosen = false;
    this.uploaded = [];
    this.error = '';
    this.busy = false;
    this.phone = false;
    new HeadingFocus(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('status') && this.status?.document) {
      this.type = this.status.document.type;
      this.country = this.status.document.issuing_country;
      this.chosen = true;
      this.uploaded = this.status.images;
    }
  }

  async #choose(e: Event) {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.expiry)) {
      this.error = im().errors.date!;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#expiry')?.focus();
      return;
    }
    this.error = '';
    this.busy = true;
    try {
      await this.api.request('/identity/document', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: this.type, issuing_country: this.country, expiry_date: this.expiry }),
      });
      this.chosen = true;
      this.uploaded = [];
    } catch (error) {
      this.dispatchEvent(
        new StepFailedEvent(error instanceof WidgetApiError ? error : new WidgetApiError('network', 0)),
      );
    } finally {
      this.busy = false;
    }
  }

  /** The hand-off panel (and its QR encoder) is a chunk of its own, loaded when asked for. */
  async #openPhone() {
    this.phone = true;
    try {
      await import('../identity-handoff/identity-handoff.ts');
      this.requestUpdate();
    } catch {
      this.phone = false;
      this.dispatchEvent(new StepFailedEvent(new WidgetApiError('network', 0)));
    }
  }

  #sides() {
    return DOCUMENT_SIDES[this.type];
  }

  #form() {
    const m = im();
    return html`<form novalidate @submit=${(e: Event) => this.#choose(e)}>
      <fieldset>
        <legend>${m.documentType}</legend>
        <div class="choices">
          ${DOCUMENT_TYPES.map(
            (t) => html`<label><input type="radio" name="type" value=${t} .checked=${this.type === t}
              @change=${() => (this.type = t)} />${m[t]}</label>`,
          )}
        </div>
      </fieldset>
      <label>${m.issuingCountry}
        <select name="issuing_country" @change=${(e: Event) => (this.country = (e.target as HTMLSelectElement).value)}>
          ${IDENTITY_COUNTRIES.map((c) => html`<option value=${c} ?selected=${this.country === c}>${countryName(c, this.locale)}</option>`)}
        </select>
      </label>
      <div class="field">
        <label for="expiry">${m.expiryDate}</label>
        <input id="expiry" name="expiry_date" type="date" .value=${this.expiry} aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.error ? 'expiry-error' : nothing}
          @input=${(e: Event) => (this.expiry = (e.target as HTMLInputElement).value)} />
        ${this.error ? html`<p class="error" id="expiry-error">${this.error}</p>` : nothing}
      </div>
      <div class="actions">
        <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? m.saving : m.continue}</button>
      </div>
    </form>`;
  }

  #captures() {
    const m = im();
    const sides = this.#sides();
    const complete = sides.every((s) => this.uploaded.includes(s));
    return html`<div class="stack" @finlet-image-uploaded=${(e: CustomEvent<string>) =>
      (this.uploaded = [...new Set([...this.uploaded, e.detail])])}>
      ${sides.map(
        (side) => html`<finlet-identity-capture exportparts="button" .api=${this.api} side=${side}
          label=${side === 'front' ? m.front : m.back_side} ?done=${this.uploaded.includes(side)}></finlet-identity-capture>`,
      )}
      ${
        this.phone
          ? customElements.get('finlet-identity-handoff')
            ? html`<finlet-identity-handoff .api=${this.api} locale=${this.locale}></finlet-identity-handoff>`
            : loadingTemplate(m.continueOnPhone)
          : new URLSearchParams(location.search).has('handoff')
            ? nothing
            : html`<button part="button" type="button" class="secondary" @click=${() => this.#openPhone()}>${m.continueOnPhone}</button>`
      }
      <div class="actions split">
        <button part="button" type="button" class="secondary" @click=${() => (this.chosen = false)}>${m.back}</button>
        <button part="button" type="button" ?disabled=${!complete}
          @click=${() => this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }))}>${m.continue}</button>
      </div>
    </div>`;
  }

  override render() {
    return html`<h2 tabindex="-1">${im().documentTitle}</h2>${this.chosen ? this.#captures() : this.#form()}`;
  }
}

customElements.define('finlet-identity-document', FinletIdentityDocument);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-document': FinletIdentityDocument;
  }
}
