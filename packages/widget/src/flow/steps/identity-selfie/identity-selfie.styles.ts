/** Styles of `<finlet-identity-selfie>`: the shared form styles and the loading state. */
import { loadingStyles } from '../../loading.ts';
import { formStyles } from '../identity-flow/form.styles.ts';

export const selfieStyles = [formStyles, loadingStyles];
