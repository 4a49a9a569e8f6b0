/** Styles of `<finlet-unavailable>`. */
import { css } from 'lit';

export const unavailableStyles = css`
  .notice {
    padding: 1rem;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-surface);
    color: var(--finlet-color-text);
  }
`;
