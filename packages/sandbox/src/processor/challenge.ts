/**
 * The 3-D Secure challenge page, as a card issuer's access control server would serve it:
 * `GET /3ds/<payment id>` shows an accessible form (one-time code, Complete, Cancel);
 * `POST /3ds/<payment id>` decides, posts the signed callback and redirects (303) to the
 * payment's `return_url?payment=<id>&status=<status>`. The page may be framed by the configured
 * origins and the payment's own `frame_ancestors`, and works the same in a popup. Once rendered in a
 * frame it posts `{ type: 'finlet.challenge.ready', version: 1 }` to its parent (from
 * `/3ds/ready.js`), so the parent can tell a shown challenge from a refused frame; a card whose
 * cardholder name is `Frame Refused` gets a page that refuses every frame (`X-Frame-Options: DENY`).
 * Sandbox codes: 123456 passes, 000000 fails; other codes may be retried twice. A payment the
 * merchant canceled meanwhile (`POST /v1/payments/:id/cancel`) is never captured: the page says
 * so (409) whatever the cardholder submits.
 */
import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import { CHALLENGE_FAIL_CODE, CHALLENGE_PASS_CODE, type PaymentDesk } from './payments.ts';
import type { PaymentRecord, ProcessorState } from './state.ts';

/** The message a rendered challenge page posts to its parent frame. */
export const CHALLENGE_READY_TYPE = 'finlet.challenge.ready';

function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

function returnUrlOf(record: PaymentRecord): string {
  const url = new URL(record.payment.return_url);
  url.searchParams.set('payment', record.payment.id);
  url.searchParams.set('status', record.payment.status);
  return url.toString();
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:24px;color:#1a1a1a;background:#fff}
main{max-width:26rem;margin:auto}h1{font-size:1.25rem}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #555;border-radius:4px}
.hint{color:#444;font-size:.875rem}.error{color:#a30000;font-weight:600}
.actions{display:flex;gap:.75rem;margin-top:1.25rem}
button{font:inherit;padding:.5rem 1rem;border-radius:4px;border:1px solid #333;cursor:pointer}
button[value=complete]{background:#1a4fd6;color:#fff;border-color:#1a4fd6}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}`;

/**
 * Tells the framing page that the challenge really rendered (a refused frame shows the browser's
 * error page instead, which posts nothing). Sent only to the merchant's origin; versioned so the
 * widget can evolve with it.
 */
const READY_SCRIPT = `(function () {
  var script = document.currentScript;
  var origin = script && script.getAttribute('data-parent-origin');
  if (!origin || window.parent === window) return;
  window.parent.postMessage({ type: '${CHALLENGE_READY_TYPE}', version: 1 }, origin);
})();
`;

export function challengeRoutes(state: ProcessorState, desk: PaymentDesk, frameAncestors: string[]): Hono {
  const pages = new Hono();

  const page = (c: Context, record: PaymentRecord, status: 200 | 400 | 409, error?: string) => {
    const nonce = randomBytes(16).toString('base64');
    const { payment } = record;
    const ancestors = record.refusesFraming
      ? "'none'"
      : ["'self'", ...frameAncestors, ...record.frameAncestors].join(' ');
    if (record.refusesFraming) c.header('X-Frame-Options', 'DENY');
    const merchantOrigin = new URL(payment.return_url).origin;
    c.header(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self'; style-src 'nonce-${nonce}'; form-action 'self' ${merchantOrigin}; ` +
        `frame-ancestors ${ancestors}; base-uri 'none'`,
    );
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    const pending = payment.status === 'requires_action';
    const amount = formatAmount(payment.amount, payment.currency);
    const body = html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Confirm your payment – Sandbox Processor</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main>
<h1>Confirm your payment</h1>
<p>Sandbox Processor · ${payment.card.brand} ending in ${payment.card.last4} · <strong>${amount}</strong></p>
${
  pending
    ? html`<form method="post" action="/3ds/${payment.id}">
${error ? html`<p class="error" id="code-error" role="alert">${error}</p>` : ''}
<label for="code">One-time code</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"
 required aria-describedby="code-hint${error ? ' code-error' : ''}"${error ? html` aria-invalid="true"` : ''} autofocus>
<p class="hint" id="code-hint">Sandbox: enter ${CHALLENGE_PASS_CODE} to approve or ${CHALLENGE_FAIL_CODE} to fail the authentication.</p>
<div class="actions">
<button type="submit" name="action" value="complete">Complete</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</div></form>`
    : payment.status === 'canceled'
      ? html`<p role="alert">This payment was canceled by the merchant. Nothing was charged.</p>
<p><a href="${returnUrlOf(record)}">Return to the merchant</a></p>`
      : html`<p role="status">This authentication is finished (${payment.status}).</p>
<p><a href="${returnUrlOf(record)}">Return to the merchant</a></p>`
}
</main>
<script src="/3ds/ready.js" data-parent-origin="${merchantOrigin}"></script></body></html>`;
    return c.html(body, status);
  };

  // Served as a file: the page's CSP allows no inline script.
  pages.get('/ready.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(READY_SCRIPT);
  });

  pages.get('/:id', (c) => {
    const record = state.payments.get(c.req.param('id'));
    if (!record) return c.html('<!doctype html><title>Not found</title><p>No such authentication.</p>', 404);
    return page(c, record, record.payment.status === 'requires_action' ? 200 : 409);
  });

  pages.post('/:id', async (c) => {
    const record = state.payments.get(c.req.param('id'));
    if (!record) return c.html('<!doctype html><title>Not found</title><p>No such authentication.</p>', 404);
    // Canceled by the merchant: no answer can capture it any more; the cardholder is told why.
    if (record.payment.status === 'canceled') return page(c, record, 409);
    const form = await c.req.parseBody();
    const code = typeof form.code === 'string' ? form.code.trim() : '';
    const answer =
      form.action === 'cancel' ? ({ action: 'cancel' } as const) : ({ action: 'complete', code } as const);
    const result = desk.answerChallenge(record, answer);
    if (result === 'wrong_code') {
      const left = record.challengeAttemptsLeft;
      return page(c, record, 400, `That code is not correct. ${left} attempt${left === 1 ? '' : 's'} left.`);
    }
    return c.redirect(returnUrlOf(record), 303);
  });

  return pages;
}
