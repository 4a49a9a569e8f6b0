/**
 * The shop's HTML, rendered on its server. `hono/html` escapes every interpolated value; pages
 * carry no inline script or style (the CSP forbids both): behaviour lives in `/assets/*.js`, data
 * a script needs travels in `data-*` attributes.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { PRODUCT } from './finlet.ts';
import type { ReceivedEvent } from './webhooks.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;
type Nav = 'shop' | 'element' | 'vue' | 'react' | 'webhooks' | 'order';

const NAV: [Nav, string, string][] = [
  ['shop', '/', 'Shop'],
  ['element', '/element', 'Markup embed'],
  ['vue', '/vue', 'Vue embed'],
  ['react', '/react', 'React embed'],
  ['webhooks', '/webhooks', 'Webhooks'],
];

const price = new Intl.NumberFormat('en-IE', { style: 'currency', currency: PRODUCT.currency }).format(
  PRODUCT.amount / 100,
);

export function layout(opts: {
  title: string;
  nav: Nav;
  finletUrl: string;
  scripts: string[];
  body: Html;
  module?: boolean;
}) {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${opts.title} · Paper &amp; Pine</title>
    <link rel="stylesheet" href="/assets/shop.css" />
    <script src="${opts.finletUrl}/widget.js" defer></script>
    ${opts.scripts.map((s) => html`<script src="${s}" ${opts.module ? html`type="module"` : html`defer`}></script>`)}
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site">
      <a class="brand" href="/">Paper &amp; Pine</a>
      <nav aria-label="Demo pages">
        <ul>
          ${NAV.map(([key, href, label]) => html`<li><a href="${href}" ${key === opts.nav ? html`aria-current="page"` : ''}>${label}</a></li>`)}
        </ul>
      </nav>
    </header>
    <main id="main">${opts.body}</main>
    <footer class="site">
      <p>A demo partner of <a href="https://github.com/finlet">Finlet</a>. Sandbox only: no real money moves.</p>
    </footer>
  </body>
</html>`;
}

export function productPage() {
  return html`
    <h1>Checkout demo</h1>
    <article class="product" aria-labelledby="product-name">
      <div class="product-art" aria-hidden="true"></div>
      <div class="product-info">
        <h2 id="product-name">${PRODUCT.name}</h2>
        <p>${PRODUCT.description}</p>
        <p class="price"><span class="visually-hidden">Price: </span>${price}</p>
        <form id="checkout-form" class="options" action="/" method="get">
          <fieldset>
            <legend>What checkout asks for</legend>
            <label><input type="checkbox" name="flows" value="identity" /> Verify identity</label>
            <label><input type="checkbox" name="flows" value="link" /> Link a bank account</label>
            <label><input type="checkbox" name="flows" value="payment" checked /> Pay ${price}</label>
          </fieldset>
          <div class="row">
            <label for="locale">Language</label>
            <select id="locale" name="locale">
              <option value="">Browser default</option>
              <option value="en">English</option>
              <option value="es">Español</option>
              <option value="ar">العربية</option>
            </select>
          </div>
          <div class="row">
            <label for="theme">Widget theme</label>
            <select id="theme" name="theme">
              <option value="auto">Follow system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </div>
          <button id="checkout" class="primary" type="submit">Checkout</button>
        </form>
        <p id="checkout-status" class="status" role="status" aria-live="polite"></p>
      </div>
    </article>
    <section aria-labelledby="activity-title" class="card">
      <h2 id="activity-title">Widget activity</h2>
      <p class="muted">What <code>onEvent</code> reported, newest last.</p>
      <ol id="event-log" class="log"></ol>
    </section>`;
}

export interface OrderView {
  sessionId: string;
  session: Record<string, unknown> | null;
  sessionError: string | null;
  verification: { valid: boolean; audience_checked: boolean; claims?: unknown; error?: string } | null;
  webhooks: readonly ReceivedEvent[];
}

const json = (v: unknown) => JSON.stringify(v, null, 2);

export function orderPage(o: OrderView) {
  const v = o.verification;
  return html`
    <h1>Order ${o.sessionId}</h1>
    <div class="grid" id="order" data-session-id="${o.sessionId}">
      <section class="card" aria-labelledby="browser-title">
        <h2 id="browser-title">What the page received</h2>
        <p class="muted">The <code>onSuccess</code> payload, as the widget handed it to this page.</p>
        <pre id="on-success" tabindex="0" aria-label="onSuccess payload">(not available in this tab)</pre>
      </section>
      <section class="card" aria-labelledby="server-title">
        <h2 id="server-title">What the shop's server saw</h2>
        <h3>Result token</h3>
        <p id="token-verdict" class="verdict ${v?.valid ? 'ok' : 'bad'}">
          ${
            !v
              ? 'No result token was sent to the server.'
              : v.valid
                ? `Signature verified against the JWKS${v.audience_checked ? ' (issuer, audience and subject checked)' : ' (issuer and subject checked)'}.`
                : `Verification failed: ${v.error}`
          }
        </p>
        ${v?.claims ? html`<pre id="token-claims" tabindex="0" aria-label="Result token claims">${json(v.claims)}</pre>` : ''}
        <h3>GET /v1/sessions/${o.sessionId}</h3>
        ${
          o.session
            ? html`<p>Status: <strong id="session-status">${String(o.session.status)}</strong></p>
                <pre id="session-json" tabindex="0" aria-label="Session">${json(o.session)}</pre>`
            : html`<p id="session-status" class="verdict bad">${o.sessionError}</p>`
        }
        <h3>Webhooks for this session</h3>
        <ul id="order-webhooks" class="log">
          ${o.webhooks.length ? o.webhooks.map((w) => html`<li><code>${w.event.type}</code> <span class="muted">${w.event.id}</span></li>`) : html`<li class="muted">None yet.</li>`}
        </ul>
      </section>
    </div>
    <p><a href="/">Back to the shop</a></p>`;
}

export function elementPage(token: string) {
  return html`
    <h1>Embedding with markup</h1>
    <p>This page has no checkout code: the server put a client token into a <code>&lt;finlet-widget mode="inline"&gt;</code> element, and a small script listens for its DOM events.</p>
    <div class="grid">
      <section class="card" aria-labelledby="widget-title">
        <h2 id="widget-title">Checkout</h2>
        <finlet-widget id="widget" mode="inline" token="${token}"></finlet-widget>
      </section>
      <section class="card" aria-labelledby="events-title">
        <h2 id="events-title">DOM events</h2>
        <p id="element-status" class="status" role="status" aria-live="polite">Waiting for the widget…</p>
        <ol id="event-log" class="log"></ol>
      </section>
    </div>`;
}

export function vuePage() {
  return html`
    <h1>Embedding from Vue</h1>
    <p>A Vue 3 component (render functions, no template compiler, so no <code>eval</code>) opens the widget inline in a container it owns.</p>
    <div id="vue-app" class="card"><p class="muted">Loading the Vue app…</p></div>`;
}

export function reactPage() {
  return html`
    <h1>Embedding from React</h1>
    <p>A React 19 component opens the widget inline in a container it owns, with <code>open()</code> imported from the <code>@finlet/widget</code> ES module — the README's recipe, bundled for this page.</p>
    <div id="react-app"><p class="muted">Loading the React app…</p></div>`;
}

/** The webhooks table links each object to the order it belongs to (a payment opens its order). */
export function webhooksPage(
  events: readonly ReceivedEvent[],
  orderOf: (e: ReceivedEvent) => string | undefined,
) {
  return html`
    <h1>Webhooks received</h1>
    <p>Each delivery to <code>POST /webhooks</code> is verified with <code>webhooks.verify</code> of the SDK <code>@finlet/node</code> (Standard Webhooks); bad signatures are refused with 400 and not listed. JSON: <a href="/api/webhooks">/api/webhooks</a>.</p>
    ${
      events.length
        ? html`<table class="card">
            <caption class="visually-hidden">Verified webhook events, newest first</caption>
            <thead><tr><th scope="col">Received</th><th scope="col">Type</th><th scope="col">Event</th><th scope="col">Object</th></tr></thead>
            <tbody>
              ${events.map(
                (e) => html`<tr>
                  <td><time datetime="${e.received_at}">${e.received_at.replace('T', ' ').slice(0, 19)}</time></td>
                  <td><code>${e.event.type}</code></td>
                  <td><code>${e.event.id}</code></td>
                  <td>${objectCell(e, orderOf(e))}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="card muted" id="no-webhooks">No webhooks yet. Complete a checkout and they appear here.</p>`
    }`;
}

function objectCell(e: ReceivedEvent, order: string | undefined) {
  const id = e.event.data?.object?.id ? String(e.event.data.object.id) : '';
  if (!id) return '';
  return order ? html`<a href="/orders/${order}">${id}</a>` : html`<code>${id}</code>`;
}

export function errorPage(title: string, message: string) {
  return html`<h1>${title}</h1><p role="alert">${message}</p><p><a href="/">Back to the shop</a></p>`;
}
