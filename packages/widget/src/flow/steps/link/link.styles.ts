/** Styles of `<finlet-link>`: the bank list with logos and health, and the account checklist. Logical properties only (RTL). */
import { css } from 'lit';

export const linkStyles = css`
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input[type='search'] {
    font: inherit;
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-background);
    color: var(--finlet-color-text);
  }
  input:focus-visible {
    outline: 3px solid var(--finlet-color-primary);
    outline-offset: 1px;
  }
  .banks {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  button.bank {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    inline-size: 100%;
    text-align: start;
    padding-block: 0.75rem;
    background: var(--finlet-color-surface);
    color: var(--finlet-color-text);
    border: 1px solid var(--finlet-color-border);
  }
  .bank-text {
    display: grid;
    gap: 0.125rem;
  }
  .bank-name {
    font-weight: 600;
  }
  .health {
    font-size: 0.85rem;
    font-weight: 500;
  }
  .health.degraded {
    color: var(--finlet-color-danger);
  }
  .notice {
    color: var(--finlet-color-danger);
  }
  fieldset {
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    padding-inline: 1rem;
    padding-block: 0.5rem 1rem;
    margin: 0;
  }
  .account {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }
  .account input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.2rem;
  }
  .account label {
    display: grid;
    gap: 0.125rem;
    font-weight: 400;
  }
  .secondary {
    background: transparent;
    color: var(--finlet-color-primary);
    border: 2px solid var(--finlet-color-primary);
  }
  .wrap {
    flex-wrap: wrap;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    min-block-size: 44px;
    padding-inline: 1.25rem;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-primary);
    color: var(--finlet-color-on-primary);
    text-decoration: none;
  }
  a.button:focus-visible {
    outline: 3px solid var(--finlet-color-text);
    outline-offset: 2px;
  }
`;
