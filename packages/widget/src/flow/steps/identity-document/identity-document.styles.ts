/** Styles of `<finlet-identity-document>`: the shared form styles and the loading state (hand-off panel). */
import { loadingStyles } from '../../loading.ts';
import { formStyles } from '../identity-flow/form.styles.ts';

export const documentStyles = [formStyles, loadingStyles];
