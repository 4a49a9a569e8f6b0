/**
 * The loader's prepared frame (`preload`): one hidden frame of Finlet's origin loading the flow's
 * scripts (`/flow/warm`), out of sight, out of the tab order and the accessibility tree, carrying
 * no session and no token; prepared again only when the page has taken it out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { preload } from './preload.ts';

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
    expect(frame!.getAttribute('aria-hidden')).toBe('true');
    expect(frame!.tabIndex).toBe(-1);
    // Unlike the widget's frame, it is delegated neither the camera nor payments.
    expect(frame!.allow).toBe('');
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
});
