/**
 * `<finlet-identity>`: the identity flow's step (the router's `identity` row). Reads where the
 * verification stands (`GET /widget/v1/identity`) and shows the right screen: personal details →
 * document → selfie → waiting → outcome. A reload resumes where the user left off.
 *
 * Properties: `session` (WidgetSession), `api` (WidgetApi), `flow`, `locale`.
 * The forms start with the customer's country (`customer.country` of the session, else the region
 * of the locale), never a silent default.
 *
 * Events: `finlet-step-complete` from the outcome screen; `finlet-step-failed` from any screen;
 * `finlet-step-event` (`SUBMIT_IDENTITY`, `SUBMIT_DOCUMENT`) relayed to the host.
 * CSS parts: `button` (exported from the screens).
 */
// Imported by path: the package index would drag zod into the first screen.
import type { WidgetSession } from '@finlet/shared';
import type { WidgetIdentityStatus } from '@finlet/shared/api/identity';
import { DOCUMENT_SIDES } from '@finlet/shared/api/identity-rules';
import { html, LitElement } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import '../identity-details/identity-details.ts';
import '../identity-document/identity-document.ts';
import '../identity-selfie/identity-selfie.ts';
import '../identity-status/identity-status.ts';
import { identityFlowStyles } from './identity-flow.styles.ts';
import { defaultCountry } from './shared.ts';

type Screen = 'loading' | 'details' | 'document' | 'selfie' | 'status';

export function screenFor(s: WidgetIdentityStatus): Exclude<Screen, 'loading'> {
  if (s.status && s.status !== 'pending') return 'status';
  if (!s.details_submitted) return 'details';
  if (!s.document || !DOCUMENT_SIDES[s.document.type].every((side) => s.images.includes(side)))
    return 'document';
  return 'selfie';
}

export class FinletIdentity extends LitElement {
  static override styles = identityFlowStyles;
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    locale: {},
    screen: { state: true },
    current: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare locale: string;
  declare screen: Screen;
  declare current: WidgetIdentityStatus | undefined;
  #read = new ApiCall(this);

  constructor() {
    super();
    this.screen = 'loading';
    new LocaleController(this);
    this.addEventListener('finlet-identity-saved', () => void this.#refresh());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#refresh();
  }

  async #refresh() {
    this.screen = 'loading';
    const r = await this.#read.run(() => this.api.request<WidgetIdentityStatus>('/identity'));
    if (!r.ok) return;
    this.current = r.value;
    this.screen = screenFor(r.value);
  }

  /** The session's customer country, else the session's or the browser's locale region. */
  get #country(): string {
    return defaultCountry(this.session?.customer_country, this.locale, ...navigator.languages);
  }

  override render() {
    switch (this.screen) {
      case 'loading':
        return loadingTemplate(t('app', 'loading'));
      case 'details':
        return html`<finlet-identity-details exportparts="button" .api=${this.api} locale=${this.locale}
          country=${this.#country}></finlet-identity-details>`;
      case 'document':
        return html`<finlet-identity-document exportparts="button" .api=${this.api} locale=${this.locale}
          country=${this.#country} .status=${this.current}></finlet-identity-document>`;
      case 'selfie':
        return html`<finlet-identity-selfie exportparts="button" .api=${this.api} .status=${this.current}></finlet-identity-selfie>`;
      case 'status':
        return html`<finlet-identity-status exportparts="button" .api=${this.api}></finlet-identity-status>`;
    }
  }
}

customElements.define('finlet-identity', FinletIdentity);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity': FinletIdentity;
  }
}
