/**
 * The host end of the protocol (docs/architecture.md §4), running on the partner's page inside the loader.
 * It talks to exactly one iframe at one origin F: every send names F as target origin, and every
 * received message is checked for sender window, then shape (zod-free guard: the loader has a
 * 3 KB budget), then origin, before anything reads it.
 */
import type { FrameToHost, HostToFrameBody } from '@finlet/shared';
// Imported by path: the package index would drag zod into the loader.
import { isFrameToHost } from '@finlet/shared/protocol-guard';

export interface HostBridge {
  send(body: HostToFrameBody): void;
  dispose(): void;
}

export function connectHost(
  iframe: HTMLIFrameElement,
  frameOrigin: string,
  init: HostToFrameBody,
  receive: (message: FrameToHost) => void,
): HostBridge {
  const send = (body: HostToFrameBody) =>
    iframe.contentWindow?.postMessage({ ns: 'finlet', v: 1, ...body }, frameOrigin);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow) return;
    if (!isFrameToHost(event.data)) return;
    if (event.origin !== frameOrigin) return;
    receive(event.data);
  };
  // Each load (first one, or the frame navigating back after a redirect) starts a new handshake;
  // a frame already loaded (the prepared one) gets it at once. The frame takes the first it hears.
  const onLoad = () => send(init);
  addEventListener('message', onMessage);
  iframe.addEventListener('load', onLoad);
  onLoad();
  return {
    send,
    dispose() {
      removeEventListener('message', onMessage);
      iframe.removeEventListener('load', onLoad);
    },
  };
}
