/**
 * Attacks from other windows and origins. A hostile page posts forged protocol messages to the
 * shop's page, frames Finlet's flow directly, and a window on Finlet's own origin (but not the
 * widget's frame) posts a well-formed success. The loader must ignore all of them and the frame
 * must refuse to load where it is not allowed.
 */
import {
  createSession,
  expect,
  finishDone,
  flowFrame,
  flowFrames,
  payWithTestCard,
  stack,
  test,
} from '../support/fixtures.ts';

const forged = (sessionId: string) => [
  {
    ns: 'finlet',
    v: 1,
    type: 'success',
    session_id: sessionId,
    result_token: 'x.y.z',
    summary: { flows: {} },
  },
  { ns: 'finlet', v: 1, type: 'exit', status: 'user_exit' },
  { ns: 'finlet', v: 1, type: 'resize', height: 5 },
  { ns: 'finlet', v: 1, type: 'event', name: 'SUCCESS', at: new Date().toISOString(), metadata: {} },
];

test('forged messages from a hostile opener are ignored by the loader', async ({ page, context, shot }) => {
  await page.goto(stack.hostile);
  const [shop] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => {
      (window as unknown as { shop: Window | null }).shop = window.open(url, 'shop');
    }, stack.demo),
  ]);
  await shop.waitForLoadState();
  await shop.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(shop);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  const eventsBefore = await shop.locator('#event-log li').count();

  await page.evaluate((messages) => {
    const shopWindow = (window as unknown as { shop: Window }).shop;
    for (let i = 0; i < 5; i++) for (const m of messages) shopWindow.postMessage(m, '*');
  }, forged('ses_forged'));
  await shop.waitForTimeout(1000);

  await expect(shop).toHaveURL(`${stack.demo}/`); // onSuccess would have navigated to /orders/…
  await expect(shop.locator('#checkout-status')).not.toHaveAttribute('data-exit', /.*/);
  await expect(shop.locator('#event-log li')).toHaveCount(eventsBefore);
  expect(flowFrames(shop)).toHaveLength(1);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await shot('attack-forged-messages-ignored', shop);
});

test('the flow framed by a hostile origin is refused by frame-ancestors and never runs', async ({ page }) => {
  const session = await createSession(); // allowed origin: the demo shop only
  const csp: string[] = [];
  const widgetCalls: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) csp.push(m.text());
  });
  page.on('request', (r) => {
    if (r.url().includes('/widget/v1/')) widgetCalls.push(r.url());
  });
  await page.goto(stack.hostile);
  await page.evaluate(
    ({ src }) => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = 'framed flow';
      document.body.append(iframe);
    },
    { src: `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}` },
  );
  await expect.poll(() => csp.length, { message: 'Chromium refuses the frame' }).toBeGreaterThan(0);
  expect(csp[0]).toContain(stack.demo);
  await page.waitForTimeout(1000);
  expect(widgetCalls).toEqual([]);
  const framed = page.frames().filter((f) => f !== page.mainFrame());
  for (const f of framed) expect(f.url().startsWith(`${stack.finlet}/flow/`)).toBe(false);

  // The session is untouched: still open, usable from its real origin.
  const res = await fetch(`${stack.finlet}/v1/sessions/${session.id}`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  expect(((await res.json()) as { status: string }).status).toBe('open');
});

test("a well-formed success from another window of Finlet's origin is ignored", async ({ page, context }) => {
  await page.goto(stack.demo);
  await page.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  const sessionId = new URL(frame.url()).searchParams.get('session')!;

  // A second window on Finlet's origin, opened by the shop page (so it can reach window.opener).
  const [finletWindow] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => {
      window.open(url, 'other');
    }, `${stack.finlet}/healthz`),
  ]);
  await finletWindow.waitForLoadState();
  expect(new URL(finletWindow.url()).origin).toBe(new URL(stack.finlet).origin);
  await finletWindow.evaluate(
    ({ messages, target }) => {
      for (const m of messages) window.opener.postMessage(m, target);
    },
    { messages: forged(sessionId), target: stack.demo },
  );
  // And the page itself posting to itself (same origin as the shop, wrong window).
  await page.evaluate((messages) => {
    for (const m of messages) window.postMessage(m, location.origin);
  }, forged(sessionId));
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(`${stack.demo}/`);
  await expect(page.locator('#checkout-status')).not.toHaveAttribute('data-exit', /.*/);

  // The real frame still works and its real success is the one the shop gets.
  await frame.getByRole('button', { name: 'Continue' }).click();
  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await page.waitForURL(`${stack.demo}/orders/${sessionId}`);
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified/);
});
