/**
 * A shopper who pays and then closes the widget on "Payment successful" instead of pressing
 * Continue is a paying customer, not an abandoned one (issue 11, item 4): the shop's page gets
 * `onSuccess` with a result token its server verifies, and the shop's webhook log shows
 * `session.completed` — never `session.expired`, even once the session is past its expiry. Each
 * way to close is covered: the frame's close button (by keyboard), Escape, and the page's own
 * `handle.close()`. Real Chromium, the demo shop on its own origin, card 4242 4242 4242 4242.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  createSession,
  expect,
  fillCard,
  flowFrame,
  flowFrames,
  openWithToken,
  pastExpiry,
  recorded,
  shopWebhooks,
  stack,
  test,
} from '../support/fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Pays in the open widget with the always-succeeding card and stops on "Payment successful". */
async function payAndStopOnSuccess(page: Page, frame: Frame) {
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await fillCard(frame, '4242424242424242');
  await frame.getByRole('button', { name: 'Pay €24.00' }).focus();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
}

/** The demo shop's checkout (a modal), paid; returns the frame, left on "Payment successful". */
async function payInDemoShop(page: Page): Promise<Frame> {
  await page.goto(stack.demo);
  await page.getByRole('button', { name: 'Checkout' }).focus();
  await page.keyboard.press('Enter');
  const frame = await flowFrame(page);
  await payAndStopOnSuccess(page, frame);
  return frame;
}

async function sessionWebhooks(sessionId: string): Promise<string[]> {
  return (await shopWebhooks()).filter((w) => w.event.data.object.id === sessionId).map((w) => w.event.type);
}

/** The shop was told of a paid order, twice over: session.completed and never session.expired. */
async function expectCompletedNeverExpired(sessionId: string) {
  await expect
    .poll(() => sessionWebhooks(sessionId), {
      timeout: 15_000,
      message: 'session.completed reaches the shop',
    })
    .toContain('session.completed');
  // Past its expiry the server leaves it completed: nothing more is recorded, so nothing is sent.
  expect(await pastExpiry(sessionId)).toBe('completed');
  const res = await fetch(`${stack.finlet}/v1/events?limit=100`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  const { data } = (await res.json()) as { data: { type: string; data: { object: { id: string } } }[] };
  expect(data.filter((e) => e.data.object.id === sessionId).map((e) => e.type)).toEqual([
    'session.completed',
  ]);
  expect(await sessionWebhooks(sessionId)).not.toContain('session.expired');
}

/** The demo page handled `onSuccess`: its server verified the result token of the completed session. */
async function expectShopConfirmedOrder(page: Page): Promise<string> {
  await page.waitForURL(/\/orders\/ses_/);
  const sessionId = page.url().split('/orders/')[1]!;
  const onSuccess = JSON.parse((await page.locator('#on-success').textContent()) ?? '{}');
  expect(onSuccess).toMatchObject({
    session_id: sessionId,
    summary: { flows: { payment: { status: 'succeeded' } } },
  });
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified against the JWKS/);
  await expect(page.locator('#session-status')).toHaveText('completed');
  return sessionId;
}

test('the close button on "Payment successful" gives the page onSuccess; the shop sees session.completed', async ({
  page,
  shot,
}) => {
  const frame = await payInDemoShop(page);
  await shot('paid-before-close');
  await frame.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  const sessionId = await expectShopConfirmedOrder(page);
  await shot('order-confirmed-after-close');
  await expectCompletedNeverExpired(sessionId);
});

test('Escape on "Payment successful" gives the page onSuccess too', async ({ page }) => {
  const frame = await payInDemoShop(page);
  // Focus inside the widget, where a keyboard user is after paying, then Escape.
  await frame.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Escape');
  const sessionId = await expectShopConfirmedOrder(page);
  await expectCompletedNeverExpired(sessionId);
});

test('the page’s own handle.close() after payment gets onSuccess, never onExit', async ({ page }) => {
  const session = await createSession();
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token, { container: 'main' });
  await payAndStopOnSuccess(page, await flowFrame(page));

  await page.evaluate(() =>
    (window as unknown as { __finletHandle: { close(): void } }).__finletHandle.close(),
  );
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  const { success, exit, events } = await recorded(page);
  expect(exit).toEqual([]);
  expect(events).toContain('SUCCESS');
  expect(events).not.toContain('EXIT');
  expect(flowFrames(page)).toHaveLength(0);

  const result = success[0] as { session_id: string; result_token: string };
  expect(result.session_id).toBe(session.id);
  const jwks = createRemoteJWKSet(new URL(`${stack.finlet}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(result.result_token, jwks, {
    issuer: stack.finlet,
    audience: stack.demoPartner.partner_id,
    subject: session.id,
  });
  expect(payload).toMatchObject({ status: 'completed', flows: { payment: { status: 'succeeded' } } });
  await expectCompletedNeverExpired(session.id);
});
