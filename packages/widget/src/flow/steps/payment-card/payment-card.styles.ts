/** Styles of `<finlet-payment-card>` beyond the shared form styles: the decline banner and the pay button. */
import { css } from 'lit';

export const paymentCardStyles = css`
  form {
    gap: 0.75rem;
  }
  /* Card fields read left to right in every language (numbers, dates). */
  input {
    text-align: start;
  }
  .banner {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: var(--finlet-radius);
    border-inline-start: 4px solid var(--finlet-color-danger);
    background: var(--finlet-color-surface);
    margin-block-end: 0.75rem;
  }
  .actions {
    flex-wrap: nowrap;
  }
  .pay {
    flex: 1;
  }
`;
