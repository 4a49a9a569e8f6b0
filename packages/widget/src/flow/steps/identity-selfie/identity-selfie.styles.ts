/** Styles of `<finlet-identity-selfie>`: the identity form styles and the loading state. */
import { loadingStyles } from '../../loading.ts';
import { identityFormStyles } from '../identity-flow/form.styles.ts';

export const selfieStyles = [...identityFormStyles, loadingStyles];
