/** Styles of `<finlet-identity-capture>`: the identity form styles plus the capture box. */
import { css } from 'lit';
import { identityFormStyles } from '../identity-flow/form.styles.ts';

export const captureStyles = [
  ...identityFormStyles,
  css`
    .box {
      border: 1px dashed var(--finlet-color-border);
      border-radius: var(--finlet-radius);
      padding: 0.75rem;
      display: grid;
      gap: 0.5rem;
    }
    .title {
      font-weight: 600;
      margin: 0;
    }
  `,
];
