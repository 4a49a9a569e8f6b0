/**
 * Styles of `<finlet-link>` beyond the shared form and button styles: the bank list (logo, name,
 * country, health) and the account checklist. Pay by bank lists banks with the same styles.
 * Logical properties only (RTL).
 */
import { css } from 'lit';

export const linkStyles = css`
  .field {
    margin-block-end: 1rem;
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
    justify-content: flex-start;
    gap: 0.75rem;
    inline-size: 100%;
    text-align: start;
    font-weight: 400;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    background: var(--finlet-color-surface);
    color: var(--finlet-color-text);
    border: 1px solid var(--finlet-color-border);
  }
  button.bank img {
    flex: none;
  }
  .bank-text {
    display: grid;
    gap: 0.125rem;
    min-inline-size: 0;
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
    padding-inline: 1rem;
    padding-block: 0.5rem 1rem;
  }
  .account {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }
  .account input {
    margin-block-start: 0.1rem;
  }
  .account label {
    display: grid;
    gap: 0.125rem;
    font-weight: 400;
    min-inline-size: 0;
  }
`;
