/**
 * `<finlet-identity-details>`: the personal details form — legal name, date of birth, nationality,
 * email, phone, and the address as the chosen country writes it: its region field (state,
 * province, prefecture…) where it has one, its postcode and postcode format, and the identity
 * number where the country asks for one (US SSN, masked with a show/hide toggle). Every ISO 3166
 * country can be chosen, named in the customer's language. The phone may be typed as the country
 * dials it or with a country code; it is sent in E.164. Validated with the server's rules
 * (validate.ts); errors are shown inline and announced (aria-live).
 *
 * Properties: `api` (WidgetApi), `locale`, `country` (the one to start with; empty: none chosen).
 * Events: `finlet-identity-saved` when the server accepted the details; `finlet-step-event`
 * (`SUBMIT_IDENTITY`); `finlet-step-failed` on a network or server failure.
 * CSS parts: `button`.
 */

// Imported by path: the package index would drag zod into the first screen.
import { addressFormat } from '@finlet/shared/api/identity-rules';
import { html, LitElement, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { formStyles } from '../../../theme/form.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { StepEvent } from '../../step-events.ts';
import { countryName, countryOptions, im } from '../identity-flow/shared.ts';
import { detailsStyles } from './identity-details.styles.ts';
import { type DetailsBody, validateDetails } from './validate.ts';

type Values = Record<string, string>;

export class FinletIdentityDetails extends LitElement {
  static override styles = [stepStyles, formStyles, detailsStyles];
  static override properties = {
    api: { attribute: false },
    locale: {},
    country: {},
    values: { state: true },
    errors: { state: true },
    reveal: { state: true },
  };
  declare api: WidgetApi;
  declare locale: string;
  declare country: string;
  declare values: Values;
  declare errors: Record<string, string>;
  declare reveal: boolean;
  #save = new ApiCall(this);

  constructor() {
    super();
    this.country = '';
    this.values = {};
    this.errors = {};
    this.reveal = false;
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // The starting country fills residence and nationality until the customer picks their own.
    if (changed.has('country') && this.country) {
      this.values = {
        'address.country': this.country,
        nationality: this.country,
        ...this.values,
      };
    }
  }

  get #residence(): string {
    return this.values['address.country'] ?? '';
  }

  #body(): DetailsBody {
    const v = this.values;
    const opt = (k: string) => (v[k]?.trim() ? v[k]!.trim() : undefined);
    const country = this.#residence;
    return {
      first_name: v.first_name ?? '',
      last_name: v.last_name ?? '',
      date_of_birth: v.date_of_birth ?? '',
      nationality: v.nationality ?? '',
      email: (v.email ?? '').trim(),
      phone: v.phone ?? '',
      address: {
        line1: v['address.line1'] ?? '',
        line2: opt('address.line2'),
        city: v['address.city'] ?? '',
        region: addressFormat(country).region ? opt('address.region') : undefined,
        postal_code: opt('address.postal_code')?.toUpperCase(),
        country,
      },
      ...(addressFormat(country).idNumber ? { id_number: opt('id_number') } : {}),
    };
  }

  async #submit(e: Event) {
    e.preventDefault();
    const { errors, body } = validateDetails(this.#body());
    if (!body) {
      this.errors = errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.errors = {};
    const r = await this.#save.run(() => this.api.post('/identity/details', body));
    if (!r.ok) return;
    this.dispatchEvent(new StepEvent('SUBMIT_IDENTITY'));
    this.dispatchEvent(new Event('finlet-identity-saved', { bubbles: true, composed: true }));
  }

  #set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name]) {
      const { [name]: _, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  #error(id: string, error: string | undefined) {
    return error
      ? html`<p class="error" id=${`${id}-error`}>${im(`error.${error}` as 'error.invalid')}</p>`
      : nothing;
  }

  #field(
    name: string,
    label: string,
    opts: { type?: string; autocomplete?: string; inputmode?: string; hint?: string } = {},
  ) {
    const error = this.errors[name];
    const id = name.replace('.', '-');
    const described = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} name=${name} type=${opts.type ?? 'text'} autocomplete=${opts.autocomplete ?? 'off'}
        inputmode=${opts.inputmode ?? nothing}
        .value=${this.values[name] ?? ''} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.#set(name, (e.target as HTMLInputElement).value)} />
      ${opts.hint ? html`<p class="hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      ${this.#error(id, error)}
    </div>`;
  }

  #country(name: string, label: string, autocomplete: string) {
    const error = this.errors[name];
    const id = name.replace('.', '-');
    const value = this.values[name] ?? '';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${name} autocomplete=${autocomplete} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(e: Event) => this.#set(name, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value} disabled>${im('chooseCountry')}</option>
        ${countryOptions(this.locale).map((c) => html`<option value=${c.code} ?selected=${value === c.code}>${c.name}</option>`)}
      </select>
      ${this.#error(id, error)}
    </div>`;
  }

  override render() {
    const country = this.#residence;
    const format = addressFormat(country);
    const count = Object.keys(this.errors).length;
    const region = format.region ? im('region', { kind: format.region }) : '';
    return html`
      <h2 tabindex="-1">${im('details.title')}</h2>
      <p class="muted">${im('details.intro')}</p>
      <div role="alert" aria-live="assertive" class="summary">${count ? im('errorSummary', { count }) : ''}</div>
      <form novalidate @submit=${(e: Event) => this.#submit(e)}>
        <div class="row">
          ${this.#field('first_name', im('firstName'), { autocomplete: 'given-name' })}
          ${this.#field('last_name', im('lastName'), { autocomplete: 'family-name' })}
        </div>
        <div class="row">
          ${this.#field('date_of_birth', im('dateOfBirth'), { type: 'date', autocomplete: 'bday' })}
          ${this.#country('nationality', im('nationality'), 'off')}
        </div>
        <div class="row">
          ${this.#field('email', im('email'), { type: 'email', autocomplete: 'email' })}
          ${this.#field('phone', im('phone'), {
            type: 'tel',
            autocomplete: 'tel',
            hint: im('phoneHint', {
              hasCountry: country ? 'yes' : 'no',
              country: countryName(country, this.locale),
            }),
          })}
        </div>
        ${this.#country('address.country', im('country'), 'country')}
        ${this.#field('address.line1', im('line1'), { autocomplete: 'address-line1' })}
        ${this.#field('address.line2', im('line2'), { autocomplete: 'address-line2' })}
        <div class="row">
          ${this.#field('address.city', im('city'), { autocomplete: 'address-level2' })}
          ${
            format.region
              ? this.#field(
                  'address.region',
                  format.regionRequired ? region : im('optional', { label: region }),
                  {
                    autocomplete: 'address-level1',
                  },
                )
              : nothing
          }
          ${this.#field(
            'address.postal_code',
            format.postcode
              ? im('postcode', { kind: format.postcodeKind })
              : im('optional', { label: im('postcode', { kind: format.postcodeKind }) }),
            { autocomplete: 'postal-code' },
          )}
        </div>
        ${
          format.idNumber
            ? html`<div class="inline">
                ${this.#field('id_number', im('idNumber', { country }), { type: this.reveal ? 'text' : 'password', inputmode: 'numeric' })}
                <button type="button" class="secondary" aria-pressed=${this.reveal ? 'true' : 'false'}
                  @click=${() => (this.reveal = !this.reveal)}>${this.reveal ? im('hideNumber') : im('showNumber')}</button>
              </div>`
            : nothing
        }
        <div class="actions">
          <button part="button" type="submit" ?disabled=${this.#save.busy}>${this.#save.busy ? im('saving') : t('app', 'continue')}</button>
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
