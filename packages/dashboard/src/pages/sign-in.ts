/**
 * `<fd-sign-in>` (e-mail and password, or a passkey) and `<fd-invite>` (accept an invitation link:
 * its token is in the URL fragment, never sent to a server log). Both fire `fd-signed-in` when a
 * session starts; the shell then loads the signed-in user.
 */
import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from '@simplewebauthn/browser';
import { html, LitElement, nothing } from 'lit';
import { post } from '../api.ts';
import { m } from '../i18n/i18n.ts';
import { PageData } from '../ui/page.ts';
import { pageStyles } from '../ui/styles.ts';

const signedIn = (el: HTMLElement) =>
  el.dispatchEvent(new Event('fd-signed-in', { bubbles: true, composed: true }));

export class FdSignIn extends LitElement {
  static override styles = pageStyles;
  private data = new PageData(this, async () => null);

  private async password(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const ok = await this.data.run(() =>
      post('/sign-in', { email: f.get('email'), password: f.get('password') }),
    );
    if (ok) signedIn(this);
  }

  private async passkey() {
    const ok = await this.data.run(async () => {
      const { challenge_id, options } = await post<{
        challenge_id: string;
        options: PublicKeyCredentialRequestOptionsJSON;
      }>('/sign-in/passkey/options');
      const response = await startAuthentication({ optionsJSON: options });
      return post('/sign-in/passkey', { challenge_id, response });
    });
    if (ok) signedIn(this);
  }

  override render() {
    const t = m();
    return html`<h1 tabindex="-1">${t.signInTitle}</h1>
      ${this.data.messages()}
      <form class="stack" @submit=${this.password}>
        <label>${t.email}<input name="email" type="email" autocomplete="username" required /></label>
        <label>${t.password}<input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit" ?disabled=${this.data.busy}>${t.signIn}</button>
      </form>
      <p class="muted">${t.or}</p>
      <button class="secondary" @click=${this.passkey} ?disabled=${this.data.busy}>${t.signInPasskey}</button>`;
  }
}

export class FdInvite extends LitElement {
  static override styles = pageStyles;
  private token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  private data = new PageData(this, () => post('/invitations/lookup', { token: this.token }));

  private async accept(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const ok = await this.data.run(() =>
      post('/invitations/accept', { token: this.token, name: f.get('name'), password: f.get('password') }),
    );
    if (ok) signedIn(this);
  }

  override render() {
    const t = m();
    const inv = this.data.value as { email: string; role: string; partner_name: string | null } | undefined;
    return html`<h1 tabindex="-1">${t.inviteTitle}</h1>
      ${this.data.messages()}
      ${
        inv
          ? html`<p>${t.inviteIntro(inv.email, t.roles[inv.role] ?? inv.role, inv.partner_name)}</p>
            <form class="stack" @submit=${this.accept}>
              <input type="hidden" name="username" autocomplete="username" value=${inv.email} />
              <label>${t.name}<input name="name" autocomplete="name" required maxlength="100" /></label>
              <label>${t.newPassword}<input name="password" type="password" autocomplete="new-password" required minlength="12" /></label>
              <button type="submit" ?disabled=${this.data.busy}>${t.acceptInvite}</button>
            </form>`
          : nothing
      }`;
  }
}

customElements.define('fd-sign-in', FdSignIn);
customElements.define('fd-invite', FdInvite);
