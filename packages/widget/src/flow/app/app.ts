/**
 * `<finlet-app>`: the flow's shell inside the iframe. Loads the session, checks the host through
 * the frame bridge, applies locale and appearance, and walks the steps (consent → one per flow →
 * done) with a header (partner name, "Step N of M", close) and loading and error screens.
 * The client token comes from the host's `init` (the hand-off; the loader's prepared frame,
 * `/flow/warm`, runs this app with no session until then), or from the URL's `#token=` for a page
 * opened by link (the identity hand-off to a phone).
 * Closing (the close button, Escape, or the host's `close()`) asks the server how the session
 * stands: one that completed — the payment went through, whether or not the user pressed
 * Continue — ends with `success` and its result token, never with `user_exit`.
 *
 * Slots: none. Events: none (it talks to the host through the protocol).
 * CSS parts: `header`, `title`, `close-button`, `progress`, `progress-bar`, `body`, plus the
 * steps' `button` and `list` (exported).
 * Custom properties: `--finlet-color-primary`, `--finlet-color-on-primary`, `--finlet-color-background`,
 * `--finlet-color-surface`, `--finlet-color-text`, `--finlet-color-text-muted`, `--finlet-color-border`,
 * `--finlet-color-danger`, `--finlet-radius`, `--finlet-font-family`.
 */
import type { HostToFrame, WidgetComplete, WidgetSession } from '@finlet/shared';
import { html, LitElement, nothing } from 'lit';
import { FrameBridge } from '../../bridge/frame.ts';
import { setLocale, t, tEnglish } from '../../i18n/i18n.ts';
import { readTokenClaims } from '../../loader/token.ts';
import { applyAppearance } from '../../theme/theme.ts';
import { type WidgetApi, WidgetApiError, widgetApi } from '../api/widget-api.ts';
import { LocaleController } from '../controllers/locale.ts';
import { ResizeReporter } from '../controllers/resize.ts';
import { type Failure, failureOf, failureOfStatus, failureText } from '../failure.ts';
import { readLaunch } from '../launch.ts';
import { loadingTemplate } from '../loading.ts';
import { createStep, type StepName, stepsOf } from '../router.ts';
import '../steps/error/error.ts';
import { appStyles } from './app.styles.ts';

type Init = Extract<HostToFrame, { type: 'init' }>;

/** How long the frame waits for the page's `onTokenExpired` (it asks its own server) before giving up. */
const TOKEN_WAIT_MS = 30_000;

export class FinletApp extends LitElement {
  static override styles = appStyles;
  static override properties = {
    session: { state: true },
    steps: { state: true },
    index: { state: true },
    step: { state: true },
    failure: { state: true },
  };
  declare session: WidgetSession | undefined;
  declare steps: StepName[];
  declare index: number;
  /** The current step's element; undefined while loading. */
  declare step: HTMLElement | undefined;
  declare failure: Failure | undefined;

