/** Styles of `<finlet-identity-status>`: the waiting state and the outcome mark. */
import { css } from 'lit';
import { loadingStyles } from '../../loading.ts';

export const statusStyles = [
  loadingStyles,
  css`
    .mark {
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: 50%;
      margin-block-end: 1rem;
      background: var(--finlet-color-surface);
      border: 4px solid var(--finlet-color-primary);
    }
    .mark.declined {
      border-color: var(--finlet-color-danger);
    }
    .mark.review {
      border-style: dashed;
    }
  `,
];
