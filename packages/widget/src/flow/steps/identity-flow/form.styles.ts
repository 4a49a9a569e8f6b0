/**
 * What the identity screens add to the shared form styles (theme/form.styles.ts): camera video,
 * image previews, upload progress and the "done" line of a captured image.
 */
import { css } from 'lit';
import { formStyles } from '../../../theme/form.styles.ts';

export const identityFormStyles = [
  formStyles,
  css`
    video,
    img.preview {
      inline-size: 100%;
      max-block-size: 14rem;
      object-fit: contain;
      border-radius: var(--finlet-radius);
      background: var(--finlet-color-surface);
    }
    progress {
      inline-size: 100%;
    }
    .done {
      color: var(--finlet-color-text);
      font-weight: 600;
      margin: 0;
    }
  `,
];
