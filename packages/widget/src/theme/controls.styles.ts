/** Styles every step shares: headings, body text, buttons with a visible focus ring. Logical properties only (RTL). */
import { css } from 'lit';

export const stepStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
    margin-block: 0 0.75rem;
  }
  /* Headings take focus only so a new step is announced; they are not controls, so no ring. */
  h2:focus {
    outline: none;
  }
  p {
    margin-block: 0 1rem;
    line-height: 1.5;
  }
  .muted {
    color: var(--finlet-color-text-muted);
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1.5rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 44px;
    padding-inline: 1.25rem;
    border: 0;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-primary);
    color: var(--finlet-color-on-primary);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--finlet-color-text);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
