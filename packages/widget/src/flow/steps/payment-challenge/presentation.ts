/**
 * How each card processor's 3-D Secure page is shown, by its `card_collection.kind` — decided up
 * front, as the processors' own SDKs do, instead of guessing after a frame loads:
 * - `frame`: the page may sit in the challenge modal's iframe (the sandbox processor's page, which
 *   announces itself with `finlet.challenge.ready`; `FramingWatch` still falls back to a window
 *   when it does not);
 * - `window`: the page is a full page of the processor's own site, never framed. Adyen's `redirect`
 *   action is one: its Web SDK navigates the top window there (`window.location.assign`) and its
 *   issuers' pages commonly refuse framing. The widget's frame must stay where it is (the host page
 *   keeps the flow), so the page opens in its own window at the customer's press, and Finlet's
 *   return page reports back to the frame as it does from any popup.
 */
import type { CardCollectionInfo } from '@finlet/shared';

export type ChallengePresentation = 'frame' | 'window';

const PRESENTATION: { [K in CardCollectionInfo['kind']]: ChallengePresentation } = {
  sandbox_tokenizer: 'frame',
  adyen_cse: 'window',
};

/** How the session's processor shows its challenge (an unknown processor: try the frame). */
export function challengePresentation(
  collection: CardCollectionInfo | null | undefined,
): ChallengePresentation {
  return collection ? PRESENTATION[collection.kind] : 'frame';
}
