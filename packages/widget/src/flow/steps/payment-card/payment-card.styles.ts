/** Styles of `<finlet-payment-card>`: stacked labelled fields, inline errors, logical properties only. */
import { css } from 'lit';

export const paymentCardStyles = css`
  form {
    display: grid;
    gap: 0.75rem;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.75rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input {
    font: inherit;
    box-sizing: border-box;
    inline-size: 100%;
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
  input[aria-invalid='true'] {
    border-color: var(--finlet-color-danger);
  }
  .error {
    color: var(--finlet-color-danger);
    font-size: 0.9rem;
    margin-block: 0.25rem 0;
  }
  .hint {
    color: var(--finlet-color-text-muted);
    font-size: 0.85rem;
    margin-block: 0.25rem 0;
  }
  .banner {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: var(--finlet-radius);
    border-inline-start: 4px solid var(--finlet-color-danger);
    background: var(--finlet-color-surface);
    margin-block-end: 0.75rem;
  }
  .pay {
    inline-size: 100%;
  }
  .secondary {
    background: transparent;
    color: var(--finlet-color-text);
    border: 1px solid var(--finlet-color-border);
  }
`;
