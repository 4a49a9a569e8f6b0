/**
 * The 3-D Secure challenge over real HTTP: the page a cardholder sees (accessible, frameable only
 * by allowed origins), passing, failing, cancelling and retrying by submitting the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FINLET_ORIGIN,
  type ProcessorUnderTest,
  startProcessor,
  submitChallenge,
} from './support/processor.ts';

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

async function challenged(extra: Record<string, unknown> = {}) {
  const res = await p.charge('4000002760003184', extra);
  const body = res.body as { id: string; status: string; next_action: { url: string } };
  expect(body.status).toBe('requires_action');
  return body;
}

describe('GET /3ds/:id', () => {
  it('serves an accessible challenge form frameable by the configured and payment origins', async () => {
    const payment = await challenged({ frame_ancestors: ['https://shop.example'] });
    const res = await fetch(payment.next_action.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${FINLET_ORIGIN} https://shop.example`);
    expect(csp).toContain(`form-action 'self' ${FINLET_ORIGIN}`);
    // Scripts only from the page's own origin: the ready notice, never inline code.
    expect(csp).toMatch(/script-src 'self';/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<label for="code">One-time code<\/label>/);
    expect(page).toMatch(/<input id="code" name="code"[^>]*autocomplete="one-time-code"/);
    expect(page).toContain('123456');
    expect(page).toMatch(/<button type="submit" name="action" value="complete">Complete<\/button>/);
    expect(page).toMatch(
      /<button type="submit" name="action" value="cancel" formnovalidate>Cancel<\/button>/,
    );
    expect(page).toContain('€19.99');
    expect(page.match(/<script[^>]*>/g)).toEqual([
      `<script src="/3ds/ready.js" data-parent-origin="${FINLET_ORIGIN}">`,
    ]);
  });

  it('serves the ready notice as a script that posts only to the merchant origin', async () => {
    const res = await fetch(`${p.url}/3ds/ready.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await res.text();
    // Run it as a framed page would: the parent receives one versioned message for one origin.
    const posted: unknown[][] = [];
    const parent = { postMessage: (...args: unknown[]) => posted.push(args) };
    const attr = (origin: string) => ({ getAttribute: () => origin });
    new Function('window', 'document', script)({ parent }, { currentScript: attr(FINLET_ORIGIN) });
    expect(posted).toEqual([[{ type: 'finlet.challenge.ready', version: 1 }, FINLET_ORIGIN]]);
    // Not framed (a popup or a tab): nothing is posted.
    const top = { postMessage: () => posted.push(['top']) } as { postMessage: () => void; parent?: unknown };
    top.parent = top;
    new Function('window', 'document', script)(top, { currentScript: attr(FINLET_ORIGIN) });
    expect(posted).toHaveLength(1);
  });

  it('refuses every frame for the cardholder name Frame Refused, and still works as a page', async () => {
    const token = await p.api('POST', '/v1/tokens', {
      number: '4000002760003184',
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 3,
      cvc: '123',
      name: ' Frame REFUSED ',
    });
    expect(token.status).toBe(201);
    expect(token.body).not.toHaveProperty('refusesFraming');
    const charged = await p.api(
      'POST',
      '/v1/payments',
      {
        token: token.body.id,
        amount: 1999,
        currency: 'EUR',
        return_url: `${FINLET_ORIGIN}/3ds/return`,
        callback_url: `${FINLET_ORIGIN}/callbacks`,
        reference: 'frame-refused',
        frame_ancestors: ['https://shop.example'],
      },
      { 'idempotency-key': 'frame-refused-1' },
    );
    const payment = charged.body as { id: string; next_action: { url: string } };
    const res = await fetch(payment.next_action.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('https://shop.example');
    const done = await submitChallenge(payment.next_action.url, { action: 'complete', code: '123456' });
    expect(new URL(done.headers.get('location') ?? '').searchParams.get('status')).toBe('succeeded');
  });

  it('answers 404 for an unknown challenge', async () => {
    expect((await fetch(`${p.url}/3ds/pi_unknown`)).status).toBe(404);
  });
});

describe('POST /3ds/:id', () => {
  it('passes with the sandbox code, redirects to return_url and posts the signed callback', async () => {
    const payment = await challenged();
    const res = await submitChallenge(payment.next_action.url, { action: 'complete', code: '123456' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${FINLET_ORIGIN}/3ds/return`);
    expect(location.searchParams.get('payment')).toBe(payment.id);
    expect(location.searchParams.get('status')).toBe('succeeded');
    await p.processor.callbacksIdle();
    const types = p.callbacks.received
      .map((r) => JSON.parse(r.body) as { type: string; data: { object: { id: string } } })
      .filter((e) => e.data.object.id === payment.id)
      .map((e) => e.type);
    expect(types).toEqual(['payment.requires_action', 'payment.succeeded']);
  });

  it('fails with the sandbox fail code', async () => {
    const payment = await challenged();
    const res = await submitChallenge(payment.next_action.url, { action: 'complete', code: '000000' });
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('status')).toBe('failed');
    const after = await p.api('GET', `/v1/payments/${payment.id}`);
    expect(after.body).toMatchObject({
      status: 'failed',
      decline_code: 'authentication_failed',
      three_d_secure: { result: 'failed' },
      next_action: null,
    });
  });

  it('cancels with the Cancel button', async () => {
    const payment = await challenged();
    const res = await submitChallenge(payment.next_action.url, { action: 'cancel' });
    expect(res.status).toBe(303);
    const after = await p.api('GET', `/v1/payments/${payment.id}`);
    expect(after.body).toMatchObject({ status: 'failed', decline_code: 'authentication_canceled' });
  });

  it('shows an error for a wrong code, and fails after three wrong codes', async () => {
    const payment = await challenged();
    const first = await submitChallenge(payment.next_action.url, { action: 'complete', code: '111111' });
    expect(first.status).toBe(400);
    const page = await first.text();
    expect(page).toMatch(/role="alert"[^>]*>That code is not correct\. 2 attempts left\./);
    expect(page).toContain('aria-invalid="true"');
    expect((await p.api('GET', `/v1/payments/${payment.id}`)).body.status).toBe('requires_action');
    await submitChallenge(payment.next_action.url, { action: 'complete', code: '222222' });
    const third = await submitChallenge(payment.next_action.url, { action: 'complete', code: '333333' });
    expect(third.status).toBe(303);
    expect((await p.api('GET', `/v1/payments/${payment.id}`)).body.decline_code).toBe(
      'authentication_failed',
    );
  });

  it('does not change a finished payment when the form is sent again', async () => {
    const payment = await challenged();
    await submitChallenge(payment.next_action.url, { action: 'complete', code: '123456' });
    const again = await submitChallenge(payment.next_action.url, { action: 'cancel' });
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('status')).toBe('succeeded');
    expect((await fetch(payment.next_action.url)).status).toBe(409);
  });

  it('lets frictionless 3DS cards succeed without a challenge', async () => {
    const res = await p.charge('4000000000003055');
    expect(res.body).toMatchObject({
      status: 'succeeded',
      next_action: null,
      three_d_secure: { result: 'frictionless' },
    });
  });
});
