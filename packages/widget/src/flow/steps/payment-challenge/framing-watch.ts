/**
 * Tells a shown 3-D Secure page from a refused frame. A browser that refuses a frame
 * (`X-Frame-Options`, CSP `frame-ancestors`) still fires the iframe's `load`, for its own error
 * page, and the parent cannot look inside a cross-origin frame. So the processor's page announces
 * itself with a small versioned message (`{ type: 'finlet.challenge.ready', version: 1 }`), and
 * `FramingWatch` decides: ready → framed; `load` without ready within `afterLoadMs`, or no `load`
 * at all within `overallMs` → refused, and the step offers the page in its own window.
 * Pure (timers injectable) so the rules run in Node tests.
 */

export const CHALLENGE_READY_TYPE = 'finlet.challenge.ready';

export interface ReadyMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * A ready notice counts only from the challenge's own origin and from the frame this step made —
 * another frame or window cannot talk the step out of its fallback (or into a false "ready").
 */
export function isChallengeReady(e: ReadyMessage, challengeOrigin: string, frame: unknown): boolean {
  if (!frame || e.source !== frame || e.origin !== challengeOrigin) return false;
  const data = e.data as { type?: unknown; version?: unknown } | null;
  return typeof data === 'object' && data?.type === CHALLENGE_READY_TYPE && data.version === 1;
}

/** The challenge URL's origin, or null for a URL that is not http(s) (never framed, never trusted). */
export function challengeOriginOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
}

export interface FramingWatchOptions {
  /** How long after the frame's `load` the ready notice may take. */
  afterLoadMs?: number;
  /** How long the frame may take to load at all. */
  overallMs?: number;
  onRefused: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export type FramingState = 'watching' | 'framed' | 'refused' | 'stopped';

export class FramingWatch {
  #state: FramingState = 'watching';
  #afterLoad: unknown;
  #overall: unknown;
  readonly #o: Required<FramingWatchOptions>;

  constructor(o: FramingWatchOptions) {
    this.#o = {
      afterLoadMs: 1500,
      overallMs: 10_000,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...o,
    };
    this.#overall = this.#o.setTimer(() => this.#refuse(), this.#o.overallMs);
  }

  get state(): FramingState {
    return this.#state;
  }

  /** The iframe fired `load` (the challenge page, or the browser's page for a refused frame). */
  loaded(): void {
    if (this.#state !== 'watching' || this.#afterLoad !== undefined) return;
    this.#afterLoad = this.#o.setTimer(() => this.#refuse(), this.#o.afterLoadMs);
  }

  /** The challenge page's ready notice arrived: it is shown, stop watching. */
  ready(): void {
    if (this.#state !== 'watching') return;
    this.#state = 'framed';
    this.#clear();
  }

  stop(): void {
    if (this.#state === 'watching') this.#state = 'stopped';
    this.#clear();
  }

  #refuse() {
    if (this.#state !== 'watching') return;
    this.#state = 'refused';
    this.#clear();
    this.#o.onRefused();
  }

  #clear() {
    if (this.#afterLoad !== undefined) this.#o.clearTimer(this.#afterLoad);
    this.#o.clearTimer(this.#overall);
  }
}
