/**
 * `<finlet-identity-details>`: the personal details form — legal name, date of birth, nationality,
 * email, phone, address with the fields and postcode format of the chosen country, and the
 * identity number where the country uses one (US SSN, masked with a show/hide toggle). Validated
 * with the server's rules (validate.ts); errors are shown inline and announced (aria-live).
 *
 * Properties: `api` (WidgetApi), `locale`.
 * Events: `finlet-identity-saved` when the server accepted the details; `finlet-step-event`
 * (`SUBMIT_IDENTITY`); `finlet-step-failed` on a network or server failure.
 * CSS parts: `button`.
 */

// Imported by path: the package index would drag zod into the first screen.
import { COUNTRY_RULES, IDENTITY_COUNTRIES } from '@finlet/shared/api/identity-rules';
import { html, LitElement, nothing } from 'lit';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { StepEvent, StepFailedEvent } from '../../step-events.ts';
import { countryName, im } from '../identity-flow/shared.ts';
import { detailsStyles } from './identity-details.styles.ts';
import { type DetailsBody, validateDetails } from './validate.ts';

type Values = Record<string, string>;

export class FinletIdentityDetails extends LitElement {
  static override styles = [stepStyles, detailsStyles];
  static override properties = {
    api: { attribute: false },
    locale: {},
    values: { state: true },
    errors: { state: true },
    busy: { state: true },
    reveal: { state: true },
  };
  declare api: WidgetApi;
  declare locale: string;
  declare values: Values;
  declare errors: Record<string, string>;
  declare busy: boolean;
  declare reveal: boolean;

  constructor() {
    super();
    this.values = { 'address.country': 'US', nationality: 'US' };
    this.errors = {};
    this.busy = false;
    this.reveal = false;
    new HeadingFocus(this);
  }

  #body(): DetailsBody {
    const v = this.values;
    const opt = (k: string) => (v[k]?.trim() ? v[k]!.trim() : undefined);
    const country = v['address.country'] ?? 'US';
    return {
      first_name: v.first_name ?? '',
      last_name: v.last_name ?? '',
      date_of_birth: v.date_of_birth ?? '',
      nationality: v.nationality ?? '',
      email: v.email ?? '',
      phone: (v.phone ?? '').replace(/[\s().-]/g, ''),
      address: {
        line1: v['address.line1'] ?? '',
        line2: opt('address.line2'),
        city: v['address.city'] ?? '',
        region: opt('address.region'),
        postal_code: opt('address.postal_code'),
        country,
      },
      ...(COUNTRY_RULES[country]?.idNumber ? { id_number: opt('id_number') } : {}),
    };
  }

  async #submit(e: Event) {
    e.preventDefault();
    const body = this.#body();
    const errors = validateDetails(body);
    if (Object.keys(errors).length > 0) {
      this.errors = errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.errors = {};
    this.busy = true;
    try {
      await this.api.request('/identity/details', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      this.dispatchEvent(new StepEvent('SUBMIT_IDENTITY'));
      this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }));
    } catch (error) {
      const err = error instanceof WidgetApiError ? error : new WidgetApiError('network', 0);
      this.busy = false;
      this.dispatchEvent(new StepFailedEvent(err));
    }
  }

  #set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name]) {
      const { [name]: _, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  #field(
    name: string,
    label: string,
    opts: { type?: string; autocomplete?: string; inputmode?: string } = {},
  ) {
    const error = this.errors[name];
    const id = name.replace('.', '-');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} name=${name} type=${opts.type ?? 'text'} autocomplete=${opts.autocomplete ?? 'off'}
        inputmode=${opts.inputmode ?? nothing}
        .value=${this.values[name] ?? ''} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) => this.#set(name, (e.target as HTMLInputElement).value)} />
      ${error ? html`<p class="error" id=${`${id}-error`}>${im().errors[error] ?? im().errors.invalid}</p>` : nothing}
    </div>`;
  }

  #country(name: string, label: string) {
    const error = this.errors[name];
    const id = name.replace('.', '-');
    return html`<label>
      ${label}
      <select id=${id} name=${name} aria-invalid=${error ? 'true' : 'false'}
        @change=${(e: Event) => this.#set(name, (e.target as HTMLSelectElement).value)}>
        ${IDENTITY_COUNTRIES.map((c) => html`<option value=${c} ?selected=${this.values[name] === c}>${countryName(c, this.locale)}</option>`)}
      </select>
    </label>`;
  }

  override render() {
    const m = im();
    const country = this.values['address.country'] ?? 'US';
    const rules = COUNTRY_RULES[country] ?? {};
    const count = Object.keys(this.errors).length;
    return html`
      <h2 tabindex="-1">${m.detailsTitle}</h2>
      <p class="muted">${m.detailsIntro}</p>
      <div role="alert" aria-live="assertive" class="summary">${count ? m.errorSummary(count) : ''}</div>
      <form novalidate @submit=${(e: Event) => this.#submit(e)}>
        <div class="row">
          ${this.#field('first_name', m.firstName, { autocomplete: 'given-name' })}
          ${this.#field('last_name', m.lastName, { autocomplete: 'family-name' })}
        </div>
        <div class="row">
          ${this.#field('date_of_birth', m.dateOfBirth, { type: 'date', autocomplete: 'bday' })}
          ${this.#country('nationality', m.nationality)}
        </div>
        <div class="row">
          ${this.#field('email', m.email, { type: 'email', autocomplete: 'email' })}
          ${this.#field('phone', m.phone, { type: 'tel', autocomplete: 'tel' })}
        </div>
        ${this.#country('address.country', m.country)}
        ${this.#field('address.line1', m.line1, { autocomplete: 'address-line1' })}
        ${this.#field('address.line2', m.line2, { autocomplete: 'address-line2' })}
        <div class="row">
          ${this.#field('address.city', m.city, { autocomplete: 'address-level2' })}
          ${this.#field('address.region', m.region(country), { autocomplete: 'address-level1' })}
          ${rules.postcode ? this.#field('address.postal_code', m.postalCode(country), { autocomplete: 'postal-code' }) : nothing}
        </div>
        ${
          rules.idNumber
            ? html`<div class="inline">
                ${this.#field('id_number', m.idNumber(country), { type: this.reveal ? 'text' : 'password', inputmode: 'numeric' })}
                <button type="button" class="secondary" aria-pressed=${this.reveal ? 'true' : 'false'}
                  @click=${() => (this.reveal = !this.reveal)}>${this.reveal ? m.hideNumber : m.showNumber}</button>
              </div>`
            : nothing
        }
        <div class="actions">
          <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? m.saving : m.continue}</button>
        </div>
      </form>
    `;
  }
}

customElements.define('finlet-identity-details', FinletIdentityDetails);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-details': FinletIdentityDetails;
  }
}
