/**
 * Styles every step shares: headings, body text, primary and secondary buttons (and links styled
 * as buttons) with a visible focus ring and a 44 px target, and the rules that keep content inside
 * the frame at any width: boxes include their padding, long words wrap. Logical properties only (RTL).
 */
import { css } from 'lit';

export const stepStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1.5rem;
  }
  .actions.split {
    justify-content: space-between;
  }
  button,
  a.button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border: 1px solid var(--finlet-color-primary);
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-primary);
    color: var(--finlet-color-on-primary);
    text-decoration: none;
    cursor: pointer;
  }
  /* A second choice beside the main one: outlined, in the text colour, never a second primary. */
  button.secondary,
  a.button.secondary {
    background: transparent;
    color: var(--finlet-color-text);
    border-color: var(--finlet-color-border);
  }
  button.secondary:hover {
    background: var(--finlet-color-surface);
  }
  button:focus-visible,
  a.button:focus-visible {
    outline: 3px solid var(--finlet-color-text);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
