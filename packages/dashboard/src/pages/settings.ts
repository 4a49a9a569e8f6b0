/**
 * `<fd-settings>`: identity decision rules, the provider accounts of this mode
 * (`<fd-provider-accounts>`), and the widget's appearance with a live preview
 * (`<fd-widget-preview>`, drawn with the widget's own palette and colour rules).
 */
import { html, LitElement, nothing } from 'lit';
import { get, post } from '../api.ts';
import { can } from '../app/me.ts';
import { m } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';
import './provider-accounts.ts';
import './widget-preview.ts';

interface Rules {
  sanctions_review_score: number;
  sanctions_decline_score: number | null;
  pep_action: string;
  provider_review_action: string;
}
type Look = { theme?: string; color_primary?: string; radius?: string; font_family?: string };

export class FdSettings extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = { ...pageProperties, look: { state: true } };
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  declare look: Look;
  private data = new PageData(this, async () => {
    const [rules, appearance] = await Promise.all([
      get<Rules>('/settings/identity_rules'),
      get<Look>('/settings/appearance'),
    ]);
    this.look = appearance;
    return { rules };
  });

  private saveRules(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const decline = String(f.get('decline') ?? '').trim();
    void this.data.run(
      () =>
        post('/settings/identity_rules', {
          sanctions_review_score: Number(f.get('review')),
          sanctions_decline_score: decline ? Number(decline) : null,
          pep_action: f.get('pep'),
          provider_review_action: f.get('provider'),
        }),
      m().saved,
    );
  }

  private readLook(form: HTMLFormElement): Look {
    const f = new FormData(form);
    const look: Look = {};
    for (const [k, v] of [
      ['theme', f.get('theme')],
      ['color_primary', f.get('color')],
      ['radius', f.get('radius') ? `${f.get('radius')}px` : ''],
      ['font_family', String(f.get('font') ?? '').trim()],
    ] as const)
      if (v) look[k] = String(v);
    return look;
  }

  override render() {
    const t = m();
    const d = this.data.value;
    const edit = can(this.me, 'manage_settings');
    const look = this.look ?? {};
    return html`<h1 tabindex="-1">${t.settings}</h1>${this.data.messages()}
      ${
        !d
          ? loadingLine()
          : html`<h2>${t.identityRules}</h2>
            <form class="stack" @submit=${this.saveRules}>
              <label>${t.sanctionsReview}<input name="review" type="number" min="0.5" max="1" step="0.01" .value=${String(d.rules.sanctions_review_score)} ?disabled=${!edit} /></label>
              <label>${t.sanctionsDecline}<input name="decline" type="number" min="0.5" max="1" step="0.01" .value=${d.rules.sanctions_decline_score === null ? '' : String(d.rules.sanctions_decline_score)} ?disabled=${!edit} /></label>
              <label>${t.pepAction}<select name="pep" ?disabled=${!edit}>${['review', 'approve'].map((v) => html`<option ?selected=${d.rules.pep_action === v}>${v}</option>`)}</select></label>
              <label>${t.providerReview}<select name="provider" ?disabled=${!edit}>${['review', 'decline'].map((v) => html`<option ?selected=${d.rules.provider_review_action === v}>${v}</option>`)}</select></label>
              ${edit ? html`<button type="submit">${t.save}</button>` : nothing}
            </form>
            <h2>${t.providerAccounts}</h2>
            <fd-provider-accounts .me=${this.me} mode=${this.mode}></fd-provider-accounts>
            <h2>${t.appearance}</h2>
            <div class="row">
              <form class="stack" @input=${(e: Event) => {
                this.look = this.readLook(e.currentTarget as HTMLFormElement);
              }} @submit=${(e: SubmitEvent) => {
                e.preventDefault();
                void this.data.run(
                  () => post('/settings/appearance', this.readLook(e.target as HTMLFormElement)),
                  t.saved,
                );
              }}>
                <label>${t.theme}<select name="theme" ?disabled=${!edit}>${(['light', 'dark', 'auto'] as const).map((v) => html`<option value=${v} ?selected=${(look.theme ?? 'light') === v}>${v === 'auto' ? t.themeAuto : v === 'light' ? t.themeLight : t.themeDark}</option>`)}</select></label>
                <label>${t.colorPrimary}<input name="color" type="color" .value=${look.color_primary ?? '#2452d6'} ?disabled=${!edit} /></label>
                <label>${t.radius}<input name="radius" type="number" min="0" max="24" .value=${(look.radius ?? '8px').replace('px', '')} ?disabled=${!edit} /></label>
                <label>${t.font}<input name="font" maxlength="100" .value=${look.font_family ?? ''} ?disabled=${!edit} /></label>
                ${edit ? html`<button type="submit">${t.save}</button>` : nothing}
              </form>
              <section aria-labelledby="preview-title">
                <h3 id="preview-title">${t.preview}</h3>
                <fd-widget-preview aria-hidden="true" .look=${look}></fd-widget-preview>
              </section>
            </div>`
      }`;
  }
}
customElements.define('fd-settings', FdSettings);
