/**
 * `<fd-developers>`: this mode's API keys (create, roll, revoke; a new secret is shown once) and
 * webhook endpoints (add, rotate the secret, disable or enable, send a test event, delete; each
 * with its health). Changes need the developer or admin role; others only read.
 */
import { html, LitElement, nothing } from 'lit';
import { del, get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { date, m } from '../i18n/i18n.ts';
import { badge, loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Key {
  id: string;
  description: string | null;
  last4: string;
  status: string;
  created_at: string;
  last_used_at: string | null;
}
interface Endpoint {
  id: string;
  url: string;
  status: string;
  health: { failing: boolean; lastStatus: number | null };
}

export class FdDevelopers extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = { ...pageProperties, secret: { state: true } };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  declare secret: string | null;
  private data = new PageData(this, async () => ({
    keys: (await get<{ data: Key[] }>(`/${this.mode}/api_keys?limit=100`)).data,
    endpoints: (await get<{ data: Endpoint[] }>(`/${this.mode}/webhook_endpoints?limit=100`)).data,
  }));

  private async withSecret(change: () => Promise<{ secret: string }>) {
    const r = await this.data.run(change);
    this.secret = r?.secret ?? null;
  }

  override render() {
    const t = m();
    const d = this.data.value;
    const manage = can(this.me, 'manage_developers');
    const ep = (id: string, action: string) => () =>
      this.data.run(
        () => post(`/${this.mode}/webhook_endpoints/${id}/${action}`),
        action === 'test' ? t.testSent : undefined,
      );
    return html`<h1 tabindex="-1">${t.developers}</h1>
      ${this.data.messages()}
      ${this.secret ? html`<div class="notice" role="status"><p>${t.secretOnce}</p><p><code data-testid="secret">${this.secret}</code></p></div>` : nothing}
      <h2>${t.apiKeys}</h2>
      ${
        manage
          ? html`<form @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              const description = String(
                new FormData(e.target as HTMLFormElement).get('description') ?? '',
              ).trim();
              void this.withSecret(() => post(`/${this.mode}/api_keys`, description ? { description } : {}));
            }}><label>${t.description}<input name="description" maxlength="100" /></label><button type="submit" ?disabled=${this.data.busy}>${t.createKey}</button></form>`
          : nothing
      }
      ${
        !d
          ? loadingLine()
          : html`<div class="scroll" tabindex="0"><table><caption class="muted">${t.apiKeys}</caption>
            <thead><tr><th scope="col">${t.id}</th><th scope="col">${t.description}</th><th scope="col">${t.last4}</th><th scope="col">${t.status}</th><th scope="col">${t.lastUsed}</th>${manage ? html`<th scope="col"><span class="muted">—</span></th>` : nothing}</tr></thead>
            <tbody>${d.keys.map(
              (
                k,
              ) => html`<tr><td class="mono">${k.id}</td><td>${k.description ?? '—'}</td><td class="mono">…${k.last4}</td><td>${badge(k.status)}</td><td>${date(k.last_used_at)}</td>
                ${
                  manage
                    ? html`<td>${
                        k.status === 'active'
                          ? html`<span class="row"><button class="secondary" aria-label=${`${t.roll} ${k.id}`} @click=${() => this.withSecret(() => post(`/${this.mode}/api_keys/${k.id}/roll`, {}))}>${t.roll}</button>
                            <button class="danger" aria-label=${`${t.revoke} ${k.id}`} @click=${() => this.data.run(() => post(`/${this.mode}/api_keys/${k.id}/revoke`))}>${t.revoke}</button></span>`
                          : nothing
                      }</td>`
                    : nothing
                }</tr>`,
            )}</tbody></table></div>
          <h2>${t.webhookEndpoints}</h2>
          ${
            manage
              ? html`<form @submit=${(e: SubmitEvent) => {
                  e.preventDefault();
                  const url = String(new FormData(e.target as HTMLFormElement).get('url'));
                  void this.withSecret(() => post(`/${this.mode}/webhook_endpoints`, { url }));
                }}><label>${t.url}<input name="url" type="url" required /></label><button type="submit" ?disabled=${this.data.busy}>${t.addEndpoint}</button></form>`
              : nothing
          }
          <div class="scroll" tabindex="0"><table><caption class="muted">${t.webhookEndpoints}</caption>
            <thead><tr><th scope="col">${t.url}</th><th scope="col">${t.status}</th>${manage ? html`<th scope="col"><span class="muted">—</span></th>` : nothing}</tr></thead>
            <tbody>${d.endpoints.map(
              (e) => html`<tr><td><code>${e.url}</code><br /><span class="muted mono">${e.id}</span></td>
                <td>${badge(e.status)} ${e.health.failing ? html`<span class="badge bad">${t.failing} ${e.health.lastStatus ?? ''}</span>` : html`<span class="badge ok">${t.healthy}</span>`}</td>
                ${
                  manage
                    ? html`<td><span class="row">
                        <button class="secondary" @click=${ep(e.id, 'test')}>${t.sendTest}</button>
                        <button class="secondary" @click=${() => this.withSecret(() => post(`/${this.mode}/webhook_endpoints/${e.id}/rotate_secret`))}>${t.rotateSecret}</button>
                        ${e.status === 'enabled' ? html`<button class="secondary" @click=${ep(e.id, 'disable')}>${t.disable}</button>` : html`<button class="secondary" @click=${ep(e.id, 'enable')}>${t.enable}</button>`}
                        <button class="danger" @click=${() => this.data.run(() => del(`/${this.mode}/webhook_endpoints/${e.id}`))}>${t.delete}</button>
                      </span></td>`
                    : nothing
                }</tr>`,
            )}</tbody></table></div>`
      }`;
  }
}
customElements.define('fd-developers', FdDevelopers);
