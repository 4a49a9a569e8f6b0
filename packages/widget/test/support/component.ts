/**
 * What the steps' component tests (beside each step, run in Chromium by the `widget:browser`
 * project) share: a widget API answered by a table of handlers instead of the network (the steps
 * take `api` as a property, so no module is mocked), mounting an element, reading through its
 * shadow roots, and collecting the events it sends up.
 */

import { type WidgetApi, WidgetApiError } from '../../src/flow/api/widget-api.ts';
import { type Area, type Language, localeReady, setLocale, useArea } from '../../src/i18n/i18n.ts';

type Handler = (body: unknown) => unknown;

export interface FakeApi extends WidgetApi {
  calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[];
}

/**
 * `routes`: `'GET /identity'` → the answer, or a function of the body; a `WidgetApiError` thrown
 * or returned is the failure the step sees. An unknown route fails the test loudly.
 */
export function fakeApi(routes: Record<string, unknown | Handler>): FakeApi {
  const calls: FakeApi['calls'] = [];
  const answer = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    calls.push({ method, path, body, headers });
    const key = `${method} ${path.split('?')[0]}`;
    if (!(key in routes)) throw new Error(`unexpected call ${key}`);
    const route = routes[key];
    const value = typeof route === 'function' ? (route as Handler)(body) : route;
    if (value instanceof WidgetApiError) throw value;
    return structuredClone(value);
  };
  return {
    calls,
    request: (path, init = {}) =>
      answer(init.method ?? 'GET', path, init.body ? JSON.parse(String(init.body)) : undefined) as never,
    post: (path, body = {}, options = {}) =>
      answer(
        'POST',
        path,
        body,
        options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {},
      ) as never,
    session: () => answer('GET', '/session', undefined) as never,
    complete: () => answer('POST', '/session/complete', {}) as never,
  };
}

/** Sets the locale and loads the messages of `areas` before a step renders. */
export async function useLocale(lang: Language | string, ...areas: Area[]): Promise<void> {
  setLocale(lang);
  await Promise.all(areas.map((area) => useArea(area)));
  await localeReady();
}

/** The light palette `<finlet-app>` gives its steps (theme/theme.ts), on the test page's root. */
function palette(): void {
  if (document.getElementById('finlet-palette')) return;
  const style = document.createElement('style');
  style.id = 'finlet-palette';
  style.textContent = `:root { --finlet-color-background: #ffffff; --finlet-color-surface: #f3f4f7;
    --finlet-color-text: #1a1d23; --finlet-color-text-muted: #4b5262; --finlet-color-border: #d3d7df;
    --finlet-color-primary: #2452d6; --finlet-color-on-primary: #ffffff; --finlet-color-danger: #b42318;
    --finlet-radius: 8px; font-family: system-ui, sans-serif; }`;
  document.head.append(style);
}

export async function mount<T extends HTMLElement>(
  tag: string,
  props: Record<string, unknown> = {},
): Promise<T> {
  palette();
  document.body.replaceChildren();
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  document.body.append(el);
  await settle(el);
  return el;
}

/** Waits until the element (and the elements in its shadow root) have rendered. */
export async function settle(el: Element, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const pending = [el, ...deepAll(el, '*')].map(
      (e) => (e as { updateComplete?: Promise<unknown> }).updateComplete,
    );
    await Promise.all(pending.filter(Boolean));
  }
}

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    const scope = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el);
    }
  };
  walk(root);
  return found;
}

export function deep<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const el = deepAll(root, selector)[0];
  if (!el) throw new Error(`no ${selector}`);
  return el as T;
}

/** The visible text of an element and its shadow content, whitespace collapsed. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element && getComputedStyle(child).display !== 'none') walk(child);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Records the events of `type` dispatched through `target`. */
export function collect<E extends Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (e) => seen.push(e as E));
  return seen;
}

/** A widget session as `GET /widget/v1/session` answers it. */
export function session(over: Record<string, unknown> = {}) {
  return {
    id: 'ses_test',
    status: 'open',
    partner: { name: 'Paper & Pine' },
    flows: ['identity', 'link', 'payment'],
    flow_states: {},
    payment: { amount: 2400, currency: 'EUR', description: 'Field Notebook' },
    allowed_origins: ['https://shop.example'],
    locale: null,
    appearance: null,
    customer_country: null,
    expires_at: '2099-01-01T00:00:00Z',
    frame_policy: 'shared',
    ...over,
  } as import('@finlet/shared').WidgetSession;
}
