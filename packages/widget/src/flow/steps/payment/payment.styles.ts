/** Styles of `<finlet-payment>`: the order summary, the other way to pay, method choice and the success screen. */
import { css } from 'lit';

export const paymentStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-surface);
    margin-block: 0 1rem;
  }
  .summary dt {
    font-weight: 500;
    min-inline-size: 0;
  }
  .summary dd {
    margin: 0;
    font-weight: 700;
  }
  /* Pay by bank: a secondary choice above the card form, never a second primary button. */
  .other-method {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 1rem;
  }
  .methods {
    display: grid;
    gap: 0.5rem;
  }
  .methods button {
    inline-size: 100%;
    justify-content: flex-start;
  }
  .success {
    text-align: center;
  }
  .success .actions {
    justify-content: center;
  }
  .reference {
    font-family: ui-monospace, monospace;
  }
`;
