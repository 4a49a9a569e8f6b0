/** Styles of `<finlet-identity-handoff>`: the QR code and the link. */
import { css } from 'lit';
import { formStyles } from '../identity-flow/form.styles.ts';

export const handoffStyles = [
  formStyles,
  css`
    .qr {
      inline-size: 12rem;
      block-size: 12rem;
      image-rendering: pixelated;
      background: #fff;
      padding: 0.5rem;
      border-radius: var(--finlet-radius);
      justify-self: center;
    }
  `,
];
