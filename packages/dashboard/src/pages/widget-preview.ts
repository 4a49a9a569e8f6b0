/**
 * `<fd-widget-preview>`: a glimpse of the widget with an appearance, drawn with the widget's own
 * palette (`paletteStyles`: light, dark, auto) and colour rules (`applyAppearance`: text on the
 * partner's colour stays readable) — so what the settings page previews is what customers see.
 */
import { type AppearanceInput, applyAppearance, paletteStyles } from '@finlet/widget/theme';
import { css, html, LitElement } from 'lit';
import { m } from '../i18n/i18n.ts';
import { pageStyles } from '../ui/styles.ts';

export class FdWidgetPreview extends LitElement {
  static override styles = [
    pageStyles,
    paletteStyles,
    css`
      :host {
        background: var(--finlet-color-background);
        color: var(--finlet-color-text);
        font-family: var(--finlet-font-family);
        border: 1px solid var(--fd-border);
        border-radius: var(--finlet-radius);
        padding: 1rem;
        max-inline-size: 22rem;
      }
      button {
        background: var(--finlet-color-primary);
        color: var(--finlet-color-on-primary);
        border-color: var(--finlet-color-primary);
        border-radius: var(--finlet-radius);
      }
      p {
        color: var(--finlet-color-text-muted);
      }
    `,
  ];
  static override properties = { look: { attribute: false } };
  declare look: AppearanceInput | undefined;

  override updated() {
    applyAppearance(this, this.look ?? {});
  }

  override render() {
    const t = m();
    return html`<strong>${t.previewTitle}</strong><p>${t.previewBody}</p><button tabindex="-1">${t.previewButton}</button>`;
  }
}
customElements.define('fd-widget-preview', FdWidgetPreview);
