/** `<fd-links>`: bank links of this mode; with an id, one link with its chosen accounts and (for an admin) revoke. */
import { html, LitElement, nothing } from 'lit';
import { get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { href } from '../app/routes.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Link {
  id: string;
  institution: { name: string };
  status: string;
  customer_reference: string | null;
  created_at: string;
}

export class FdLinks extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private data = new PageData(this, () =>
    this.itemId ? get(`/${this.mode}/links/${this.itemId}`) : get(`/${this.mode}/links?limit=50`),
  );

  override render() {
    const t = m();
    if (!this.itemId) {
      const rows = (this.data.value as { data: Link[] } | undefined)?.data;
      return html`<h1 tabindex="-1">${t.links}</h1>${this.data.messages()}
        ${
          !rows
            ? loadingLine()
            : rows.length === 0
              ? html`<p>${t.empty}</p>`
              : html`<div class="scroll" tabindex="0"><table><caption class="muted">${t.links}</caption>
                <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.institution}</th><th scope="col">${t.customer}</th><th scope="col">${t.status}</th><th scope="col">${t.created}</th></tr></thead>
                <tbody>${rows.map((l) => html`<tr><td><a class="mono" href=${href('links', this.mode, l.id)}>${l.id}</a></td><td>${l.institution.name}</td><td>${l.customer_reference ?? '—'}</td><td>${badge(l.status)}</td><td>${date(l.created_at)}</td></tr>`)}</tbody></table></div>`
        }`;
    }
    const d = this.data.value as
      | {
          link: Link;
          accounts: {
            id: string;
            name: string;
            subtype: string;
            currency: string;
            identifiers: Record<string, string | null>;
          }[];
        }
      | undefined;
    return html`<p><a href=${href('links', this.mode)}>${t.back}</a></p>
      <h1 tabindex="-1">${t.links} <span class="mono">${this.itemId}</span></h1>${this.data.messages()}
      ${
        !d
          ? loadingLine()
          : html`<dl><dt>${t.institution}</dt><dd>${d.link.institution.name}</dd><dt>${t.status}</dt><dd>${badge(d.link.status)}</dd><dt>${t.created}</dt><dd>${date(d.link.created_at)}</dd></dl>
            <div class="scroll" tabindex="0"><table><caption>${t.accounts}</caption>
              <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.name}</th><th scope="col">${t.type}</th><th scope="col">${t.details}</th></tr></thead>
              <tbody>${d.accounts.map((a) => html`<tr><td class="mono">${a.id}</td><td>${a.name}</td><td>${a.subtype} ${a.currency}</td><td class="mono">${Object.values(a.identifiers).filter(Boolean).join(' ')}</td></tr>`)}</tbody></table></div>
            ${
              can(this.me, 'revoke_link') && d.link.status !== 'revoked'
                ? html`<p>${t.revokeConfirm}</p><button class="danger" ?disabled=${this.data.busy} @click=${() => this.data.run(() => post(`/${this.mode}/links/${this.itemId}/revoke`))}>${t.revoke}</button>`
                : nothing
            }`
      }`;
  }
}
customElements.define('fd-links', FdLinks);
