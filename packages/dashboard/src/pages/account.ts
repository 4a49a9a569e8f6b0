/** `<fd-account>`: the signed-in user's passkeys — add one (WebAuthn in this browser), remove one. */
import { type PublicKeyCredentialCreationOptionsJSON, startRegistration } from '@simplewebauthn/browser';
import { html, LitElement } from 'lit';
import { del, get, post } from '../api.ts';
import { date, m } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

export class FdAccount extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private data = new PageData(this, () =>
    get<{ data: { id: string; name: string; created_at: string; last_used_at: string | null }[] }>(
      '/passkeys',
    ),
  );

  private add(e: SubmitEvent) {
    e.preventDefault();
    const name = String(new FormData(e.target as HTMLFormElement).get('name'));
    void this.data.run(async () => {
      const options = await post<PublicKeyCredentialCreationOptionsJSON>('/passkeys/options');
      const response = await startRegistration({ optionsJSON: options });
      return post('/passkeys', { name, response });
    }, m().passkeyAdded);
  }

  override render() {
    const t = m();
    const rows = this.data.value?.data;
    return html`<h1 tabindex="-1">${t.account}</h1>
      <p>${this.me.user.name} — ${this.me.user.email} (${t.roles[this.me.user.role]})</p>
      ${this.data.messages()}
      <h2>${t.passkeys}</h2>
      <form @submit=${this.add}><label>${t.passkeyName}<input name="name" required maxlength="60" /></label><button type="submit" ?disabled=${this.data.busy}>${t.addPasskey}</button></form>
      ${
        !rows
          ? loadingLine()
          : html`<ul>${rows.map((p) => html`<li>${p.name} — ${date(p.created_at)} <button class="secondary" @click=${() => this.data.run(() => del(`/passkeys/${encodeURIComponent(p.id)}`))}>${t.remove}</button></li>`)}</ul>`
      }`;
  }
}
customElements.define('fd-account', FdAccount);
