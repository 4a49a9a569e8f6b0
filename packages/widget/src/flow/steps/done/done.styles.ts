/** Styles of `<finlet-done>`: a check mark drawn with borders (no image to fetch). */
import { css } from 'lit';
import { loadingStyles } from '../../loading.ts';

export const doneStyles = [
  loadingStyles,
  css`
    :host {
      text-align: center;
    }
    .check {
      inline-size: 56px;
      block-size: 56px;
      margin-inline: auto;
      margin-block-end: 1rem;
      border-radius: 50%;
      background: var(--finlet-color-primary);
      position: relative;
    }
    .check::after {
      content: '';
      position: absolute;
      inset-inline-start: 20px;
      inset-block-start: 12px;
      inline-size: 12px;
      block-size: 24px;
      border: solid var(--finlet-color-on-primary);
      border-width: 0 4px 4px 0;
      transform: rotate(45deg);
    }
  `,
];
