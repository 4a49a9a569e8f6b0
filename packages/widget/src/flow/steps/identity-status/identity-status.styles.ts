/** Styles of `<finlet-identity-status>`: the waiting state and the outcome mark (theme/mark.styles.ts), centred. */
import { css } from 'lit';
import { markStyles } from '../../../theme/mark.styles.ts';
import { loadingStyles } from '../../loading.ts';

export const statusStyles = [
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
