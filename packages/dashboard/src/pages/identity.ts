/**
 * `<fd-identity>`: the review queue (or every verification); with an id, one verification — the
 * document's front and back and the selfie side by side, the personal details, every check with its
 * reasons, the sanctions and PEP hits with their explanations, earlier decisions — and, for a
 * reviewer, approve or decline with a note (recorded with the signed-in user).
 */
import { html, LitElement, nothing } from 'lit';
import { get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { href } from '../app/routes.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Verification {
  id: string;
  session_id: string;
  customer_reference: string;
  status: string;
  document: { type: string; issuing_country: string } | null;
  checks: {
    type: string;
    outcome: string;
    reasons: string[];
    hits?: { list: string; name: string; matched_name: string; score: number; explanation: string }[];
  }[];
  reviews: { decision: string; note: string | null; decided_by: string; decided_at: string }[];
  created_at: string;
}

export class FdIdentity extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private all = false;
  private data = new PageData(this, () =>
    this.itemId
      ? get(`/${this.mode}/identity_verifications/${this.itemId}`)
      : get(`/${this.mode}/identity_verifications?limit=50${this.all ? '' : '&status=review'}`),
  );

  override render() {
    return this.itemId ? this.detail() : this.list();
  }

  private list() {
    const t = m();
    const rows = (this.data.value as { data: Verification[] } | undefined)?.data;
    return html`<h1 tabindex="-1">${t.identity}</h1>
      <p class="row"><button class="secondary" aria-pressed=${String(!this.all)} @click=${() => {
        this.all = false;
        void this.data.reload();
      }}>${t.queue}</button>
      <button class="secondary" aria-pressed=${String(this.all)} @click=${() => {
        this.all = true;
        void this.data.reload();
      }}>${t.allVerifications}</button></p>
      ${this.data.messages()}
      ${
        !rows
          ? loadingLine()
          : rows.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<div class="scroll" tabindex="0"><table>
              <caption class="muted">${this.all ? t.allVerifications : t.queue}</caption>
              <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.customer}</th><th scope="col">${t.status}</th><th scope="col">${t.created}</th></tr></thead>
              <tbody>${rows.map(
                (v) =>
                  html`<tr><td><a class="mono" href=${href('identity', this.mode, v.id)}>${v.id}</a></td><td>${v.customer_reference}</td><td>${badge(v.status)}</td><td>${date(v.created_at)}</td></tr>`,
              )}</tbody></table></div>`
      }`;
  }

  private async decide(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const decision = (e.submitter as HTMLButtonElement).value;
    const note = String(new FormData(form).get('note') ?? '').trim();
    await this.data.run(
      () =>
        post(`/${this.mode}/identity_verifications/${this.itemId}/review`, {
          decision,
          ...(note ? { note } : {}),
        }),
      decision === 'approved' ? m().approve : m().decline,
    );
  }

  private detail() {
    const t = m();
    const d = this.data.value as
      | { verification: Verification; details: Record<string, unknown> | null; images: string[] }
      | undefined;
    const v = d?.verification;
    const base = `/dashboard/api/${this.mode}/identity_verifications/${this.itemId}/images`;
    const label: Record<string, string> = { front: t.documentFront, back: t.documentBack, selfie: t.selfie };
    return html`<p><a href=${href('identity', this.mode)}>${t.back}</a></p>
      <h1 tabindex="-1">${t.identity} <span class="mono">${this.itemId}</span></h1>
      ${this.data.messages()}
      ${
        !v
          ? loadingLine()
          : html`<dl>
              <dt>${t.status}</dt><dd>${badge(v.status)}</dd>
              <dt>${t.customer}</dt><dd>${v.customer_reference}</dd>
              <dt>${t.session}</dt><dd><a class="mono" href=${href('sessions', this.mode, v.session_id)}>${v.session_id}</a></dd>
            </dl>
            ${
              d.images.length
                ? html`<div class="images">${d.images.map(
                    (side) =>
                      html`<figure><img src=${`${base}/${side}`} alt=${label[side] ?? side} /><figcaption>${label[side] ?? side}</figcaption></figure>`,
                  )}</div>`
                : html`<p class="muted">${t.noImages}</p>`
            }
            ${
              d.details
                ? html`<h2>${t.personalDetails}</h2><dl>${Object.entries(d.details)
                    .filter(([, x]) => typeof x === 'string')
                    .map(([k, x]) => html`<dt>${k.replaceAll('_', ' ')}</dt><dd>${x}</dd>`)}</dl>`
                : nothing
            }
            <div class="scroll" tabindex="0"><table>
              <caption>${t.checks}</caption>
              <thead><tr><th scope="col">${t.check}</th><th scope="col">${t.outcome}</th><th scope="col">${t.reasons}</th></tr></thead>
              <tbody>${v.checks.map((c) => html`<tr><th scope="row">${c.type}</th><td>${badge(c.outcome)}</td><td>${c.reasons.join(', ') || '—'}</td></tr>`)}</tbody>
            </table></div>
            ${
              v.checks.some((c) => c.hits?.length)
                ? html`<div class="scroll" tabindex="0"><table>
                    <caption>${t.hits}</caption>
                    <thead><tr><th scope="col">${t.list}</th><th scope="col">${t.name}</th><th scope="col">${t.score}</th><th scope="col">${t.explanation}</th></tr></thead>
                    <tbody>${v.checks.flatMap((c) => c.hits ?? []).map((h) => html`<tr><td>${h.list}</td><td>${h.name}</td><td>${h.score.toFixed(2)}</td><td>${h.explanation}</td></tr>`)}</tbody>
                  </table></div>`
                : nothing
            }
            ${
              v.reviews.length
                ? html`<h2>${t.reviews}</h2><ul>${v.reviews.map((r) => html`<li>${badge(r.decision)} — ${t.decidedBy} <span class="mono">${r.decided_by}</span>, ${date(r.decided_at)}${r.note ? html`: “${r.note}”` : nothing}</li>`)}</ul>`
                : nothing
            }
            ${
              can(this.me, 'review') && v.status === 'review'
                ? html`<form class="stack" @submit=${this.decide}>
                    <label>${t.note}<textarea name="note" maxlength="1000" rows="3"></textarea></label>
                    <p class="row"><button type="submit" value="approved" ?disabled=${this.data.busy}>${t.approve}</button>
                    <button type="submit" value="declined" class="danger" ?disabled=${this.data.busy}>${t.decline}</button></p>
                  </form>`
                : nothing
            }`
      }`;
  }
}
customElements.define('fd-identity', FdIdentity);
