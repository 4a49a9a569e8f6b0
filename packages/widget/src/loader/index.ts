/**
 * @finlet/widget for bundler users: `open()`, `preload()`, `defineFinletWidget()`, the DOM event classes and
 * the types. Importing it touches no `window`/`document` (safe in SSR); call these in the browser.
 * Without the script tag, the Finlet origin comes from the client token's `iss` claim.
 */
export { FinletEventEvent, FinletExitEvent, FinletSuccessEvent } from '../events/index.ts';
export type { FinletActivity, FinletExit, FinletSuccess } from '../events/types.ts';
export { defineFinletWidget, type FinletWidgetElement } from './element.ts';
export type { FinletAppearance, FinletHandle, FinletOpenOptions } from './options.ts';

import { open as openWidget } from './open.ts';
import type { FinletHandle, FinletOpenOptions } from './options.ts';
import { preload as prepareFrame } from './preload.ts';
import { originOf } from './token.ts';

/** Opens the widget: inline in `options.container`, or as a modal dialog. */
export function open(options: FinletOpenOptions): FinletHandle {
  return openWidget(options);
}

/**
 * Prepares the widget's frame before `open()` (a hidden frame that loads the flow's scripts), so
 * the first screen appears sooner — call it when the page has loaded or at the first sign the
 * customer will open the widget. `finletOrigin` is your Finlet server's origin; once is enough.
 */
export function preload(finletOrigin: string): void {
  prepareFrame(originOf(finletOrigin));
}
