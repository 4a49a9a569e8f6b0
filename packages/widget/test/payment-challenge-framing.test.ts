/**
 * The 3-D Secure step's framing rules, checked in Node: a challenge page that announces itself
 * stays in the frame; a frame that loads without the announcement, or never loads, is treated as
 * refused (once) so the step offers the page in its own window; only the challenge's own frame
 * and origin can announce it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHALLENGE_READY_TYPE,
  challengeOriginOf,
  FramingWatch,
  isChallengeReady,
} from '../src/flow/steps/payment-challenge/framing-watch.ts';

const ORIGIN = 'https://processor.example';
const frame = { name: 'challenge frame' };
const READY = { type: CHALLENGE_READY_TYPE, version: 1 };

describe('isChallengeReady', () => {
  it('accepts the versioned notice from the challenge frame on the processor origin', () => {
    expect(isChallengeReady({ origin: ORIGIN, source: frame, data: READY }, ORIGIN, frame)).toBe(true);
  });

  it.each([
    ['another origin', { origin: 'https://evil.example', source: frame, data: READY }],
    ['another window', { origin: ORIGIN, source: { name: 'other' }, data: READY }],
    ['another message type', { origin: ORIGIN, source: frame, data: { type: 'finlet.other', version: 1 } }],
    ['an unknown version', { origin: ORIGIN, source: frame, data: { ...READY, version: 2 } }],
    ['a string body', { origin: ORIGIN, source: frame, data: CHALLENGE_READY_TYPE }],
    ['no body', { origin: ORIGIN, source: frame, data: null }],
  ])('ignores %s', (_, event) => {
    expect(isChallengeReady(event, ORIGIN, frame)).toBe(false);
  });

  it('ignores everything while there is no frame (window mode)', () => {
    expect(isChallengeReady({ origin: ORIGIN, source: null, data: READY }, ORIGIN, null)).toBe(false);
  });
});

describe('challengeOriginOf', () => {
  it('gives the origin of an http(s) challenge URL and nothing for other schemes', () => {
    expect(challengeOriginOf('https://processor.example:8443/3ds/pi_1?x=1')).toBe(
      'https://processor.example:8443',
    );
    expect(challengeOriginOf('javascript:alert(1)')).toBeNull();
    expect(challengeOriginOf('not a url')).toBeNull();
  });
});

describe('FramingWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a page that announces itself after loading in the frame', () => {
    const onRefused = vi.fn();
    const watch = new FramingWatch({ onRefused });
    watch.loaded();
    vi.advanceTimersByTime(200);
    watch.ready();
    vi.advanceTimersByTime(60_000);
    expect(onRefused).not.toHaveBeenCalled();
    expect(watch.state).toBe('framed');
  });

  it('treats a load without the notice within 1.5 s as a refused frame, once', () => {
    const onRefused = vi.fn();
    const watch = new FramingWatch({ onRefused });
    watch.loaded();
    vi.advanceTimersByTime(1499);
    expect(onRefused).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(watch.state).toBe('refused');
    watch.loaded();
    watch.ready();
    vi.advanceTimersByTime(60_000);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(watch.state).toBe('refused');
  });

  it('does not restart the window on later loads (a retried code reloads the page)', () => {
    const onRefused = vi.fn();
    const watch = new FramingWatch({ onRefused, afterLoadMs: 1000 });
    watch.loaded();
    vi.advanceTimersByTime(800);
    watch.loaded();
    vi.advanceTimersByTime(200);
    expect(onRefused).toHaveBeenCalledTimes(1);
  });

  it('treats a frame that never loads as refused after the overall limit', () => {
    const onRefused = vi.fn();
    new FramingWatch({ onRefused, overallMs: 5000 });
    vi.advanceTimersByTime(4999);
    expect(onRefused).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRefused).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped (the step closed)', () => {
    const onRefused = vi.fn();
    const watch = new FramingWatch({ onRefused });
    watch.loaded();
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(onRefused).not.toHaveBeenCalled();
    expect(watch.state).toBe('stopped');
  });
});
