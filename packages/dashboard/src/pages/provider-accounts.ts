/**
 * `<fd-provider-accounts>` (part of the settings page): the provider accounts of this mode — which
 * connector serves each capability, its settings, what may be shown of its credentials (a hint,
 * never the secret) and, for pay by bank, the payee — with a form to add one and a confirmed
 * delete. The form's fields come from the server's connector list (the connector registry), so a
 * new connector appears here without a dashboard change. Test mode names the sandbox providers
 * every test session uses; there an account only chooses who test payments pay.
 */
import { html, LitElement, nothing } from 'lit';
import { del, get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { date, m } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Field {
  name: string;
  kind: 'text' | 'url' | 'list';
  required: boolean;
}
interface ConnectorForm {
  connector: string;
  capabilities: string[];
  settings: Field[];
  credentials: Field[];
  payee: boolean;
}
type Payee = { name: string; iban?: string; sort_code?: string; account_number?: string };
interface Account {
  id: string;
  capability: string;
  connector: string;
  settings: Record<string, unknown>;
  credentials: Record<string, string>;
  payee: Payee | null;
  created_at: string;
}
interface BuiltIn {
  capability: string;
  connector: string;
  url: string;
}

const summary = (values: Record<string, unknown>) =>
  Object.entries(values).map(
    ([k, v]) =>
      html`<div><code>${k}</code>: <code>${Array.isArray(v) ? v.join(', ') : String(v)}</code></div>`,
  );

const payeeText = (p: Payee) =>
  p.iban ? `${p.name} · ${p.iban}` : `${p.name} · ${p.sort_code ?? ''} ${p.account_number ?? ''}`;

export class FdProviderAccounts extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = {
    ...pageProperties,
    connector: { state: true },
    capability: { state: true },
    deleting: { state: true },
  };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  /** The connector and capability chosen in the add form (its fields follow them). */
  declare connector: string;
  declare capability: string;
  /** The account whose delete awaits confirmation. */
  declare deleting: string | null;
  private data = new PageData(this, async () => {
    const [accounts, forms] = await Promise.all([
      get<{ data: Account[]; built_in: BuiltIn[] }>(`/${this.mode}/provider_accounts`),
      get<{ data: ConnectorForm[] }>(`/${this.mode}/connectors`),
    ]);
    return { accounts: accounts.data, builtIn: accounts.built_in, forms: forms.data };
  });

  private chosen(forms: ConnectorForm[]) {
    const form = forms.find((f) => f.connector === this.connector) ?? forms[0];
    const capability = form?.capabilities.includes(this.capability) ? this.capability : form?.capabilities[0];
    return { form, capability };
  }

  private add(e: SubmitEvent, form: ConnectorForm, capability: string) {
    e.preventDefault();
    // Taken now: once dispatch ends, an event from inside a shadow root has no target (DOM spec).
    const element = e.target as HTMLFormElement;
    const f = new FormData(element);
    const values = (fields: Field[], prefix: string) =>
      Object.fromEntries(
        fields.flatMap((field) => {
          const raw = String(f.get(`${prefix}.${field.name}`) ?? '').trim();
          if (!raw) return [];
          const value =
            field.kind === 'list'
              ? raw
                  .split(/[\n,]/)
                  .map((s) => s.trim())
                  .filter(Boolean)
              : raw;
          return [[field.name, value]];
        }),
      );
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const iban = text('payee.iban').replaceAll(' ', '');
    const payee =
      capability === 'pay_by_bank' && form.payee
        ? iban
          ? { name: text('payee.name'), iban }
          : {
              name: text('payee.name'),
              sort_code: text('payee.sort_code').replaceAll('-', ''),
              account_number: text('payee.account_number'),
            }
        : undefined;
    void this.data.run(async () => {
      await post(`/${this.mode}/provider_accounts`, {
        capability,
        connector: form.connector,
        settings: values(form.settings, 'settings'),
        credentials: values(form.credentials, 'credentials'),
        ...(payee ? { payee } : {}),
      });
      element.reset();
    }, m().providerAdded);
  }

  private deleteAccount(id: string) {
    this.deleting = null;
    void this.data.run(() => del(`/${this.mode}/provider_accounts/${id}`), m().providerDeleted);
  }

  private fieldInput(field: Field, prefix: 'settings' | 'credentials') {
    const name = `${prefix}.${field.name}`;
    const label = html`<code>${field.name}</code>${field.kind === 'list' ? html` <span class="muted">${m().onePerLine}</span>` : nothing}`;
    if (field.kind === 'list')
      return html`<label>${label}<textarea name=${name} rows="2" ?required=${field.required}></textarea></label>`;
    // Credentials are write-only: a password field, never filled back, never autocompleted.
    return html`<label>${label}<input name=${name} ?required=${field.required}
      type=${prefix === 'credentials' ? 'password' : field.kind === 'url' ? 'url' : 'text'}
      autocomplete=${prefix === 'credentials' ? 'new-password' : 'off'} maxlength="500" /></label>`;
  }

  private addForm(forms: ConnectorForm[]) {
    const t = m();
    const { form, capability } = this.chosen(forms);
    if (!form || !capability) return nothing;
    return html`<h3>${t.addProviderAccount}</h3>
      <form class="stack" @submit=${(e: SubmitEvent) => this.add(e, form, capability)}>
        <label>${t.connector}<select name="connector" @change=${(e: Event) => {
          this.connector = (e.target as HTMLSelectElement).value;
        }}>${forms.map((f) => html`<option value=${f.connector} ?selected=${f === form}>${f.connector}</option>`)}</select></label>
        <label>${t.capability}<select name="capability" @change=${(e: Event) => {
          this.capability = (e.target as HTMLSelectElement).value;
        }}>${form.capabilities.map((c) => html`<option value=${c} ?selected=${c === capability}>${c}</option>`)}</select></label>
        ${form.settings.map((field) => this.fieldInput(field, 'settings'))}
        ${
          form.credentials.length
            ? html`<fieldset class="stack"><legend>${t.credentialsNote}</legend>
              ${form.credentials.map((field) => this.fieldInput(field, 'credentials'))}</fieldset>`
            : nothing
        }
        ${
          capability === 'pay_by_bank' && form.payee
            ? html`<fieldset class="stack"><legend>${t.payeeNote}</legend>
              <label>${t.payeeName}<input name="payee.name" required maxlength="140" autocomplete="off" /></label>
              <label>${t.iban}<input name="payee.iban" maxlength="42" autocomplete="off" /></label>
              <label>${t.sortCode}<input name="payee.sort_code" maxlength="8" inputmode="numeric" autocomplete="off" /></label>
              <label>${t.accountNumber}<input name="payee.account_number" maxlength="8" inputmode="numeric" autocomplete="off" /></label></fieldset>`
            : nothing
        }
        <button type="submit" ?disabled=${this.data.busy}>${t.addProviderAccount}</button>
      </form>`;
  }

  override render() {
    const t = m();
    const d = this.data.value;
    if (!d) return html`${this.data.messages()}${loadingLine()}`;
    const edit = can(this.me, 'manage_settings');
    return html`${this.data.messages()}
      ${
        d.builtIn.length
          ? html`<p class="muted">${t.builtInProviders}</p>
            <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${t.capability}</th><th scope="col">${t.connector}</th><th scope="col">${t.url}</th></tr></thead>
            <tbody>${d.builtIn.map((p) => html`<tr><td>${p.capability}</td><td>${p.connector}</td><td><code>${p.url}</code></td></tr>`)}</tbody></table></div>`
          : nothing
      }
      ${
        d.accounts.length
          ? html`<div class="scroll" tabindex="0"><table><caption>${t.yourProviderAccounts}</caption>
            <thead><tr><th scope="col">${t.capability}</th><th scope="col">${t.connector}</th><th scope="col">${t.providerSettings}</th><th scope="col">${t.credentials}</th><th scope="col">${t.payee}</th><th scope="col">${t.created}</th>${edit ? html`<th scope="col"><span class="visually-hidden">${t.delete}</span></th>` : nothing}</tr></thead>
            <tbody>${d.accounts.map(
              (
                a,
              ) => html`<tr><td>${a.capability}</td><td>${a.connector}<div class="muted"><code>${a.id}</code></div></td>
                <td>${summary(a.settings)}</td><td>${summary(a.credentials)}</td>
                <td>${a.payee ? payeeText(a.payee) : '—'}</td><td>${date(a.created_at)}</td>
                ${
                  edit
                    ? html`<td>${
                        this.deleting === a.id
                          ? html`<div class="row"><button class="danger" @click=${() => this.deleteAccount(a.id)}>${t.confirmDelete(a.connector)}</button>
                            <button class="secondary" @click=${() => {
                              this.deleting = null;
                            }}>${t.cancel}</button></div>`
                          : html`<button class="secondary" aria-label=${t.deleteNamed(`${a.connector} ${a.capability}`)} @click=${() => {
                              this.deleting = a.id;
                            }}>${t.delete}</button>`
                      }</td>`
                    : nothing
                }</tr>`,
            )}</tbody></table></div>`
          : html`<p class="notice">${this.mode === 'live' ? t.noLiveProviders : t.noTestPayee}</p>`
      }
      ${edit ? this.addForm(d.forms) : nothing}`;
  }
}
customElements.define('fd-provider-accounts', FdProviderAccounts);
