/** The options of `Finlet.open()` and the handle it returns: the public loader API. */
import type { FinletActivity, FinletExit, FinletSuccess } from '../events/types.ts';

export interface FinletAppearance {
  theme?: 'light' | 'dark' | 'auto';
  /** `#rrggbb` */
  color_primary?: string;
  /** e.g. `8px` */
  radius?: string;
  font_family?: string;
}

export interface FinletOpenOptions {
  /** The session's client token, from your server (`POST /v1/sessions` → `client_token`). */
  token: string;
  /** Render inline in this element (or the element matched by this selector); without it, a modal dialog. */
  container?: Element | ShadowRoot | string;
  locale?: string;
  appearance?: FinletAppearance;
  onSuccess?: (result: FinletSuccess) => void;
  onExit?: (exit: FinletExit) => void;
  onEvent?: (activity: FinletActivity) => void;
  /** The frame answered the handshake: the flow is running. */
  onLoad?: () => void;
  /**
   * The client token expired while the widget is open (a token lives at most 30 minutes; a session
   * may live longer). Return a fresh one — your server gets it from
   * `POST /v1/sessions/:id/client_token` — and the widget carries on where it was. Without it, or
   * when it throws or returns nothing, the widget ends with `onExit({ status: 'expired' })`.
   */
  onTokenExpired?: () => string | Promise<string>;
}

export interface FinletHandle {
  /**
   * Closes the widget at once and tells the frame, which answers how the session ended: `onSuccess`
   * with the result token if it completed (the user paid, then closed instead of pressing
   * Continue), otherwise `onExit({ status: 'user_exit' })`.
   */
  close(): void;
}
