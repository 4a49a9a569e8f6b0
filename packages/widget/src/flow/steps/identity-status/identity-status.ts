/**
 * `<finlet-identity-status>`: the waiting screen while the checks run (polls
 * `GET /widget/v1/identity` every 1.5 s), then the outcome — approved, declined or in review —
 * with a clear message and a Continue button to the next step.
 *
 * Properties: `api` (WidgetApi).
 * Events: `finlet-step-complete` on Continue; `finlet-step-failed` when polling keeps failing.
 * CSS parts: `button`.
 */
import type { WidgetIdentityStatus } from '@finlet/shared';
import { html, LitElement, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { type WidgetApi, WidgetApiError } from '../../api/widget-api.ts';
import { HeadingFocus } from '../../controllers/heading-focus.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { loadingTemplate } from '../../loading.ts';
import { StepCompleteEvent, StepFailedEvent } from '../../step-events.ts';
import { im } from '../identity-flow/shared.ts';
import { statusStyles } from './identity-status.styles.ts';

const POLL_MS = 1500;
const MAX_FAILURES = 3;

export class FinletIdentityStatus extends LitElement {
  static override styles = [stepStyles, ...statusStyles];
  static override properties = { api: { attribute: false }, status: { state: true } };
  declare api: WidgetApi;
  declare status: WidgetIdentityStatus['status'];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;

  constructor() {
    super();
    this.status = 'processing';
    new HeadingFocus(this);
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#poll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  async #poll() {
    try {
      const s = await this.api.request<WidgetIdentityStatus>('/identity');
      this.#failures = 0;
      this.status = s.status;
    } catch (error) {
      if (++this.#failures >= MAX_FAILURES) {
        this.dispatchEvent(new StepFailedEvent(WidgetApiError.from(error)));
        return;
      }
    }
    if (this.status === 'processing' || this.status === 'pending')
      this.#timer = setTimeout(() => void this.#poll(), POLL_MS);
  }

  override updated(changed: Map<string, unknown>): void {
    // The outcome replaces the waiting screen: move focus to its heading so it is announced.
    if (changed.has('status') && changed.get('status') !== undefined && this.status !== 'processing')
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    if (this.status === 'processing' || this.status === 'pending' || !this.status)
      return html`<h2 tabindex="-1">${im('status.checkingTitle')}</h2>${loadingTemplate(im('status.checkingBody'))}`;
    // On the phone of a hand-off the desktop continues; the phone just says it is done.
    const onPhone = new URLSearchParams(location.search).get('handoff') === 'identity';
    const outcome =
      this.status === 'approved' ? 'approved' : this.status === 'declined' ? 'declined' : 'review';
    return html`
      <div class="mark ${outcome === 'approved' ? 'success' : outcome}" aria-hidden="true"></div>
      <h2 tabindex="-1" data-status=${this.status}>${im(`status.${outcome}Title`)}</h2>
      <p role="status">${im(`status.${outcome}Body`)}</p>
      ${onPhone ? html`<p class="muted">${im('status.phoneDone')}</p>` : nothing}
      <div class="actions" ?hidden=${onPhone}>
        <button part="button" type="button" @click=${() => this.dispatchEvent(new StepCompleteEvent())}>${t('app', 'continue')}</button>
      </div>
    `;
  }
}

customElements.define('finlet-identity-status', FinletIdentityStatus);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-status': FinletIdentityStatus;
  }
}
