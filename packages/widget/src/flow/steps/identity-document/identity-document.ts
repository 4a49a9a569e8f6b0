/**
 * `<finlet-identity-document>`: choose the issuing country (any ISO 3166 country, named in the
 * customer's language), the document — only the types that country issues (no national ID card
 * from the US or the UK) — and its expiry date, then capture its front — and back, for types that
 * have one — by camera or upload (`<finlet-identity-capture>`). "Continue on your phone" is
 * offered on a computer only.
 *
 * Properties: `api` (WidgetApi), `locale`, `country` (to start with), `status` (WidgetIdentityStatus).
 * Events: `finlet-identity-saved` when the document and all its sides are uploaded;
 * `finlet-step-failed` on a network or server failure.
 * CSS parts: `button`.
 */
// Imported by path: the package index would drag zod into the first screen.

import type { WidgetIdentityStatus } from '@finlet/shared/api/identity';
import { DOCUMENT_SIDES, type DocumentType, documentTypesOf } from '@finlet/shared/api/identity-rules';
import { html, LitElement, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import { StepFailedEvent } from '../../step-events.ts';
import '../identity-capture/identity-capture.ts';
import { countryOptions, im, onHandheld } from '../identity-flow/shared.ts';
import { documentStyles } from './identity-document.styles.ts';

export class FinletIdentityDocument extends LitElement {
  static override styles = [stepStyles, ...documentStyles];
  static override properties = {
    api: { attribute: false },
    locale: {},
    country: {},
    status: { attribute: false },
    type: { state: true },
    expiry: { state: true },
    chosen: { state: true },
    uploaded: { state: true },
    errors: { state: true },
    phone: { state: true },
  };
  declare api: WidgetApi;
  declare locale: string;
  declare status: WidgetIdentityStatus | undefined;
  declare type: DocumentType;
  /** The issuing country: starts as the customer's (see identity-flow); empty until chosen. */
  declare country: string;
  declare expiry: string;
  declare chosen: boolean;
  declare uploaded: string[];
  /** Field → message key of its error. */
  declare errors: Record<string, string>;
  /** Showing the "continue on your phone" panel. */
  declare phone: boolean;
  #save = new ApiCall(this);

  constructor() {
    super();
    this.type = 'passport';
    this.country = '';
    this.expiry = '';
    this.chosen = false;
    this.uploaded = [];
    this.errors = {};
    this.phone = false;
    new HeadingFocus(this);
    new LocaleController(this);
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
    const errors: Record<string, string> = {};
    if (!this.country) errors.country = 'required';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.expiry)) errors.expiry = this.expiry ? 'date' : 'required';
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const r = await this.#save.run(() =>
      this.api.post('/identity/document', {
        type: this.type,
        issuing_country: this.country,
        expiry_date: this.expiry,
      }),
    );
    if (!r.ok) return;
    this.chosen = true;
    this.uploaded = [];
  }

  #setCountry(country: string) {
    this.country = country;
    const { country: _, ...rest } = this.errors;
    this.errors = rest;
    // A country that does not issue the chosen type (a US "ID card") falls back to the passport.
    if (!documentTypesOf(country).includes(this.type)) this.type = 'passport';
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

  #error(id: string) {
    const key = this.errors[id];
    return key
      ? html`<p class="error" id=${`${id}-error`}>${im(`error.${key}` as 'error.invalid')}</p>`
      : nothing;
  }

  #form() {
    const countryError = Boolean(this.errors.country);
    const expiryError = Boolean(this.errors.expiry);
    return html`<form novalidate @submit=${(e: Event) => this.#choose(e)}>
      <div class="field">
        <label for="country">${im('document.issuingCountry')}</label>
        <select id="country" name="issuing_country" aria-invalid=${countryError ? 'true' : 'false'}
          aria-describedby=${countryError ? 'country-error' : nothing}
          @change=${(e: Event) => this.#setCountry((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.country} disabled>${im('chooseCountry')}</option>
          ${countryOptions(this.locale).map((c) => html`<option value=${c.code} ?selected=${this.country === c.code}>${c.name}</option>`)}
        </select>
        ${this.#error('country')}
      </div>
      <fieldset>
        <legend>${im('document.type')}</legend>
        <div class="choices">
          ${documentTypesOf(this.country).map(
            (type) => html`<label><input type="radio" name="type" value=${type} .checked=${this.type === type}
              @change=${() => (this.type = type)} />${im(`document.${type}`)}</label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="expiry">${im('document.expiryDate')}</label>
        <input id="expiry" name="expiry_date" type="date" .value=${this.expiry} aria-invalid=${expiryError ? 'true' : 'false'}
          aria-describedby=${expiryError ? 'expiry-error' : nothing}
          @input=${(e: Event) => (this.expiry = (e.target as HTMLInputElement).value)} />
        ${this.#error('expiry')}
      </div>
      <div class="actions">
        <button part="button" type="submit" ?disabled=${this.#save.busy}>${this.#save.busy ? im('saving') : t('app', 'continue')}</button>
      </div>
    </form>`;
  }

  #captures() {
    const sides = this.#sides();
    const complete = sides.every((s) => this.uploaded.includes(s));
    return html`<div class="stack" @finlet-image-uploaded=${(e: CustomEvent<string>) =>
      (this.uploaded = [...new Set([...this.uploaded, e.detail])])}>
      ${sides.map(
        (side) => html`<finlet-identity-capture exportparts="button" .api=${this.api} side=${side}
          label=${side === 'front' ? im('document.front') : im('document.back')} ?done=${this.uploaded.includes(side)}></finlet-identity-capture>`,
      )}
      ${
        this.phone
          ? customElements.get('finlet-identity-handoff')
            ? html`<finlet-identity-handoff .api=${this.api} locale=${this.locale}></finlet-identity-handoff>`
            : loadingTemplate(im('handoff.button'))
          : new URLSearchParams(location.search).has('handoff') || onHandheld()
            ? nothing
            : html`<button part="button" type="button" class="secondary handoff" @click=${() => this.#openPhone()}>${im('handoff.button')}</button>`
      }
      <div class="actions split">
        <button part="button" type="button" class="secondary" @click=${() => (this.chosen = false)}>${im('back')}</button>
        <button part="button" type="button" ?disabled=${!complete}
          @click=${() => this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }))}>${t('app', 'continue')}</button>
      </div>
    </div>`;
  }

  override render() {
    return html`<h2 tabindex="-1">${im('document.title')}</h2>${this.chosen ? this.#captures() : this.#form()}`;
  }
}

customElements.define('finlet-identity-document', FinletIdentityDocument);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-document': FinletIdentityDocument;
  }
}
