/**
 * `<finlet-link>`: the link flow — search and pick a bank (health shown), approve access at the
 * bank in a popup (or, when popups are blocked or the page is an in-app webview, a full-page
 * redirect that comes back to the partner's page and resumes here), then choose accounts.
 * On load it asks the server where the session is, so a resumed session lands on the right screen.
 *
 * Properties: `session`, `api`, `flow`, `locale`.
 * Events: `finlet-step-event` (SELECT_INSTITUTION, OAUTH_OPEN, OAUTH_CLOSE, OAUTH_FAIL),
 * `finlet-step-complete` once accounts are shared, `finlet-step-failed` on Exit (code
 * `consent_denied` / `institution_unavailable` …, which the shell reports as the exit status).
 * CSS parts: `button`, `list`.
 */
import type { Currency, Institution, WidgetLink, WidgetSession } from '@finlet/shared';
import { formatMoney } from '@finlet/shared/money';
import { html, LitElement, nothing } from 'lit';
import { countryName } from '../../../i18n/countries.ts';
import { messages, t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { formStyles } from '../../../theme/form.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingStyles, loadingTemplate } from '../../loading.ts';
import { StepCompleteEvent, StepEvent, StepFailedEvent } from '../../step-events.ts';
import { linkStyles } from './link.styles.ts';

const m = messages('link');
type View = 'loading' | 'search' | 'connecting' | 'redirect' | 'accounts' | 'failed';
const FAILURES = [
  'consent_denied',
  'institution_unavailable',
  'provider_error',
  'authorization_failed',
] as const;
type FailureCode = (typeof FAILURES)[number];

/** In-app browsers (Facebook, Instagram, Line, Android WebView) handle popups badly: redirect instead. */
export const isInAppWebview = (ua: string) => /FBAN|FBAV|Instagram|Line\/|; wv\)|WebView/i.test(ua);

export class FinletLink extends LitElement {
  static override styles = [stepStyles, formStyles, loadingStyles, linkStyles];
  static override properties = {
    session: { attribute: false },
    api: { attribute: false },
    flow: {},
    locale: {},
    view: { state: true },
    institutions: { state: true },
    link: { state: true },
    notice: { state: true },
    chosen: { state: true },
  };
  declare session: WidgetSession;
  declare api: WidgetApi;
  declare flow: string;
  declare locale: string;
  declare view: View;
  declare institutions: Institution[] | undefined;
  declare link: WidgetLink | undefined;
  declare notice: string;
  declare chosen: Set<string>;
  /** Starting the bank's consent, or sharing the chosen accounts. */
  #call = new ApiCall(this);

