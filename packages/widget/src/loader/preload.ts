/**
 * Prepares the widget before `open()`, as payment SDKs do: a hidden, zero-size frame of Finlet's
 * origin loading `F/flow/warm` — the whole flow app, waiting, with no session. A first visit then
 * spends its slow part (a new renderer process for F, the connection, fetching, compiling and
 * running the module graph, styles and fonts) while the shopper is still reading the page.
 * `open()` takes that frame (`takePrepared`), shows it where the widget goes — moved with
 * `moveBefore()`, which keeps its document; a browser without it reloads the frame, from the HTTP
 * cache — and hands it the session's client token by message (src/bridge/frame.ts checks the
 * page against the session's allowed origins before it reads or shows anything).
 *
 * A prepared frame serves one open: once taken it is never prepared again, and the next one is a
 * fresh document (the loader prepares it when the widget that used the last one ends).
 */
import { FRAME_CSS, frameElement } from './presentation.ts';

let prepared: HTMLIFrameElement | undefined;

export function preload(origin: string | undefined): void {
  if (!origin || prepared?.isConnected) return;
  const frame = frameElement(`${origin}/flow/warm`);
  // Out of the tab order and the accessibility tree until it is shown.
  frame.inert = true;
  // Through the CSSOM: the partner page's CSP need not allow inline styles.
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  document.body.append(frame);
  prepared = frame;
}

/** The prepared frame of `origin`, if there is one in the page, made visible; it is no longer prepared. */
export function takePrepared(origin: string): HTMLIFrameElement | undefined {
  const frame = prepared;
  if (!frame?.isConnected || !frame.src.startsWith(`${origin}/`)) return undefined;
  prepared = undefined;
  frame.inert = false;
  frame.style.cssText = FRAME_CSS;
  return frame;
}
