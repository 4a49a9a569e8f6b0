/** Styles of `<finlet-done>`: centred, with the success mark (theme/mark.styles.ts). */
import { css } from 'lit';
import { markStyles } from '../../../theme/mark.styles.ts';
import { loadingStyles } from '../../loading.ts';

export const doneStyles = [
  loadingStyles,
  markStyles,
  css`
    :host {
      text-align: center;
    }
    .actions {
      justify-content: center;
    }
  `,
];