  #launch = readLaunch();
  /** Made once the client token is known: from the URL, or handed over by the loader. */
  #api: WidgetApi | undefined;
  #init: Init | undefined;
  #ended = false;
  #leaving = false;
  #localeTag = 'en';
  #retry: (() => void) | undefined;
  #bridge = new FrameBridge(
    {
      onInit: (init) => this.#onInit(init),
      onClose: () => void this.#leave(),
      onOriginRejected: () => this.#refuseOrigin(),
      onHandoff: (token) => this.#start(token),
    },
    window,
    this.#launch.sessionId,
  );

  constructor() {
    super();
    this.steps = [];
    this.index = 0;
    new ResizeReporter(this, (height) => this.#bridge.send({ type: 'resize', height }));
    new LocaleController(this);
    this.#applyLocale();
    // Only the step on screen may advance, once: a double click must not skip the next step.
    this.addEventListener('finlet-step-complete', (e) => {
      if (this.step && e.composedPath().includes(this.step)) void this.#show(this.index + 1);
    });
    this.addEventListener('finlet-step-failed', (e) =>
      this.#fail(failureOf(e.error.code, e.error.status), () => this.#show(this.index)),
    );
    this.addEventListener('finlet-retry', () => this.#retry?.());
    this.addEventListener('finlet-step-event', (e) => this.#bridge.event(e.name, e.metadata));
    this.addEventListener('finlet-session-completed', (e) => this.#succeed(e.result));
    addEventListener('keydown', (e) => {
      if (e.key === 'Escape') void this.#leave();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#launch.token) this.#start(this.#launch.token);
    else if (this.#bridge.standalone) this.#fail(failureOf('token_missing', 401));
    // Framed without a token (the loader's prepared frame, or a session's frame): it waits for the
    // host to hand the token over; until then it has no session to read and shows only "Loading".
  }

  /** The client token is known (once): read the session with it. */
  #start(token: string): void {
    if (this.#api) return;
    this.#api = widgetApi(token, undefined, () => this.#renewToken());
    // A prepared frame now belongs to this session: its address says so (as a session's frame
    // loaded by URL would), without the token. Nothing is read or shown before the origin checks.
    const sub = readTokenClaims(token).sub;
    if (!this.#launch.sessionId && sub)
      history.replaceState(null, '', `/flow/?session=${encodeURIComponent(sub)}`);
    void this.#load();
  }

  async #load(): Promise<void> {
    this.failure = undefined;
    this.step = undefined;
    const api = this.#api;
    if (!api) return;
    try {
      // A phone opened by "continue on phone" (identity hand-off token) runs only the identity step.
      const handoff = new URLSearchParams(location.search).get('handoff') === 'identity';
      const session = handoff ? await api.request<WidgetSession>('/identity/session') : await api.session();
      const closed = failureOfStatus(session.status);
      if (closed) return this.#fail(closed);
      this.session = session;
      this.steps = handoff ? ['identity'] : stepsOf(session);
      this.#applyLocale();
      this.#applyAppearance();
      this.#bridge.allowOrigins(session.allowed_origins);
      this.#bridge.event('OPEN');
      if (this.#bridge.standalone) void this.#show(0);
    } catch (error) {
      const e = WidgetApiError.from(error);
      this.#fail(failureOf(e.code, e.status), () => this.#load());
    }
  }

  #onInit(init: Init): void {
    this.#init = init;
    // A prepared frame's policy names only the deployment's card processor. A session paying
    // through another (a live account's) needs its own page: the address already names it, and the
    // host hands the token over again when it has loaded.
    if (!this.#launch.sessionId && this.session?.frame_policy === 'session') {
      location.reload();
      return;
    }
    this.#applyLocale();
    this.#applyAppearance();
    if (this.failure) return;
    void this.#show(0);
  }

  /**
   * A fresh client token from the host page (its `onTokenExpired`) for the call that failed with
   * `token_expired`. One for another session is refused: it would turn this widget into that one.
   */
  async #renewToken(): Promise<string | undefined> {
    const token = await this.#bridge.requestToken(TOKEN_WAIT_MS);
    return token && readTokenClaims(token).sub === this.session?.id ? token : undefined;
  }

  #applyLocale(): void {
    const { tag, lang, dir } = setLocale(this.session?.locale, this.#init?.locale, navigator.language);
    this.#localeTag = tag;
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    this.requestUpdate();
    if (this.step) Object.assign(this.step, { locale: tag });
  }

  #applyAppearance(): void {
    applyAppearance(this, { ...this.#init?.appearance, ...this.session?.appearance });
  }

  async #show(index: number): Promise<void> {
    const name = this.steps[index];
    if (!name || !this.session || this.#ended) return;
    this.index = index;
    this.failure = undefined;
    this.step = undefined;
    try {
      const step = await createStep(name);
      Object.assign(step, { session: this.session, api: this.#api, flow: name, locale: this.#localeTag });
      step.setAttribute('exportparts', 'button, list, check');
      this.step = step;
      this.#bridge.event('STEP_VIEW', { step: name });
    } catch {
      this.#fail(failureOf('network', 0), () => this.#show(index));
    }
  }

  /**
   * The page is not one of the session's allowed origins. The session was read to learn that, so
   * it is dropped before anything renders: the refused page's frame shows no partner, amount or step.
   */
  #refuseOrigin(): void {
    this.session = undefined;
    this.steps = [];
    this.#applyAppearance();
    this.#fail(failureOf('origin_not_allowed', 403), undefined, false);
  }

  /** Shows the error screen; failures no retry can fix are reported to the host with `exit`. */
  #fail(failure: Failure, retry?: () => void, report = true): void {
    this.failure = failure;
    this.step = undefined;
    this.#retry = retry;
    if (!report) return;
    this.#bridge.event('ERROR', { code: failure.code });
    if (failure.exit && !this.session) this.#bridge.allowAnyOriginToReportFailure();
    if (failure.exit) {
      const [message] = failureText(failure, tEnglish);
      this.#bridge.finish({ type: 'exit', status: failure.exit, error: { code: failure.code, message } });
      this.#ended = true;
    }
  }

  #succeed(result: WidgetComplete): void {
    if (this.#ended) return;
    this.#bridge.event('SUCCESS');
    this.#bridge.finish({ type: 'success', ...result });
    this.#ended = true;
  }

  /** The user or the host page closes the widget: `success` if the session completed, else `user_exit`. */
  async #leave(): Promise<void> {
    if (this.#ended || this.#leaving || this.#bridge.standalone) return;
    this.#leaving = true;
    const result = await this.#completedResult();
    if (result) this.#succeed(result);
    if (this.#ended) return this.#end();
    this.#bridge.event('EXIT');
    this.#bridge.finish({ type: 'exit', status: 'user_exit' });
    this.#end();
  }

  /**
   * The session's result if it has completed. The server completes a session as soon as its last
   * flow reaches its final result, so the frame asks rather than guessing from the screen it shows;
   * the complete call on a completed session only answers its result again.
   */
  async #completedResult(): Promise<WidgetComplete | undefined> {
    const api = this.#api;
    if (!this.session || !api) return undefined;
    try {
      const session = await api.session();
      return session.status === 'completed' ? await api.complete() : undefined;
    } catch {
      return undefined;
    }
  }

  #end(): void {
    this.#ended = true;
    this.#bridge.close();
  }

  #body() {
    if (this.failure)
      return html`<finlet-error exportparts="button" .failure=${this.failure}></finlet-error>`;
    if (!this.step) return loadingTemplate(t('app', 'loading'));
    return this.step;
  }

  /** The bar's width goes through the CSSOM: a style attribute would break the strict CSP. */
  override updated(): void {
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.inlineSize = `${((this.index + 1) / Math.max(this.steps.length, 1)) * 100}%`;
  }

  override render() {
    const total = this.steps.length;
    const showProgress = total > 0 && !this.failure;
    return html`
      <header part="header">
        <h1 part="title">${this.session?.partner.name ?? t('app', 'frameTitle')}</h1>
        ${
          // Nothing can be sent to a host whose origin was refused, so no close button either.
          this.#bridge.standalone || this.failure?.kind === 'origin'
            ? nothing
            : html`<button part="close-button" class="close" aria-label=${t('app', 'close')} @click=${() => this.#leave()}>
                <span aria-hidden="true">×</span>
              </button>`
        }
      </header>
      <div part="progress" class="progress" ?hidden=${!showProgress}>
        <div role="status" aria-live="polite" class="progress-text">${showProgress ? t('app', 'stepOf', { n: this.index + 1, total }) : ''}</div>
        <div class="bar" aria-hidden="true">
          <div part="progress-bar" class="fill"></div>
        </div>
      </div>
      <main part="body" class="body" aria-busy=${this.step || this.failure ? 'false' : 'true'}>${this.#body()}</main>
    `;
  }
}

customElements.define('finlet-app', FinletApp);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-app': FinletApp;
  }
}
