/** Styles of `<finlet-error>`. */
import { css } from 'lit';

export const errorStyles = css`
  :host {
    text-align: center;
  }
  .actions {
    justify-content: center;
  }
  .mark {
    inline-size: 48px;
    block-size: 48px;
    margin-inline: auto;
    margin-block-end: 1rem;
    border-radius: 50%;
    border: 3px solid var(--finlet-color-danger);
    color: var(--finlet-color-danger);
    font-weight: 700;
    font-size: 1.5rem;
    line-height: 42px;
  }
`;
