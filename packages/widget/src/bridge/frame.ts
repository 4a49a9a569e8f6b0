/**
 * The frame end of the protocol (docs/architecture.md §4), inside the iframe on Finlet's origin. It accepts the
 * host's `init` only from `window.parent`, only if well-formed, and only from one of the session's
 * allowed origins (waiting for the session if it has not loaded yet) — and, where the browser
 * tells (Chromium's `location.ancestorOrigins`), only if every page above the frame is one too.
 * From then on every message goes to that origin and no other; before that, nothing is sent
 * (messages wait in a queue). A fresh client token (`token`, the answer to `token_expired`) is
 * taken only from that host.
 *
 * The hand-off: `init` carries the session's client token, so a frame loaded before there was a
 * session (the loader's prepared frame, whose policy lets any page frame it) becomes that
 * session's widget without the token ever being in a URL. A frame belongs to one session for its
 * lifetime: the first token handed over (or the session in its URL) binds it, and an `init` for
 * another session is ignored.
 */
import type { FrameToHostBody, HostToFrame, WidgetEventName } from '@finlet/shared';
// Imported by path: the package index would drag every zod schema into the first screen.
import { isHostToFrame } from '@finlet/shared/protocol-guard';
import { readTokenClaims } from '../loader/token.ts';

type Init = Extract<HostToFrame, { type: 'init' }>;

export interface FrameBridgeCallbacks {
  /** The host passed every check: its locale and appearance may be applied. */
  onInit(init: Init): void;
  /** The host asked to stop (its `close()`); it waits for the flow's `success` or `exit`. */
  onClose(): void;
  /** The embedding page is not one of the session's allowed origins. */
  onOriginRejected(origin: string): void;
  /** The host handed over the session's client token (the first `init` that carries one). */
  onHandoff(token: string): void;
}

export class FrameBridge {
  #hostOrigin: string | undefined;
  #allowed: readonly string[] | 'any' | undefined;
  #pending: { init: Init; origin: string } | undefined;
  #queue: FrameToHostBody[] = [];
  #closed = false;
  #finished = false;
  #tokenWaiters: ((token: string | undefined) => void)[] = [];
  #handedOff = false;

  /** `session`: the session this frame is for, when its URL names one; else the first handed over. */
  constructor(
    private readonly callbacks: FrameBridgeCallbacks,
    private readonly win: Window = window,
    private session?: string,
  ) {
    win.addEventListener('message', this.#onMessage);
  }

  /** True when there is no host at all (the flow opened as a top-level page). */
  get standalone(): boolean {
    return this.win.parent === this.win;
  }

  get hostOrigin(): string | undefined {
    return this.#hostOrigin;
  }

  /** The session loaded: from now on `init` origins are checked against its allowed origins. */
  allowOrigins(origins: readonly string[]): void {
    this.#allowed = origins;
    if (this.#pending) this.#accept(this.#pending.init, this.#pending.origin);
  }

  /**
   * The session cannot be read (bad token, expired, canceled), so its allowed origins are unknown.
   * The host is still owed its `exit`: accept the embedding page's origin as it is. The server's
   * `frame-ancestors` header, set from `?session=`, has already limited which pages can embed us,
   * and all that is disclosed is why the flow ended.
   */
  allowAnyOriginToReportFailure(): void {
    this.#allowed = 'any';
    if (this.#pending) this.#accept(this.#pending.init, this.#pending.origin);
  }

  send(body: FrameToHostBody): void {
    if (this.#closed || this.#finished || this.standalone) return;
    if (!this.#hostOrigin) this.#queue.push(body);
    else this.#post(body, this.#hostOrigin);
  }

  #post(body: FrameToHostBody, origin: string): void {
    this.win.parent.postMessage({ ns: 'finlet', v: 1, ...body }, origin);
  }

  event(name: WidgetEventName, metadata: Record<string, unknown> = {}): void {
    this.send({ type: 'event', name, at: new Date().toISOString(), metadata });
  }

  /** After `exit`/`success` the host removes the frame; nothing more is sent. */
  finish(body: FrameToHostBody): void {
    this.send(body);
    this.#finished = true;
    // If the handshake has not happened yet, keep listening: the queue (with this message) is
    // delivered when it does.
    if (this.#hostOrigin) this.close();
  }

  /**
   * Asks the host page for a fresh client token (its `onTokenExpired`). Resolves with the token, or
   * undefined when there is no host to ask, it has none, or it does not answer within `waitMs`.
   */
  requestToken(waitMs: number): Promise<string | undefined> {
    if (!this.#hostOrigin || this.#closed || this.#finished) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => answer(undefined), waitMs);
      const answer = (token: string | undefined) => {
        clearTimeout(timer);
        this.#tokenWaiters = this.#tokenWaiters.filter((w) => w !== answer);
        resolve(token);
      };
      this.#tokenWaiters.push(answer);
      this.send({ type: 'token_expired' });
    });
  }

  /** Stops listening and sending (the host closed, or the flow ended). */
  close(): void {
    this.#closed = true;
    this.win.removeEventListener('message', this.#onMessage);
    for (const answer of [...this.#tokenWaiters]) answer(undefined);
  }

  #onMessage = (event: MessageEvent) => {
    if (event.source !== this.win.parent || this.standalone) return;
    if (!isHostToFrame(event.data)) return;
    const message = event.data;
    if (message.type === 'close') {
      if (event.origin === this.#hostOrigin) this.callbacks.onClose();
      return;
    }
    if (message.type === 'token') {
      if (event.origin === this.#hostOrigin)
        for (const answer of [...this.#tokenWaiters]) answer(message.token);
      return;
    }
    if (message.token) {
      const sub = readTokenClaims(message.token).sub;
      // One session per frame: a second one (or a token that names none) is refused outright.
      if (!sub || (this.session ?? sub) !== sub) return;
      this.session = sub;
      if (!this.#handedOff) {
        this.#handedOff = true;
        this.callbacks.onHandoff(message.token);
      }
    }
    if (this.#allowed) this.#accept(message, event.origin);
    else this.#pending = { init: message, origin: event.origin };
  };

  /** The host and every page above it (where the browser tells) are among the allowed origins. */
  #allowedHere(origin: string): boolean {
    const allowed = this.#allowed;
    if (allowed === 'any') return true;
    const above = [origin, ...Array.from(this.win.location.ancestorOrigins ?? [])];
    return above.every((o) => allowed?.includes(o));
  }

  #accept(init: Init, origin: string): void {
    this.#pending = undefined;
    if (!this.#allowedHere(origin)) {
      this.callbacks.onOriginRejected(origin);
      return;
    }
    // The first accepted origin is the host for the frame's lifetime.
    if (this.#hostOrigin !== undefined && this.#hostOrigin !== origin) return;
    const first = this.#hostOrigin === undefined;
    this.#hostOrigin = origin;
    this.#post({ type: 'ready' }, origin);
    if (!first) return;
    for (const body of this.#queue.splice(0)) this.#post(body, origin);
    if (this.#finished) this.close();
    else this.callbacks.onInit(init);
  }
}
