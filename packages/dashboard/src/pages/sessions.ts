/**
 * `<fd-sessions>`: the sessions of this mode, filtered by status and flow and searched by customer
 * reference; with an id, one session — its steps (the flows' states) and a timeline of every step
 * and event, each linked to its record.
 */
import { html, LitElement, nothing } from 'lit';
import { get } from '../api.ts';
import { href } from '../app/routes.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Session {
  id: string;
  status: string;
  flows: string[];
  flow_states: Record<string, { status: string }>;
  customer: { reference: string };
  created_at: string;
}
interface Entry {
  at: string;
  kind: string;
  what: string;
  id?: string;
}

const recordHref = (kind: string, id: string | undefined, mode: PageProps['mode']) => {
  if (!id) return null;
  if (id.startsWith('pay_')) return href('payments', mode, id);
  if (id.startsWith('idv_')) return href('identity', mode, id);
  if (id.startsWith('lnk_')) return href('links', mode, id);
  if (id.startsWith('evt_')) return href('events', mode, id);
  return kind === 'session' ? null : null;
};

export class FdSessions extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private query = '';
  private data = new PageData(this, () =>
    this.itemId
      ? get(`/${this.mode}/sessions/${this.itemId}`)
      : get(`/${this.mode}/sessions?limit=50${this.query}`),
  );

  private filter(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const q = new URLSearchParams();
    for (const k of ['status', 'flow', 'customer_reference']) {
      const v = String(f.get(k) ?? '').trim();
      if (v) q.set(k, v);
    }
    this.query = q.size ? `&${q}` : '';
    void this.data.reload();
  }

  override render() {
    return this.itemId ? this.detail() : this.list();
  }

  private list() {
    const t = m();
    const rows = (this.data.value as { data: Session[] } | undefined)?.data;
    return html`<h1 tabindex="-1">${t.sessions}</h1>
      <form @submit=${this.filter} role="search">
        <label>${t.customer}<input name="customer_reference" type="search" /></label>
        <label>${t.status}<select name="status"><option value="">${t.any}</option>
          ${['open', 'completed', 'expired', 'canceled'].map((s) => html`<option>${s}</option>`)}</select></label>
        <label>${t.flow}<select name="flow"><option value="">${t.any}</option>
          ${['identity', 'link', 'payment'].map((f) => html`<option value=${f}>${t.flowName[f]}</option>`)}</select></label>
        <button type="submit">${t.search}</button>
      </form>
      ${this.data.messages()}
      ${
        !rows
          ? loadingLine()
          : rows.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<div class="scroll" tabindex="0"><table>
              <caption class="muted">${t.sessions}</caption>
              <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.customer}</th><th scope="col">${t.flows}</th><th scope="col">${t.status}</th><th scope="col">${t.created}</th></tr></thead>
              <tbody>${rows.map(
                (
                  s,
                ) => html`<tr><td><a class="mono" href=${href('sessions', this.mode, s.id)}>${s.id}</a></td><td>${s.customer.reference}</td>
                  <td>${s.flows.map((f) => t.flowName[f] ?? f).join(', ')}</td><td>${badge(s.status)}</td><td>${date(s.created_at)}</td></tr>`,
              )}</tbody></table></div>`
      }`;
  }

  private detail() {
    const t = m();
    const d = this.data.value as { session: Session; timeline: Entry[] } | undefined;
    return html`<p><a href=${href('sessions', this.mode)}>${t.back}</a></p>
      <h1 tabindex="-1">${t.session} <span class="mono">${this.itemId}</span></h1>
      ${this.data.messages()}
      ${
        !d
          ? loadingLine()
          : html`<dl>
              <dt>${t.status}</dt><dd>${badge(d.session.status)}</dd>
              <dt>${t.customer}</dt><dd>${d.session.customer.reference}</dd>
              <dt>${t.created}</dt><dd>${date(d.session.created_at)}</dd>
            </dl>
            <h2>${t.steps}</h2>
            <ol>${d.session.flows.map((f) => html`<li>${t.flowName[f] ?? f}: ${badge(d.session.flow_states[f]?.status ?? 'pending')}</li>`)}</ol>
            <h2>${t.timeline}</h2>
            <ol class="timeline">${d.timeline.map((e) => {
              const to = recordHref(e.kind, e.id, this.mode);
              return html`<li><time datetime=${e.at}>${date(e.at)}</time> — <strong>${e.kind}</strong> ${e.what}
                ${to ? html`<a class="mono" href=${to}>${e.id}</a>` : nothing}</li>`;
            })}</ol>`
      }`;
  }
}
customElements.define('fd-sessions', FdSessions);
