/** `<fd-team>`: the people of the partner (or the operators) and open invitations; invite (the link is shown once), change a role, disable. */
import { html, LitElement, nothing } from 'lit';
import { del, get, post } from '../api.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
}
interface Invitation {
  id: string;
  email: string;
  role: string;
  expires_at: string;
}

export const inviteForm = (
  roles: string[],
  busy: boolean,
  onInvite: (email: string, role: string) => void,
) => {
  const t = m();
  return html`<form @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    onInvite(String(f.get('email')), String(f.get('role')));
  }}>
    <label>${t.email}<input name="email" type="email" required /></label>
    <label>${t.role}<select name="role">${roles.map((r) => html`<option value=${r}>${t.roles[r]}</option>`)}</select></label>
    <button type="submit" ?disabled=${busy}>${t.invite}</button>
  </form>`;
};

export const linkNotice = (url: string | null) =>
  url
    ? html`<div class="notice" role="status"><p>${m().inviteLink}</p><p><code data-testid="invite-link">${url}</code></p></div>`
    : nothing;

export class FdTeam extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = { ...pageProperties, link: { state: true } };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  declare link: string | null;
  private data = new PageData(this, () => get<{ users: User[]; invitations: Invitation[] }>('/team'));

  override render() {
    const t = m();
    const d = this.data.value;
    const roles = this.me.user.partner_id ? ['admin', 'developer', 'reviewer', 'viewer'] : ['operator'];
    return html`<h1 tabindex="-1">${t.team}</h1>${this.data.messages()}${linkNotice(this.link)}
      ${inviteForm(roles, this.data.busy, async (email, role) => {
        const r = await this.data.run(() => post<{ url: string }>('/team/invitations', { email, role }));
        this.link = r?.url ?? null;
      })}
      ${
        !d
          ? loadingLine()
          : html`<div class="scroll" tabindex="0"><table><caption>${t.people}</caption>
            <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.email}</th><th scope="col">${t.role}</th><th scope="col">${t.status}</th></tr></thead>
            <tbody>${d.users.map(
              (u) => html`<tr><td>${u.name}</td><td>${u.email}</td>
                <td>${
                  u.id === this.me.user.id
                    ? t.roles[u.role]
                    : html`<label><span class="muted">${t.role}</span><select aria-label=${`${t.role}: ${u.name}`} @change=${(e: Event) => this.data.run(() => post(`/team/users/${u.id}`, { role: (e.target as HTMLSelectElement).value }), t.saved)}>
                        ${roles.map((r) => html`<option value=${r} ?selected=${r === u.role}>${t.roles[r]}</option>`)}</select></label>`
                }</td>
                <td>${badge(u.status)} ${
                  u.id !== this.me.user.id
                    ? html`<button class="secondary" @click=${() => this.data.run(() => post(`/team/users/${u.id}`, { status: u.status === 'active' ? 'disabled' : 'active' }))}>${u.status === 'active' ? t.disable : t.enable}</button>`
                    : nothing
                }</td></tr>`,
            )}</tbody></table></div>
          <div class="scroll" tabindex="0"><table><caption>${t.invitations}</caption>
            <thead><tr><th scope="col">${t.email}</th><th scope="col">${t.role}</th><th scope="col">${t.expires}</th><th scope="col"><span class="muted">—</span></th></tr></thead>
            <tbody>${d.invitations.map((i) => html`<tr><td>${i.email}</td><td>${t.roles[i.role]}</td><td>${date(i.expires_at)}</td><td><button class="secondary" @click=${() => this.data.run(() => del(`/team/invitations/${i.id}`))}>${t.revoke}</button></td></tr>`)}</tbody></table></div>`
      }`;
  }
}
customElements.define('fd-team', FdTeam);
