/**
 * `<fd-payments>`: payments of this mode with the CSV and camt.053 exports; with an id, one payment
 * with its refunds and — for a role that may refund — a refund in full or in part, confirmed in a
 * dialog before anything is sent.
 */
import { html, LitElement, nothing } from 'lit';
import { get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { href } from '../app/routes.ts';
import { date, m, money } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Payment {
  id: string;
  session: string;
  status: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  method: string;
  description: string;
  card: { brand: string; last4: string } | null;
  created_at: string;
}

export class FdPayments extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = { ...pageProperties, pending: { state: true } };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  declare pending: number | null;
  private data = new PageData(this, () =>
    this.itemId ? get(`/${this.mode}/payments/${this.itemId}`) : get(`/${this.mode}/payments?limit=50`),
  );

  override render() {
    return this.itemId ? this.detail() : this.list();
  }

  private list() {
    const t = m();
    const rows = (this.data.value as { data: Payment[] } | undefined)?.data;
    return html`<h1 tabindex="-1">${t.payments}</h1>
      <p class="row">
        <a class="button secondary" download href=${`/dashboard/api/${this.mode}/payments/export?format=csv`}>${t.exportCsv}</a>
        <a class="button secondary" download href=${`/dashboard/api/${this.mode}/payments/export?format=camt053`}>${t.exportCamt}</a>
      </p>
      ${this.data.messages()}
      ${
        !rows
          ? loadingLine()
          : rows.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<div class="scroll" tabindex="0"><table>
              <caption class="muted">${t.payments}</caption>
              <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.amount}</th><th scope="col">${t.method}</th><th scope="col">${t.status}</th><th scope="col">${t.created}</th></tr></thead>
              <tbody>${rows.map(
                (
                  p,
                ) => html`<tr><td><a class="mono" href=${href('payments', this.mode, p.id)}>${p.id}</a></td><td>${money(p.amount, p.currency)}</td>
                  <td>${p.method}</td><td>${badge(p.status)}${p.amount_refunded ? html` <span class="muted">${t.refunded} ${money(p.amount_refunded, p.currency)}</span>` : nothing}</td><td>${date(p.created_at)}</td></tr>`,
              )}</tbody></table></div>`
      }`;
  }

  private ask(e: SubmitEvent, p: Payment) {
    e.preventDefault();
    const major = Number(new FormData(e.target as HTMLFormElement).get('amount'));
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: p.currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    this.pending = Math.round(major * 10 ** digits);
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('dialog') as HTMLDialogElement).showModal(),
    );
  }

  private async confirm(p: Payment) {
    (this.renderRoot.querySelector('dialog') as HTMLDialogElement).close();
    const amount = this.pending;
    this.pending = null;
    await this.data.run(
      () => post(`/${this.mode}/payments/${p.id}/refunds`, { amount }),
      `${m().refunded} ${money(amount ?? 0, p.currency)}`,
    );
  }

  private detail() {
    const t = m();
    const d = this.data.value as
      | {
          payment: Payment;
          refunds: { id: string; amount: number; currency: string; status: string; created_at: string }[];
        }
      | undefined;
    const p = d?.payment;
    const left = p ? p.amount - p.amount_refunded : 0;
    const digits = p
      ? (new Intl.NumberFormat('en', { style: 'currency', currency: p.currency }).resolvedOptions()
          .maximumFractionDigits ?? 2)
      : 2;
    return html`<p><a href=${href('payments', this.mode)}>${t.back}</a></p>
      <h1 tabindex="-1">${t.payments} <span class="mono">${this.itemId}</span></h1>
      ${this.data.messages()}
      ${
        !p
          ? loadingLine()
          : html`<dl>
              <dt>${t.amount}</dt><dd>${money(p.amount, p.currency)}</dd>
              <dt>${t.status}</dt><dd>${badge(p.status)}</dd>
              <dt>${t.refunded}</dt><dd>${money(p.amount_refunded, p.currency)}</dd>
              <dt>${t.method}</dt><dd>${p.method}${p.card ? ` — ${p.card.brand} •••• ${p.card.last4}` : ''}</dd>
              <dt>${t.session}</dt><dd><a class="mono" href=${href('sessions', this.mode, p.session)}>${p.session}</a></dd>
              <dt>${t.created}</dt><dd>${date(p.created_at)}</dd>
            </dl>
            ${
              can(this.me, 'refund') && p.status === 'succeeded' && left > 0
                ? html`<h2>${t.refundTitle}</h2>
                  <form @submit=${(e: SubmitEvent) => this.ask(e, p)}>
                    <label>${t.refundAmount(money(left, p.currency))}
                      <input name="amount" type="number" inputmode="decimal" required min=${1 / 10 ** digits} max=${left / 10 ** digits} step=${1 / 10 ** digits} .value=${String(left / 10 ** digits)} /></label>
                    <button type="submit" ?disabled=${this.data.busy}>${t.refund}</button>
                  </form>
                  <dialog aria-labelledby="refund-title">
                    <h2 id="refund-title">${t.refundTitle}</h2>
                    <p>${t.refundConfirm(money(this.pending ?? 0, p.currency))}</p>
                    <p class="row"><button @click=${() => this.confirm(p)}>${t.refundConfirm(money(this.pending ?? 0, p.currency))}</button>
                      <button class="secondary" @click=${() => (this.renderRoot.querySelector('dialog') as HTMLDialogElement).close()}>${t.cancel}</button></p>
                  </dialog>`
                : nothing
            }
            <h2>${t.refunds}</h2>
            ${
              d.refunds.length
                ? html`<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${t.id}</th><th scope="col">${t.amount}</th><th scope="col">${t.status}</th><th scope="col">${t.created}</th></tr></thead>
                  <tbody>${d.refunds.map((r) => html`<tr><td class="mono">${r.id}</td><td>${money(r.amount, r.currency)}</td><td>${badge(r.status)}</td><td>${date(r.created_at)}</td></tr>`)}</tbody></table></div>`
                : html`<p class="muted">${t.none}</p>`
            }`
      }`;
  }
}
customElements.define('fd-payments', FdPayments);
