/**
 * 3-D Secure when the issuer's page refuses to be framed, in real Chromium: the sandbox processor
 * serves the challenge with `X-Frame-Options: DENY` for the cardholder name `Frame Refused`, the
 * widget notices that the frame never announced itself (`finlet.challenge.ready`) and offers the
 * page in its own window; the challenge passed in that popup returns to the flow and the payment
 * succeeds. Also by keyboard alone with axe on the new screen, and a frameable page stays framed.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  createSession,
  expect,
  fillCard,
  finishDone,
  flowFrame,
  openWithToken,
  recorded,
  shopWebhooks,
  stack,
  test,
} from '../support/fixtures.ts';

const CHALLENGE_CARD = '4000002760003184';
const WINDOW_TITLE = 'Confirm with your bank in a new window';
const OPEN_WINDOW = /Open the bank.s check window/;

async function webhookTypes(paymentId: string): Promise<string[]> {
  const data = await shopWebhooks();
  return data.filter((w) => w.event.data.object.id === paymentId).map((w) => w.event.type);
}

test('a challenge page that refuses framing is offered in a window, passed there, and the payment succeeds', async ({
  page,
  shot,
}) => {
  const session = await createSession();
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  // The processor refuses to be framed for this cardholder: the browser shows its error page.
  const refused = page.waitForResponse((r) => r.url().includes('/3ds/pi_'));
  await fillCard(frame, CHALLENGE_CARD, 'Frame Refused');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  expect((await refused).headers()['x-frame-options']).toBe('DENY');

  const dialog = frame.getByRole('dialog', { name: WINDOW_TITLE });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.locator('iframe')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: OPEN_WINDOW })).toBeFocused();
  await shot('payment-3ds-window-offer');

  const popupPromise = page.waitForEvent('popup');
  await frame.getByRole('button', { name: OPEN_WINDOW }).click();
  const popup = await popupPromise;
  await expect(frame.getByText('Finish the check in the window that opened.')).toBeVisible();
  await popup.getByLabel('One-time code').fill('123456');
  await shot('payment-3ds-window-challenge', popup);
  // Awaited from before the click: the return page closes the popup by itself.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Complete' }).click();
  await closed;

  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText('You paid €24.00.')).toBeVisible();
  await shot('payment-3ds-window-success');
  const paymentId = (await frame.locator('.reference').textContent())!.trim();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  expect((await recorded(page)).events).toContain('CHALLENGE_OPEN');
  await expect.poll(() => webhookTypes(paymentId), { timeout: 15_000 }).toContain('payment.succeeded');
});

test('the window offer works by keyboard alone and has no axe violations', async ({ page }) => {
  const session = await createSession();
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await fillCard(page, CHALLENGE_CARD, 'Frame Refused');
  await page.getByLabel('Name on card').press('Enter');
  await expect(page.getByRole('dialog', { name: WINDOW_TITLE })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: OPEN_WINDOW })).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await popupPromise;
  // The code field has autofocus in the popup; Enter submits with the Complete button.
  await expect(popup.getByLabel('One-time code')).toBeFocused();
  await popup.keyboard.type('123456');
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter');
  await closed;
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
});

test('a challenge page that can be framed announces itself and stays in the modal', async ({ page }) => {
  const session = await createSession();
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await fillCard(frame, CHALLENGE_CARD);
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  const challenge = frame.frameLocator('iframe[title="Bank confirmation"]');
  await expect(challenge.getByLabel('One-time code')).toBeVisible();
  // Longer than the 1.5 s the widget waits for the notice after the frame's load.
  await page.waitForTimeout(2500);
  await expect(frame.getByRole('dialog', { name: 'Confirm with your bank', exact: true })).toBeVisible();
  await expect(frame.getByRole('heading', { name: WINDOW_TITLE })).toHaveCount(0);
  await challenge.getByLabel('One-time code').fill('123456');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
});
