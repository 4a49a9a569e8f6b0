/**
 * Theming: the palette as CSS custom properties on `<finlet-app>` (light, dark, and `auto` following
 * prefers-color-scheme), and `applyAppearance()` which turns a session's or host's appearance into
 * overrides. Text on the partner's primary colour is black or white, whichever contrasts more, so
 * buttons pass WCAG AA whatever colour the partner picks.
 */
import { css } from 'lit';

export interface AppearanceInput {
  theme?: string | undefined;
  color_primary?: string | undefined;
  radius?: string | undefined;
  font_family?: string | undefined;
}

const dark = css`
  --finlet-color-background: #16181d;
  --finlet-color-surface: #20242c;
  --finlet-color-text: #eef0f4;
  --finlet-color-text-muted: #b6bcc8;
  --finlet-color-border: #3d4450;
  --finlet-color-primary: #8fb0ff;
  --finlet-color-on-primary: #0b0d12;
  --finlet-color-danger: #ff9b91;
  color-scheme: dark;
`;

export const paletteStyles = css`
  :host {
    --finlet-color-background: #ffffff;
    --finlet-color-surface: #f3f4f7;
    --finlet-color-text: #1a1d23;
    --finlet-color-text-muted: #4b5262;
    --finlet-color-border: #d3d7df;
    --finlet-color-primary: #2452d6;
    --finlet-color-on-primary: #ffffff;
    --finlet-color-danger: #b42318;
    --finlet-radius: 8px;
    --finlet-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

const HEX = /^#[0-9a-fA-F]{6}$/;
const RADIUS = /^\d{1,2}px$/;
const FONT = /^[\w\s,'"-]{1,100}$/;

/** Applies only well-formed values: the host's init message is not trusted to be well-formed. */
export function applyAppearance(host: HTMLElement, appearance: AppearanceInput): void {
  const { theme, color_primary, radius, font_family } = appearance;
  host.setAttribute('theme', theme === 'dark' || theme === 'auto' ? theme : 'light');
  const set = (name: string, value: string | undefined, valid: RegExp) => {
    if (value && valid.test(value)) host.style.setProperty(name, value);
    else host.style.removeProperty(name);
  };
  set('--finlet-color-primary', color_primary, HEX);
  set(
    '--finlet-color-on-primary',
    color_primary && HEX.test(color_primary) ? onColor(color_primary) : '',
    HEX,
  );
  set('--finlet-radius', radius, RADIUS);
  set('--finlet-font-family', font_family, FONT);
}

/** Black or white, whichever has the higher WCAG contrast ratio against `hex`. */
export function onColor(hex: string): string {
  const lum = luminance(hex);
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#000000' : '#ffffff';
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
