/**
 * `Finlet.open()`: finds the Finlet origin F, shows the prepared frame (./preload.ts) — or, when
 * there is none, inserts `F/flow/?session=…` — inline or in a modal, hands it the client token in
 * the handshake's `init` (never in a URL), and relays the frame's messages to callbacks and DOM
 * events. One
 * widget at a time: opening again while one is open returns the open one's handle. When it ends
 * (exit, success or close()) everything it added — frame, dialog, listeners — is removed.
 * `close()` hides the widget at once but lets the frame answer before removing it: a session that
 * completed (the user paid, then closed instead of pressing Continue) ends in `onSuccess`.
 *
 * A frame that never says `ready` cannot say why: the browser refused to frame it (the page is not
 * one of the session's allowed origins, so `frame-ancestors` blocks it), or its token or session is
 * unusable (an unknown session has no allowed origins at all). After READY_MS the loader asks the
 * server why (./embedding.ts) and ends with the matching `onExit` status — or keeps waiting when
 * the server says the page may embed it (the frame is only slow).
 * When the client token expires while the widget is open, the frame asks for a fresh one: the page's
 * `onTokenExpired` gives it, and the frame retries the call that failed.
 */
import type { FrameToHost } from '@finlet/shared';
import { connectHost } from '../bridge/host.ts';
import { FinletEventEvent } from '../events/event.ts';
import { FinletExitEvent } from '../events/exit.ts';
import { FinletSuccessEvent } from '../events/success.ts';
import type { FinletExit, FinletSuccess } from '../events/types.ts';
import { embeddingVerdict } from './embedding.ts';
import type { FinletHandle, FinletOpenOptions } from './options.ts';
import { preload, takePrepared } from './preload.ts';
import { frameElement, type Presentation, presentInline, presentModal } from './presentation.ts';
import { originOf, readTokenClaims } from './token.ts';

/** How long a closed widget waits for the frame's answer before it reports `user_exit` by itself. */
const CLOSE_ANSWER_MS = 10_000;
/** How long the frame may take to say `ready` before the loader asks the server why it has not. */
const READY_MS = 3_000;
/** How much longer a silent frame gets when the server could not be asked why. */
const GIVE_UP_MS = 12_000;

let scriptOrigin: string | undefined;
let current: FinletHandle | undefined;

/** Set by the script-tag build from `document.currentScript.src`; bundler users rely on the token's `iss`. */
export function setFinletOrigin(origin: string | undefined): void {
  scriptOrigin = origin;
}

export interface OpenTarget {
  /** Where DOM events are dispatched (the `<finlet-widget>` element), if anywhere. */
  events?: EventTarget;
  /** Shadow root the modal dialog is placed in; without it a private one is made on <body>. */
  modalRoot?: ShadowRoot;
}

export function open(options: FinletOpenOptions, target: OpenTarget = {}): FinletHandle {
  if (current) return current;
  const claims = readTokenClaims(options.token ?? '');
  const origin = scriptOrigin ?? originOf(claims.iss);
  const exit = (result: FinletExit) => {
    options.onExit?.(result);
    target.events?.dispatchEvent(new FinletExitEvent(result));
  };
  // Not a client token at all (no session in it): no frame could ever load for it.
  if (!origin || typeof claims.sub !== 'string') {
    queueMicrotask(() => exit({ status: 'invalid_token' }));
    return { close() {} };
  }

  const prepared = takePrepared(origin);
  const iframe = prepared ?? frameElement(`${origin}/flow/?session=${encodeURIComponent(claims.sub)}`);
  let ended = false;
  let ready = false;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;
  let ownHost: HTMLElement | undefined;
  let presentation: Presentation;

  const end = () => {
    ended = true;
    clearTimeout(answerTimer);
    clearTimeout(readyTimer);
    bridge.dispose();
    presentation.remove();
    ownHost?.remove();
    if (current === handle) current = undefined;
    // The used frame is gone with its session; the next open gets a fresh one.
    if (prepared) preload(origin);
  };
  const receive = (m: FrameToHost) => {
    if (ended) return;
    if (m.type === 'ready') {
      ready = true;
      clearTimeout(readyTimer);
      options.onLoad?.();
    } else if (m.type === 'token_expired') void renewToken();
    else if (m.type === 'resize') presentation.resize(m.height);
    else if (m.type === 'event') {
      const activity = { name: m.name, at: m.at, metadata: m.metadata ?? {} };
      options.onEvent?.(activity);
      target.events?.dispatchEvent(new FinletEventEvent(activity));
    } else if (m.type === 'success' || m.type === 'exit') {
      end();
      // The payload is the message without the protocol's envelope (the frame is Finlet's own).
      const { ns, v, type, ...result } = m;
      if (type === 'exit') exit(result as FinletExit);
      else {
        options.onSuccess?.(result as FinletSuccess);
        target.events?.dispatchEvent(new FinletSuccessEvent(result as FinletSuccess));
      }
    }
  };
  // Asked only while the frame is silent: an answer that it may embed here means it is just slow.
  // With no answer at all (Finlet down, or the page's CSP has no connect-src for it) the frame gets
  // GIVE_UP_MS more, then the page is told it could not be reached.
  const whyNotReady = async (lastTry: boolean) => {
    const verdict = await embeddingVerdict(origin, options.token);
    if (ended || ready || verdict === 'embeddable') return;
    if (verdict === 'unreachable' && !lastTry) {
      readyTimer = setTimeout(() => void whyNotReady(true), GIVE_UP_MS);
      return;
    }
    end();
    exit(
      verdict === 'unreachable'
        ? { status: 'error', error: { code: 'network', message: `${origin} could not be reached.` } }
        : verdict,
    );
  };
  let readyTimer = setTimeout(() => void whyNotReady(false), READY_MS);
  const renewToken = async () => {
    let token: string | undefined;
    try {
      token = (await options.onTokenExpired?.()) || undefined;
    } catch {
      // No token: the frame ends with `expired`, as it would without onTokenExpired.
    }
    if (!ended) bridge.send({ type: 'token', token });
  };

  const handle: FinletHandle = {
    close() {
      if (ended || answerTimer !== undefined) return;
      bridge.send({ type: 'close' });
      // A frame that never answered the handshake (or was taken out of the page) cannot answer.
      if (!ready || !iframe.isConnected) {
        end();
        exit({ status: 'user_exit' });
        return;
      }
      // The frame answers `success` if the session completed, else `exit`; it keeps running
      // hidden until then. Without an answer in time the page is told the user left.
      presentation.hide();
      if (current === handle) current = undefined;
      answerTimer = setTimeout(() => {
        if (ended) return;
        end();
        exit({ status: 'user_exit' });
      }, CLOSE_ANSWER_MS);
    },
  };

  const init = {
    type: 'init' as const,
    token: options.token,
    locale: options.locale,
    appearance: stringValues(options.appearance),
  };
  const bridge = connectHost(iframe, origin, init, receive);
  const container =
    typeof options.container === 'string' ? document.querySelector(options.container) : options.container;
  if (container) {
    presentation = presentInline(iframe, container);
  } else {
    let root = target.modalRoot;
    if (!root) {
      ownHost = document.createElement('div');
      document.body.append(ownHost);
      root = ownHost.attachShadow({ mode: 'open' });
    }
    presentation = presentModal(iframe, root, () => handle.close());
  }
  current = handle;
  return handle;
}

/** The protocol carries appearance as a string map; drop anything else a caller passed. */
function stringValues(o: object | undefined): Record<string, string> | undefined {
  if (!o) return undefined;
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string'));
}
