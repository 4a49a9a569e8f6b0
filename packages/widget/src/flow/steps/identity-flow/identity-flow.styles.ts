/** Styles of `<finlet-identity>`: the loading state while the current status loads. */
import { loadingStyles } from '../../loading.ts';

export const identityFlowStyles = loadingStyles;
