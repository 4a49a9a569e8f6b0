/**
 * Prepares the widget before `open()`, as payment SDKs do: a hidden, zero-size frame of Finlet's
 * origin loading `F/flow/warm` — the flow page's scripts and stylesheet without its app. A first
 * visit then spends its slow part (a new renderer process for F, the connection, fetching and
 * compiling the module graph) while the shopper is still reading the page; the real frame that
 * `open()` inserts lands in the same process and finds every script in the HTTP cache, which the
 * browser keys by page and frame origin alike for both frames.
 *
 * Why the real frame is not this one, handed the session by message: its document's policy is the
 * session's — `frame-ancestors` from the session's allowed origins, the partner's card processor in
 * `frame-src`/`connect-src` — and a document loaded before there is a session cannot carry it.
 * The prepared frame holds no session and no token, so one open never leaks into the next, and it
 * stays in the page for every later open.
 */
import { frameElement } from './presentation.ts';

let prepared: HTMLIFrameElement | undefined;

export function preload(origin: string | undefined): void {
  if (!origin || prepared?.isConnected) return;
  const frame = frameElement(`${origin}/flow/warm`);
  frame.tabIndex = -1;
  // It uses no camera and takes no payment: it is delegated neither.
  frame.allow = '';
  frame.setAttribute('aria-hidden', 'true');
  // Through the CSSOM: the partner page's CSP need not allow inline styles.
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  document.body.append(frame);
  prepared = frame;
}
