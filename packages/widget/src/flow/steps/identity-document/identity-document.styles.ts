/** Styles of `<finlet-identity-document>`: the shared form styles. */
import { formStyles } from '../identity-flow/form.styles.ts';

export const documentStyles = formStyles;
