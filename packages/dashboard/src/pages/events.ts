/**
 * `<fd-events>`: the event log of this mode; with an id, one event with its deliveries and every
 * attempt (time, endpoint, response code) and — for a developer or admin — redeliver.
 */
import { html, LitElement, nothing } from 'lit';
import { get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { href } from '../app/routes.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Event {
  id: string;
  type: string;
  created_at: string;
  deliveries?: { endpoint_id: string; status: string; attempts: number; next_attempt_at: string | null }[];
  attempts?: {
    endpoint_id: string;
    attempt: number;
    at: string;
    status_code: number | null;
    outcome: string;
    duration_ms: number;
  }[];
}

export class FdEvents extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private data = new PageData(this, () =>
    this.itemId ? get(`/${this.mode}/events/${this.itemId}`) : get(`/${this.mode}/events?limit=50`),
  );

  override render() {
    const t = m();
    if (!this.itemId) {
      const rows = (this.data.value as { data: Event[] } | undefined)?.data;
      return html`<h1 tabindex="-1">${t.events}</h1>
        <p><a href=${href('developers', this.mode)}>${t.webhookEndpoints}</a></p>${this.data.messages()}
        ${
          !rows
            ? loadingLine()
            : rows.length === 0
              ? html`<p>${t.empty}</p>`
              : html`<div class="scroll" tabindex="0"><table><caption class="muted">${t.events}</caption>
                <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.type}</th><th scope="col">${t.created}</th></tr></thead>
                <tbody>${rows.map((e) => html`<tr><td><a class="mono" href=${href('events', this.mode, e.id)}>${e.id}</a></td><td><code>${e.type}</code></td><td>${date(e.created_at)}</td></tr>`)}</tbody></table></div>`
        }`;
    }
    const e = this.data.value as Event | undefined;
    return html`<p><a href=${href('events', this.mode)}>${t.back}</a></p>
      <h1 tabindex="-1">${t.events} <span class="mono">${this.itemId}</span></h1>${this.data.messages()}
      ${
        !e
          ? loadingLine()
          : html`<dl><dt>${t.type}</dt><dd><code>${e.type}</code></dd><dt>${t.created}</dt><dd>${date(e.created_at)}</dd></dl>
            ${can(this.me, 'manage_developers') ? html`<button ?disabled=${this.data.busy} @click=${() => this.data.run(() => post(`/${this.mode}/events/${this.itemId}/redeliver`), m().redelivered)}>${t.redeliver}</button>` : nothing}
            <div class="scroll" tabindex="0"><table><caption>${t.deliveries}</caption>
              <thead><tr><th scope="col">${t.endpoint}</th><th scope="col">${t.status}</th><th scope="col">${t.attempts}</th></tr></thead>
              <tbody>${(e.deliveries ?? []).map((d) => html`<tr><td class="mono">${d.endpoint_id}</td><td>${badge(d.status)}</td><td>${d.attempts}</td></tr>`)}</tbody></table></div>
            <div class="scroll" tabindex="0"><table><caption>${t.attempts}</caption>
              <thead><tr><th scope="col">${t.when}</th><th scope="col">${t.endpoint}</th><th scope="col">${t.attempt}</th><th scope="col">${t.responseCode}</th><th scope="col">${t.outcome}</th></tr></thead>
              <tbody>${(e.attempts ?? []).map((a) => html`<tr><td>${date(a.at)}</td><td class="mono">${a.endpoint_id}</td><td>${a.attempt}</td><td>${a.status_code ?? '—'}</td><td>${badge(a.outcome)}</td></tr>`)}</tbody></table></div>`
      }`;
  }
}
customElements.define('fd-events', FdEvents);
