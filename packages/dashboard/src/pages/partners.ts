/** `<fd-partners>` (operator): the partners, a new partner, and inviting a partner's users (the link is shown once). */
import { html, LitElement } from 'lit';
import { get, post } from '../api.ts';
import { date, m } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';
import { inviteForm, linkNotice } from './team.ts';

interface Partner {
  id: string;
  name: string;
  allowed_origins: string[];
  created_at: string;
}

export class FdPartners extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = { ...pageProperties, link: { state: true } };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  declare link: string | null;
  private data = new PageData(this, () => get<{ data: Partner[] }>('/partners'));

  private create(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const origins = String(f.get('origins') ?? '')
      .split(/\s+/)
      .filter(Boolean);
    void this.data.run(() => post('/partners', { name: f.get('name'), allowed_origins: origins }));
  }

  override render() {
    const t = m();
    const rows = this.data.value?.data;
    return html`<h1 tabindex="-1">${t.partners}</h1>${this.data.messages()}${linkNotice(this.link)}
      <h2>${t.newPartner}</h2>
      <form class="stack" @submit=${this.create}>
        <label>${t.partnerName}<input name="name" required maxlength="100" /></label>
        <label>${t.allowedOrigins}<textarea name="origins" required rows="2"></textarea></label>
        <button type="submit" ?disabled=${this.data.busy}>${t.createPartner}</button>
      </form>
      ${
        !rows
          ? loadingLine()
          : rows.map(
              (p) => html`<section class="card" aria-labelledby=${`p-${p.id}`}>
                <h2 id=${`p-${p.id}`}>${p.name}</h2>
                <p class="muted"><span class="mono">${p.id}</span> — ${p.allowed_origins.join(', ')} — ${date(p.created_at)}</p>
                <h3>${t.inviteAdmin}</h3>
                ${inviteForm(
                  ['admin', 'developer', 'reviewer', 'viewer'],
                  this.data.busy,
                  async (email, role) => {
                    const r = await this.data.run(() =>
                      post<{ url: string }>(`/partners/${p.id}/invitations`, { email, role }),
                    );
                    this.link = r?.url ?? null;
                  },
                )}
              </section>`,
            )
      }`;
  }
}
customElements.define('fd-partners', FdPartners);
