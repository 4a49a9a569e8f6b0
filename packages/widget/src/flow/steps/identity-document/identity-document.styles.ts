/** Styles of `<finlet-identity-document>`: the identity form styles and the loading state (hand-off panel). */
import { loadingStyles } from '../../loading.ts';
import { identityFormStyles } from '../identity-flow/form.styles.ts';

export const documentStyles = [...identityFormStyles, loadingStyles];
