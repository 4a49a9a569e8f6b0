/**
 * Entry of `widget.js`, the classic script partners add with a `<script>` tag. It remembers the
 * origin it was served from (that is Finlet's origin F), installs `window.Finlet` and defines
 * `<finlet-widget>`. Loading the script twice changes nothing the second time.
 */
import { defineFinletWidget } from './element.ts';
import { open, setFinletOrigin } from './open.ts';
import type { FinletHandle, FinletOpenOptions } from './options.ts';
import { originOf } from './token.ts';

declare global {
  interface Window {
    Finlet?: { open(options: FinletOpenOptions): FinletHandle };
  }
}

if (!window.Finlet) {
  setFinletOrigin(originOf((document.currentScript as HTMLScriptElement | null)?.src));
  window.Finlet = { open: (options) => open(options) };
  defineFinletWidget();
}
