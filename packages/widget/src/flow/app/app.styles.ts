/** Styles of `<finlet-app>`: palette, header, progress bar, body. Logical properties throughout (RTL). */
import { css } from 'lit';
import { paletteStyles } from '../../theme/theme.ts';
import { loadingStyles } from '../loading.ts';

export const appStyles = [
  paletteStyles,
  loadingStyles,
  css`
    :host {
      display: block;
      background: var(--finlet-color-background);
      color: var(--finlet-color-text);
      font-family: var(--finlet-font-family);
      font-size: 16px;
      border-radius: var(--finlet-radius);
      overflow: hidden;
    }
    header {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding-block: 1rem 0.5rem;
      padding-inline: 1.5rem 0.75rem;
    }
    h1 {
      flex: 1;
      margin: 0;
      font-size: 1rem;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .close {
      inline-size: 44px;
      block-size: 44px;
      border: 0;
      border-radius: var(--finlet-radius);
      background: transparent;
      color: var(--finlet-color-text);
      font: inherit;
      font-size: 1.5rem;
      line-height: 1;
      cursor: pointer;
    }
    .close:hover {
      background: var(--finlet-color-surface);
    }
    .close:focus-visible {
      outline: 3px solid var(--finlet-color-primary);
      outline-offset: -3px;
    }
    .progress {
      padding-inline: 1.5rem;
    }
    .progress[hidden] {
      display: none;
    }
    .progress-text {
      font-size: 0.875rem;
      color: var(--finlet-color-text-muted);
      margin-block-end: 0.375rem;
    }
    .bar {
      block-size: 4px;
      border-radius: 2px;
      background: var(--finlet-color-border);
      overflow: hidden;
    }
    .fill {
      block-size: 100%;
      background: var(--finlet-color-primary);
      transition: inline-size 0.2s ease;
    }
    .body {
      display: block;
      padding-block: 1.25rem 1.5rem;
      padding-inline: 1.5rem;
    }
  `,
];
