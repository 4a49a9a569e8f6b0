/**
 * `<finlet-payment-challenge>`: the processor's 3-D Secure page in a modal inside the frame (an
 * iframe the flow's CSP allows by the processor's origin), or in a popup — when the user asks, or
 * by itself when the page refuses framing: the page posts `finlet.challenge.ready` to this frame
 * once shown, and a frame that loads without it (see `FramingWatch`) switches the modal to a
 * screen whose button opens the page in its own window (a popup needs the user's click). The page
 * returns to Finlet's `/payments/3ds-return`, whose served script posts `{ ns: 'finlet-3ds' }` to
 * this frame; only a message from that window and from Finlet's own origin counts. A processor
 * whose challenge is a full page of its own site (`presentation: 'window'`, see presentation.ts)
 * skips the frame: the step opens on the window screen, its button focused.
 *
 * Properties: `url` (the challenge page), `presentation` (`frame`, the default, or `window`).
 * Events: `finlet-challenge-done`, `finlet-challenge-cancel`.
 * CSS parts: `button`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { messages } from '../../../i18n/i18n.ts';
import { stepStyles } from '../../../theme/controls.styles.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { challengeOriginOf, FramingWatch, isChallengeReady } from './framing-watch.ts';
import { paymentChallengeStyles } from './payment-challenge.styles.ts';
import type { ChallengePresentation } from './presentation.ts';

const m = messages('payment');

export class FinletPaymentChallenge extends LitElement {
  static override styles = [stepStyles, paymentChallengeStyles];
  static override properties = {
    url: {},
    presentation: {},
    mode: { state: true },
    opened: { state: true },
    blocked: { state: true },
  };
  declare url: string;
  declare presentation: ChallengePresentation;
  /** `frame`: the page in the modal; `window`: the page refused framing, offered in a popup. */
  declare mode: 'frame' | 'window';
  declare opened: boolean;
  declare blocked: boolean;
  #popup: Window | null = null;
  #watch: FramingWatch | undefined;

  constructor() {
    super();
    this.mode = 'frame';
    this.presentation = 'frame';
    this.opened = false;
    this.blocked = false;
    new LocaleController(this);
  }

  #onMessage = (e: MessageEvent) => {
    const frame = this.renderRoot.querySelector('iframe')?.contentWindow;
    if (this.#watch && isChallengeReady(e, challengeOriginOf(this.url) ?? '', frame)) {
      this.#watch.ready();
      return;
    }
    if (e.source !== frame && (!this.#popup || e.source !== this.#popup)) return;
    if (e.origin !== location.origin) return;
    const data = e.data as { ns?: unknown } | null;
    if (data?.ns !== 'finlet-3ds') return;
    this.dispatchEvent(new Event('finlet-challenge-done', { bubbles: true, composed: true }));
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#cancel();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.#onMessage);
    this.#watch?.stop();
    this.#popup?.close();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('url') && !changed.has('presentation')) return;
    this.#watch?.stop();
    this.mode = this.presentation === 'frame' && challengeOriginOf(this.url) ? 'frame' : 'window';
    this.#watch =
      this.mode === 'frame' ? new FramingWatch({ onRefused: () => void this.#framingRefused() }) : undefined;
  }

  override firstUpdated(): void {
    // On the window screen the one thing to do is its button (the dialog's name and intro are read with it).
    const first = this.mode === 'window' ? 'button[data-open-window]' : 'h2';
    this.renderRoot.querySelector<HTMLElement>(first)?.focus();
  }

  /** No ready notice from the frame: offer the window, its button focused for the keyboard. */
  async #framingRefused() {
    this.mode = 'window';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button[data-open-window]')?.focus();
  }

  #openPopup() {
    if (this.#popup && !this.#popup.closed) {
      this.#popup.focus();
      return;
    }
    this.#popup = open(this.url, 'finlet-3ds', 'popup,width=480,height=640');
    this.blocked = !this.#popup;
    if (this.#popup) {
      this.opened = true;
      this.#popup.focus();
    }
  }

  #cancel() {
    this.dispatchEvent(new Event('finlet-challenge-cancel', { bubbles: true, composed: true }));
  }

  /** Why the page is in a window: its processor shows it so, or it refused the frame. */
  #windowIntro(): string {
    if (this.opened) return m('window.openedIntro');
    return this.presentation === 'window' ? m('window.pageIntro') : m('window.intro');
  }

  #renderWindow() {
    return html`<div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="challenge-title"
        aria-describedby="challenge-window-intro" @keydown=${this.#onKey}>
        <h2 id="challenge-title" tabindex="-1">${m('window.title')}</h2>
        <p id="challenge-window-intro">${this.#windowIntro()}</p>
        ${this.blocked ? html`<p role="alert">${m('window.blocked')}</p>` : nothing}
        <div class="actions">
          <button type="button" part="button" data-open-window @click=${() => this.#openPopup()}>
            ${this.opened ? m('window.show') : m('window.open')}
          </button>
          <button type="button" class="secondary" part="button" @click=${() => this.#cancel()}>${m('challengeCancel')}</button>
        </div>
      </div>
    </div>`;
  }

  override render() {
    if (this.mode === 'window') return this.#renderWindow();
    return html`<div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="challenge-title" @keydown=${this.#onKey}>
        <h2 id="challenge-title" tabindex="-1">${m('challengeTitle')}</h2>
        <p>${m('challengeIntro')}</p>
        <iframe src=${this.url} title=${m('challengeFrame')} referrerpolicy="no-referrer"
          @load=${() => this.#watch?.loaded()}></iframe>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.#openPopup()}>${m('challengePopup')}</button>
          <button type="button" class="secondary" part="button" @click=${() => this.#cancel()}>${m('challengeCancel')}</button>
        </div>
      </div>
    </div>`;
  }
}

customElements.define('finlet-payment-challenge', FinletPaymentChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-payment-challenge': FinletPaymentChallenge;
  }
}
