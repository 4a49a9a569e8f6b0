/** Styles of `<finlet-identity-handoff>`: the QR code and the link. */
import { css } from 'lit';
import { identityFormStyles } from '../identity-flow/form.styles.ts';

export const handoffStyles = [
  ...identityFormStyles,
  css`
    .qr {
      inline-size: min(12rem, 100%);
      block-size: auto;
      aspect-ratio: 1;
      image-rendering: pixelated;
      background: #fff;
      padding: 0.5rem;
      border-radius: var(--finlet-radius);
      justify-self: center;
    }
  `,
];
