/**
 * Entry of `widget.js`, the classic script partners add with a `<script>` tag. It remembers the
 * origin it was served from (that is Finlet's origin F), installs `window.Finlet` and defines
 * `<finlet-widget>`. Loading the script twice changes nothing the second time.
 * Once the page has loaded it prepares the widget's frame (./preload.ts), unless the tag says
 * `data-preload="off"`; `Finlet.preload()` prepares it at once (e.g. on the first sign of intent).
 */
import { defineFinletWidget } from './element.ts';
import { open, setFinletOrigin } from './open.ts';
import type { FinletHandle, FinletOpenOptions } from './options.ts';
import { preload } from './preload.ts';
import { originOf } from './token.ts';

declare global {
  interface Window {
    Finlet?: { open(options: FinletOpenOptions): FinletHandle; preload(): void };
  }
}

if (!window.Finlet) {
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = originOf(script?.src);
  const prepare = () => preload(origin);
  setFinletOrigin(origin);
  window.Finlet = { open: (options) => open(options), preload: prepare };
  defineFinletWidget();
  // After the page's own load, so the frame never competes with the shop's page for the network.
  if (script?.dataset.preload !== 'off') {
    if (document.readyState === 'complete') prepare();
    else addEventListener('load', prepare);
  }
}
