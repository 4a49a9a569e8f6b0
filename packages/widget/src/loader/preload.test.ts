/**
 * The loader's prepared frame (`preload`): one hidden frame of Finlet's origin loading the flow
 * (`/flow/warm`), out of sight, out of the tab order and the accessibility tree (inert), carrying
 * no session and no token; prepared again only when the page has taken it out. `open()` takes it
 * (`takePrepared`) once: shown as the widget's frame, and never handed out again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { preload, takePrepared } from './preload.ts';
import { frameElement } from './presentation.ts';

const ORIGIN = 'https://finlet.example';
const prepared = () => [...document.querySelectorAll('iframe')].filter((f) => f.src.endsWith('/flow/warm'));

afterEach(() => {
  for (const f of document.querySelectorAll('iframe')) f.remove();
});

describe('preload', () => {
  it("adds one hidden frame of Finlet's origin that loads /flow/warm and nothing of a session", () => {
    preload(ORIGIN);
    const [frame, ...more] = prepared();
    expect(more).toEqual([]);
    expect(frame!.src).toBe(`${ORIGIN}/flow/warm`);
    expect(frame!.inert).toBe(true);
    // It becomes the widget's frame without loading again, so it is delegated what that one is.
    expect(frame!.allow).toBe('camera; payment');
    const box = frame!.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([0, 0]);
    expect(getComputedStyle(frame!).visibility).toBe('hidden');
    // Nothing shifts on the page: the frame takes no room in the flow of the document.
    expect(getComputedStyle(frame!).position).toBe('absolute');
  });

  it('prepares once however often it is asked, and again after the page removed the frame', () => {
    preload(ORIGIN);
    preload(ORIGIN);
    expect(prepared()).toHaveLength(1);
    prepared()[0]!.remove();
    preload(ORIGIN);
    expect(prepared()).toHaveLength(1);
  });

  it('prepares nothing without an http(s) origin (a bundle that could not tell where Finlet is)', () => {
    preload(undefined);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('is taken once, visible and no longer inert, and the next is a new frame', () => {
    preload(ORIGIN);
    const [frame] = prepared();
    expect(takePrepared(ORIGIN)).toBe(frame);
    expect(frame!.inert).toBe(false);
    // Styled as a frame `open()` makes itself.
    expect(frame!.style.cssText).toBe(frameElement(`${ORIGIN}/flow/`).style.cssText);
    expect(takePrepared(ORIGIN)).toBeUndefined();
    preload(ORIGIN);
    const [, next] = prepared();
    expect(next).toBeDefined();
    expect(next).not.toBe(frame);
  });

  it('is not handed to a widget of another Finlet origin, nor once the page removed it', () => {
    preload(ORIGIN);
    expect(takePrepared('https://other.example')).toBeUndefined();
    prepared()[0]!.remove();
    expect(takePrepared(ORIGIN)).toBeUndefined();
  });
});
