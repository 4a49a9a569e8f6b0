/** Styles of `<finlet-identity-details>` beyond the shared form styles: the error summary, the SSN with its toggle. */
import { css } from 'lit';

export const detailsStyles = css`
  .summary {
    color: var(--finlet-color-danger);
    font-weight: 600;
  }
  .summary:not(:empty) {
    margin-block-end: 1rem;
  }
  /* The identity number and its show/hide button: side by side, the button below on a phone. */
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .inline .field {
    flex: 1 1 12rem;
  }
`;
