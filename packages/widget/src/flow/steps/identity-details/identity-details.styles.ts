/** Styles of `<finlet-identity-details>`: the shared form styles. */
import { formStyles } from '../identity-flow/form.styles.ts';

export const detailsStyles = formStyles;
