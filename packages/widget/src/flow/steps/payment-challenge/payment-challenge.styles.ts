/** Styles of `<finlet-payment-challenge>`: a modal over the flow holding the bank's page. */
import { css } from 'lit';

export const paymentChallengeStyles = css`
  .backdrop {
    position: fixed;
    inset: 0;
    background: rgb(0 0 0 / 45%);
    display: grid;
    place-items: center;
    z-index: 10;
  }
  .dialog {
    background: var(--finlet-color-background);
    color: var(--finlet-color-text);
    /* In dark, the dialog's background is the flow's own: the border keeps its edge visible over the dimmed step. */
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    padding: 1rem;
    inline-size: min(100% - 1rem, 32rem);
    max-block-size: calc(100% - 1rem);
    overflow: auto;
    box-sizing: border-box;
  }
  iframe {
    inline-size: 100%;
    block-size: 380px;
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    background: #fff;
  }
  .actions {
    flex-wrap: wrap;
  }
  /* The long labels wrap onto two rows: each button fills its row rather than leaving ragged edges. */
  .actions > button {
    flex: 1 1 auto;
  }
`;