  #institution: Institution | undefined;
  #popup: Window | null = null;
  #authUrl = '';
  #timer: ReturnType<typeof setInterval> | undefined;
  /**
   * The end of the bank window this step opened was handled. The callback's message and the
   * closed-window watch can both report it (in either order, even while the first is still reading
   * the link): only the first is handled, so OAUTH_CLOSE and OAUTH_FAIL are reported once. Opening a
   * window starts over.
   */
  #consentHandled = false;
  #search: ReturnType<typeof setTimeout> | undefined;
  #lastView: View | undefined;
  #onMessage = (e: MessageEvent) => {
    // Only Finlet's own callback page (same origin as this frame) may say the consent is done.
    if (e.origin !== location.origin || (e.data as { type?: unknown })?.type !== 'finlet:oauth') return;
    void this.#consentFinished();
  };

  constructor() {
    super();
    this.view = 'loading';
    this.notice = '';
    this.chosen = new Set();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('message', this.#onMessage);
    void this.#resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.#onMessage);
    clearInterval(this.#timer);
  }

  /** Focus follows the screen: each new view's heading takes focus so it is announced. */
  override updated(): void {
    if (this.view === this.#lastView) return;
    this.#lastView = this.view;
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    if (heading && document.hasFocus()) heading.focus({ preventScroll: true });
  }

  #fail(error: unknown): void {
    this.dispatchEvent(new StepFailedEvent(WidgetApiError.from(error)));
  }

  async #resume(): Promise<void> {
    try {
      this.link = await this.api.request<WidgetLink>('/link');
    } catch (error) {
      return this.#fail(error);
    }
    if (this.link.status === 'choose_accounts') return this.#showAccounts(this.link);
    if (this.link.status === 'linked') return void this.dispatchEvent(new StepCompleteEvent());
    await this.#loadInstitutions('');
  }

  async #loadInstitutions(query: string): Promise<void> {
    if (this.view !== 'search') this.view = 'search';
    this.institutions = undefined;
    try {
      const q = new URLSearchParams(query ? { query } : {});
      const answer = await this.api.request<{ data: Institution[] }>(`/institutions?${q}`);
      // In update mode only the link's own bank can be re-authorised.
      const only = this.link?.update_mode ? this.link.institution?.id : undefined;
      this.institutions = answer.data.filter((i) => !only || i.id === only);
    } catch (error) {
      this.#fail(error);
    }
  }

  #onSearch(e: InputEvent): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.#search);
    this.#search = setTimeout(() => void this.#loadInstitutions(value.trim()), 200);
  }

  async #select(institution: Institution): Promise<void> {
    this.#institution = institution;
    this.notice = '';
    this.dispatchEvent(new StepEvent('SELECT_INSTITUTION', { institution: institution.id }));
    // Open the window inside the click, before any await, or the browser blocks it.
    const popup = isInAppWebview(navigator.userAgent)
      ? null
      : open('about:blank', 'finlet-bank', 'popup,width=480,height=720');
    const mode = popup ? 'popup' : 'redirect';
    // A bank that cannot be reached now is this step's failure screen (another bank may work).
    const r = await this.#call.run(
      () =>
        this.api.post<{ attempt: string; authorization_url: string }>('/link/start', {
          institution: institution.id,
          mode,
        }),
      (error) => error.retryable,
    );
    if (!r.ok) {
      popup?.close();
      if (!r.error.retryable) return;
      const unavailable = r.error.code === 'provider_unavailable' || r.error.code === 'provider_timeout';
      this.link = {
        ...(this.link as WidgetLink),
        error: unavailable ? 'institution_unavailable' : 'provider_error',
      };
      this.view = 'failed';
      this.dispatchEvent(new StepEvent('OAUTH_FAIL', { code: this.link.error }));
      return;
    }
    this.#authUrl = r.value.authorization_url;
    if (popup) {
      popup.location.href = r.value.authorization_url;
      this.#popup = popup;
      this.#consentHandled = false;
      this.view = 'connecting';
      this.dispatchEvent(new StepEvent('OAUTH_OPEN', { institution: institution.id, mode }));
      this.#watchPopup();
    } else {
      this.view = 'redirect';
      this.dispatchEvent(new StepEvent('OAUTH_OPEN', { institution: institution.id, mode }));
    }
  }

  #watchPopup(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      if (this.#popup && !this.#popup.closed) return;
      clearInterval(this.#timer);
      void this.#consentFinished(true);
    }, 500);
  }

  async #consentFinished(closed = false): Promise<void> {
    clearInterval(this.#timer);
    if (this.#consentHandled) return;
    this.#consentHandled = true;
    let link: WidgetLink;
    try {
      link = await this.api.request<WidgetLink>('/link');
    } catch (error) {
      return this.#fail(error);
    }
    this.link = link;
    this.dispatchEvent(new StepEvent('OAUTH_CLOSE', { status: link.status }));
    if (link.status === 'choose_accounts') return this.#showAccounts(link);
    if (link.status === 'failed') {
      this.view = 'failed';
      this.dispatchEvent(new StepEvent('OAUTH_FAIL', { code: link.error }));
      return;
    }
    if (closed) {
      this.notice = m('popupClosed');
      await this.#loadInstitutions('');
    }
  }

  #showAccounts(link: WidgetLink): void {
    this.link = link;
    this.chosen = new Set(link.accounts.map((a) => a.id));
    this.notice = '';
    this.view = 'accounts';
  }

  #toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
  }

  async #share(): Promise<void> {
    if (this.chosen.size === 0) {
      this.notice = m('accountsNone');
      return;
    }
    const r = await this.#call.run(() =>
      this.api.post<WidgetLink>('/link/accounts', { account_ids: [...this.chosen] }),
    );
    if (r.ok) this.dispatchEvent(new StepCompleteEvent());
  }

  #failure(): FailureCode {
    const code = this.link?.error as FailureCode | undefined;
    return code && FAILURES.includes(code) ? code : 'provider_error';
  }

  #searchView() {
    const busy = this.#call.busy;
    return html`
      <h2 tabindex="-1">${m('searchTitle')}</h2>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      <div class="field">
        <label for="bank-search">${m('searchLabel')}</label>
        <input id="bank-search" type="search" autocomplete="off" aria-describedby="bank-search-hint" @input=${this.#onSearch} />
        <p id="bank-search-hint" class="hint">${m('searchHint')}</p>
      </div>
      ${
        this.institutions === undefined
          ? loadingTemplate(t('app', 'loading'))
          : this.institutions.length === 0
            ? html`<p role="status">${m('noResults')}</p>`
            : html`<ul part="list" class="banks">
                ${this.institutions.map(
                  (i) => html`<li>
                    <button class="bank" ?disabled=${busy} data-institution=${i.id} @click=${() => this.#select(i)}>
                      <img src=${i.logo_url} alt="" width="40" height="40" />
                      <span class="bank-text">
                        <span class="bank-name">${i.name}</span>
                        <span class="muted">${countryName(i.country, this.locale)}</span>
                        <span class="health ${i.health}">${i.health === 'healthy' ? m('healthy') : m('degraded')}</span>
                      </span>
                    </button>
                  </li>`,
                )}
              </ul>`
      }
      ${busy ? loadingTemplate(t('app', 'loading')) : nothing}
    `;
  }

  #accountsView() {
    const link = this.link!;
    return html`
      <h2 tabindex="-1">${m('accountsTitle')}</h2>
      ${link.update_mode ? html`<p class="muted">${m('updateNote')}</p>` : nothing}
      ${this.notice ? html`<p class="notice" role="alert" id="accounts-error">${this.notice}</p>` : nothing}
      <fieldset part="list" aria-describedby=${this.notice ? 'accounts-error' : nothing}>
        <legend>${m('accountsLegend')}</legend>
        ${link.accounts.map(
          (a) => html`<div class="account">
            <input type="checkbox" id=${`acc-${a.id}`} .checked=${this.chosen.has(a.id)} @change=${(e: Event) => this.#toggle(a.id, (e.target as HTMLInputElement).checked)} />
            <label for=${`acc-${a.id}`}>
              <span class="bank-name">${a.name}</span>
              <span class="muted" dir="ltr">•••• ${a.mask}</span>
              ${a.balance === null ? nothing : html`<span class="muted">${m('balance', { amount: formatMoney(a.balance, a.currency as Currency, this.locale) })}</span>`}
            </label>
          </div>`,
        )}
      </fieldset>
      <div class="actions">
        ${this.#call.busy ? loadingTemplate(m('sharing')) : html`<button part="button" @click=${() => this.#share()}>${m('share', { count: this.chosen.size })}</button>`}
      </div>
    `;
  }

  override render() {
    const bank = this.#institution?.name ?? this.link?.institution?.name ?? '';
    switch (this.view) {
      case 'loading':
        return loadingTemplate(t('app', 'loading'));
      case 'search':
        return this.#searchView();
      case 'connecting':
        return html`
          <h2 tabindex="-1">${m('connectingTitle', { bank })}</h2>
          <p>${m('connectingBody')}</p>
          ${loadingTemplate(t('app', 'loading'))}
          <div class="actions">
            <button part="button" class="secondary" @click=${() => {
              this.#popup = open(this.#authUrl, 'finlet-bank', 'popup,width=480,height=720');
              this.#consentHandled = false;
              this.#watchPopup();
            }}>${m('reopen')}</button>
          </div>
        `;
      case 'redirect':
        return html`
          <h2 tabindex="-1">${m('redirectTitle', { bank })}</h2>
          <p>${m('redirectBody')}</p>
          <div class="actions">
            <button part="button" class="secondary" @click=${() => void this.#loadInstitutions('')}>${m('cancel')}</button>
            <a part="button" class="button" href=${this.#authUrl} target="_top" rel="noopener">${m('redirectGo', { bank })}</a>
          </div>
        `;
      case 'accounts':
        return this.#accountsView();
      case 'failed':
        return html`
          <h2 tabindex="-1">${m('failedTitle')}</h2>
          <p role="alert">${m(`failure.${this.#failure()}`)}</p>
          <div class="actions">
            <button part="button" class="secondary" @click=${() => this.#fail(new WidgetApiError(this.#failure(), 409))}>${m('exit')}</button>
            <button part="button" class="secondary" @click=${() => void this.#loadInstitutions('')}>${m('otherBank')}</button>
            ${this.#institution ? html`<button part="button" @click=${() => this.#select(this.#institution!)}>${t('app', 'retry')}</button>` : nothing}
          </div>
        `;
    }
  }
}

customElements.define('finlet-link', FinletLink);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-link': FinletLink;
  }
}
