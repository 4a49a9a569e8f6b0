/** `<fd-home>`: today's figures in this mode (since the browser's local midnight). */
import { html, LitElement } from 'lit';
import { get } from '../api.ts';
import { href } from '../app/routes.ts';
import { m, money } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Overview {
  sessions: { started: number; completed: number };
  conversion: { flow: string; started: number; converted: number }[];
  payments: { currency: string; count: number; amount: number }[];
  review_queue: number;
  failing_endpoints: { id: string; url: string; last_status: number | null }[];
}

export class FdHome extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private data = new PageData(this, () => {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    return get<Overview>(`/${this.mode}/overview?since=${encodeURIComponent(midnight.toISOString())}`);
  });

  override render() {
    const t = m();
    const o = this.data.value;
    return html`<h1 tabindex="-1">${t.home} — ${t.today}</h1>
      ${this.data.messages()}
      ${
        !o
          ? loadingLine()
          : html`<div class="cards">
              <section class="card" aria-labelledby="s1"><h2 id="s1">${t.sessionsStarted}</h2><p class="figure">${o.sessions.started}</p></section>
              <section class="card" aria-labelledby="s2"><h2 id="s2">${t.sessionsCompleted}</h2><p class="figure">${o.sessions.completed}</p></section>
              <section class="card" aria-labelledby="s3"><h2 id="s3">${t.reviewQueue}</h2>
                <p class="figure"><a href=${href('identity', this.mode)}>${o.review_queue}</a></p></section>
              <section class="card" aria-labelledby="s4"><h2 id="s4">${t.paymentsVolume}</h2>
                ${o.payments.length ? o.payments.map((p) => html`<p class="figure">${money(p.amount, p.currency)}</p><p class="muted">${p.count} × ${p.currency}</p>`) : html`<p class="figure">0</p>`}
              </section>
            </div>
            <div class="scroll" tabindex="0"><table>
              <caption>${t.conversion}</caption>
              <thead><tr><th scope="col">${t.flow}</th><th scope="col">${t.started}</th><th scope="col">${t.converted}</th><th scope="col">${t.rate}</th></tr></thead>
              <tbody>${o.conversion.map(
                (
                  c,
                ) => html`<tr><th scope="row">${t.flowName[c.flow] ?? c.flow}</th><td>${c.started}</td><td>${c.converted}</td>
                  <td>${c.started ? new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' }).format(c.converted / c.started) : '—'}</td></tr>`,
              )}</tbody>
            </table></div>
            <h2>${t.failingEndpoints}</h2>
            ${
              o.failing_endpoints.length
                ? html`<ul>${o.failing_endpoints.map((e) => html`<li><a href=${href('developers', this.mode)}><code>${e.url}</code></a> <span class="bad">${e.last_status ?? '—'}</span></li>`)}</ul>`
                : html`<p class="muted">${t.none}</p>`
            }`
      }`;
  }
}
customElements.define('fd-home', FdHome);
