/**
 * The frame end of the hand-off (`FrameBridge`): a frame loaded with no session (the loader's
 * prepared frame, which any page may frame) takes the session's client token from its direct
 * parent's `init`, once, for one session; and it answers, shows and sends nothing until the
 * session's allowed origins are known and the parent — and, where the browser lists them, every
 * page above it — is among them.
 */
import type { HostToFrame } from '@finlet/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameBridge } from './frame.ts';

const SHOP = 'https://shop.example';
const EVIL = 'https://evil.example';

/** A client token as the loader reads it: only its `sub` claim matters to the frame. */
const tokenFor = (sub?: string) => `h.${btoa(JSON.stringify(sub ? { sub } : {}))}.s`;

const frames: HTMLIFrameElement[] = [];
/** A real window (a MessageEvent's source must be one) whose posts are recorded. */
function realWindow() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow!;
  const posted = vi.spyOn(win, 'postMessage').mockImplementation(() => {});
  return { win, posted };
}
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** The frame's own window: its parent, and the ancestors the browser lists. */
function frameWindow(parent: Window, ancestors: string[]) {
  return Object.assign(new EventTarget(), {
    parent,
    location: { ancestorOrigins: ancestors },
  }) as unknown as Window;
}

function setup({ ancestors = [SHOP], session }: { ancestors?: string[]; session?: string } = {}) {
  const parent = realWindow();
  const win = frameWindow(parent.win, ancestors);
  const seen = { handoffs: [] as string[], inits: [] as unknown[], rejected: [] as string[] };
  const bridge = new FrameBridge(
    {
      onInit: (init) => seen.inits.push(init),
      onClose: () => {},
      onOriginRejected: (origin) => seen.rejected.push(origin),
      onHandoff: (token) => seen.handoffs.push(token),
    },
    win,
    session,
  );
  const deliver = (
    body: Omit<Extract<HostToFrame, { type: 'init' }>, 'ns' | 'v'>,
    origin = SHOP,
    source = parent.win,
  ) =>
    win.dispatchEvent(new MessageEvent('message', { data: { ns: 'finlet', v: 1, ...body }, origin, source }));
  return { bridge, seen, deliver, posted: parent.posted };
}

describe('the hand-off', () => {
  it('takes the token from the parent, then stays silent until the session shows the parent is allowed', () => {
    const { bridge, seen, deliver, posted } = setup();
    deliver({ type: 'init', token: tokenFor('ses_a'), locale: 'es' });
    expect(seen.handoffs).toEqual([tokenFor('ses_a')]);
    // Nothing read from the session yet: no answer, no screen.
    expect(posted).not.toHaveBeenCalled();
    expect(seen.inits).toEqual([]);

    bridge.allowOrigins([SHOP]);
    expect(posted).toHaveBeenCalledWith({ ns: 'finlet', v: 1, type: 'ready' }, SHOP);
    expect(seen.inits).toMatchObject([{ type: 'init', locale: 'es' }]);
    expect(bridge.hostOrigin).toBe(SHOP);
  });

  it('refuses a parent outside the allowed origins: origin_not_allowed, nothing sent to it', () => {
    const { bridge, seen, deliver, posted } = setup({ ancestors: [EVIL] });
    deliver({ type: 'init', token: tokenFor('ses_a') }, EVIL);
    bridge.allowOrigins([SHOP]);
    bridge.send({ type: 'resize', height: 100 });
    expect(seen.rejected).toEqual([EVIL]);
    expect(seen.inits).toEqual([]);
    expect(posted).not.toHaveBeenCalled();
  });

  it('refuses an allowed parent framed by a page that is not (every ancestor origin is checked)', () => {
    const { bridge, seen, deliver, posted } = setup({ ancestors: [SHOP, EVIL] });
    deliver({ type: 'init', token: tokenFor('ses_a') });
    bridge.allowOrigins([SHOP]);
    expect(seen.rejected).toEqual([SHOP]);
    expect(seen.inits).toEqual([]);
    expect(posted).not.toHaveBeenCalled();
  });

  it('accepts an allowed parent inside allowed pages', () => {
    const { bridge, seen, deliver } = setup({ ancestors: [SHOP, 'https://checkout.example'] });
    deliver({ type: 'init', token: tokenFor('ses_a') });
    bridge.allowOrigins([SHOP, 'https://checkout.example']);
    expect(seen.rejected).toEqual([]);
    expect(seen.inits).toHaveLength(1);
  });

  it('ignores a hand-off from any window but its direct parent', () => {
    const { seen, deliver } = setup();
    const stranger = realWindow();
    deliver({ type: 'init', token: tokenFor('ses_a') }, SHOP, stranger.win);
    expect(seen.handoffs).toEqual([]);
  });

  it('takes one session in its lifetime: a second hand-off for another session is refused', () => {
    const { bridge, seen, deliver } = setup();
    deliver({ type: 'init', token: tokenFor('ses_a') });
    deliver({ type: 'init', token: tokenFor('ses_b'), locale: 'fr' });
    expect(seen.handoffs).toEqual([tokenFor('ses_a')]);
    bridge.allowOrigins([SHOP]);
    // The refused init is not the one applied either.
    expect(seen.inits).toMatchObject([{ token: tokenFor('ses_a') }]);
  });

  it('refuses a token for another session than the one its address names, and a token that names none', () => {
    const { seen, deliver } = setup({ session: 'ses_a' });
    deliver({ type: 'init', token: tokenFor('ses_b') });
    deliver({ type: 'init', token: tokenFor() });
    expect(seen.handoffs).toEqual([]);
    deliver({ type: 'init', token: tokenFor('ses_a') });
    expect(seen.handoffs).toEqual([tokenFor('ses_a')]);
  });
});
