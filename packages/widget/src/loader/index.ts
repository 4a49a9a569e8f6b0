/**
 * @finlet/widget for bundler users: `open()`, `defineFinletWidget()`, the DOM event classes and
 * the types. Importing it touches no `window`/`document` (safe in SSR); call these in the browser.
 * Without the script tag, the Finlet origin comes from the client token's `iss` claim.
 */
export { FinletEventEvent, FinletExitEvent, FinletSuccessEvent } from '../events/index.ts';
export type { FinletActivity, FinletExit, FinletSuccess } from '../events/types.ts';
export { defineFinletWidget, type FinletWidgetElement } from './element.ts';
export type { FinletAppearance, FinletHandle, FinletOpenOptions } from './options.ts';

import { open as openWidget } from './open.ts';
import type { FinletHandle, FinletOpenOptions } from './options.ts';

/** Opens the widget: inline in `options.container`, or as a modal dialog. */
export function open(options: FinletOpenOptions): FinletHandle {
  return openWidget(options);
}
