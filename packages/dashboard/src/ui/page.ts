/**
 * What every page shares, as a reactive controller (no base class): loading a page's data with
 * its loading and error state, running a change (busy state, the error shown in the page's alert,
 * then reloading), and the pieces of markup pages repeat — the alert, a status badge, "show more".
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DashboardApiError } from '../api.ts';
import { errorText, m } from '../i18n/i18n.ts';

export class PageData<T> implements ReactiveController {
  value: T | undefined;
  error: string | null = null;
  busy = false;
  notice: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    void this.reload();
  }

  async reload() {
    try {
      this.value = await this.load();
      this.error = null;
    } catch (e) {
      this.error = e instanceof DashboardApiError ? errorText(e.code) : m().error;
    }
    this.host.requestUpdate();
  }

  /** Runs a change; on success shows `notice` (if any) and reloads; on failure shows the error. */
  async run<R>(change: () => Promise<R>, notice?: string): Promise<R | undefined> {
    this.busy = true;
    this.notice = null;
    this.error = null;
    this.host.requestUpdate();
    try {
      const result = await change();
      this.notice = notice ?? null;
      await this.reload();
      return result;
    } catch (e) {
      this.error = e instanceof DashboardApiError ? describe(e) : m().error;
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The alert and notice lines of the page (role=alert / status so screen readers hear them). */
  messages() {
    return html`${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
    ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}`;
  }
}

/** An error of a change: what went wrong and, when the server named it, the field to fix. */
const describe = (e: DashboardApiError) =>
  e.param ? `${errorText(e.code)} ${m().errorField(e.param)}` : errorText(e.code);

const GOOD = new Set(['succeeded', 'approved', 'linked', 'completed', 'active', 'enabled', 'pass']);
const BAD = new Set(['failed', 'declined', 'canceled', 'expired', 'revoked', 'disabled', 'fail', 'error']);

export const badge = (status: string) =>
  html`<span class="badge ${GOOD.has(status) ? 'ok' : BAD.has(status) ? 'bad' : ''}">${status}</span>`;

export const loadingLine = () => html`<p role="status">${m().loading}</p>`;
