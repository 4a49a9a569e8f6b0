/** Styles of `<finlet-payment>`: the order summary, method choice and success screen. */
import { css } from 'lit';

export const paymentStyles = css`
  .summary {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-surface);
    margin-block-end: 1rem;
  }
  .summary dt {
    font-weight: 500;
  }
  .summary dd {
    margin: 0;
    font-weight: 700;
  }
  .methods {
    display: grid;
    gap: 0.5rem;
  }
  .methods button {
    inline-size: 100%;
    text-align: start;
  }
  .check {
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
    background: var(--finlet-color-primary);
    margin-block-end: 1rem;
  }
  .reference {
    font-family: ui-monospace, monospace;
  }
`;
