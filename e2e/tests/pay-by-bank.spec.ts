/**
 * Pay by bank in real Chromium (demo shop page → Finlet frame → bank popup on the sandbox bank's
 * own origin → Finlet's /oauth/callback): a GBP order paid at Sandbox Bank UK by the MFA user (SCA
 * with the one-time code), a EUR order at Sandbox Bank EU, a rejection (amount ending in 99) and a
 * denied consent with localized messages and the way back to choosing a method, keyboard-only use
 * and axe on the new screens.
 */
import type { Frame, Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y.ts';
import { signInAtBank } from '../support/bank.ts';
import {
  createSession,
  expect,
  finishDone,
  flowFrame,
  keyboardToPayByBank,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';

const axe = (page: Page) => expectAccessible(page, 'this screen');

async function openPayment(page: Page, amount: number, currency: string) {
  const session = await createSession({ payment: { amount, currency, description: 'Sandbox order' } });
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  return { frame, session };
}

async function chooseBank(page: Page, frame: Frame, name: string) {
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  await expect(frame.getByRole('heading', { name: 'Pay by bank' })).toBeVisible();
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: new RegExp(name) }).click();
  return popup;
}

for (const [bank, currency, amount, shown, user, otp] of [
  ['Sandbox Bank UK', 'GBP', 1234, '£12.34', 'user_mfa', '123456'],
  ['Sandbox Bank EU', 'EUR', 2400, '€24.00', 'user_good', undefined],
] as const) {
  test(`pays ${shown} at ${bank} as ${user}`, async ({ page, shot }) => {
    const { frame } = await openPayment(page, amount, currency);
    const popup = await chooseBank(page, frame, bank);
    await expect(frame.getByRole('heading', { name: `Approve the payment at ${bank}` })).toBeVisible();
    await signInAtBank(popup, user, { otp, awaitClose: true });
    await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
    await expect(frame.getByText(`You paid ${shown}.`)).toBeVisible();
    await expect(frame.locator('.reference')).toHaveText(/^pay_/);
    await shot(`pay-by-bank-${currency.toLowerCase()}-success`);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await finishDone(frame);
    await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  });
}

test('a rejected payment and a denied consent explain themselves and lead back to the methods', async ({
  page,
}) => {
  const { frame } = await openPayment(page, 1099, 'GBP');
  let popup = await chooseBank(page, frame, 'Sandbox Bank UK');
  await signInAtBank(popup, 'user_good', { awaitClose: true });
  await expect(frame.getByRole('alert')).toContainText('Your bank rejected the payment', { timeout: 20_000 });
  // The code is for the shop's developers (an ERROR event), not for the customer's screen.
  await expect(frame.getByRole('alert')).not.toContainText('bank_rejected');
  await expect.poll(async () => (await recorded(page)).events).toContain('ERROR');
  popup = await chooseBank(page, frame, 'Sandbox Bank UK');
  await signInAtBank(popup, 'user_deny', { deny: true, awaitClose: true });
  await expect(frame.getByRole('alert')).toContainText('You did not approve the payment', {
    timeout: 20_000,
  });
  await expect(frame.getByRole('button', { name: 'Pay by bank' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
});

test('pay by bank works by keyboard alone and the new screens have no axe violations', async ({ page }) => {
  await keyboardToPayByBank(page, {
    amount: 1500,
    currency: 'EUR',
    description: 'Sandbox order',
  });
  await expect(page.getByRole('heading', { name: 'Pay by bank' })).toBeVisible();
  await axe(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Sandbox Bank EU/ })).toBeFocused();
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await popupPromise;
  await expect(page.getByRole('heading', { name: 'Approve the payment at Sandbox Bank EU' })).toBeVisible();
  await axe(page);
  await popup.getByLabel('Username').waitFor();
  await popup.getByLabel('Username').focus();
  await popup.keyboard.type('user_good');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('pass_good');
  await popup.keyboard.press('Enter');
  // The bank asks to approve a payment (not to share accounts).
  await popup.getByRole('button', { name: 'Approve payment' }).waitFor();
  await popup.getByRole('button', { name: 'Approve payment' }).focus();
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter');
  await closed;
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await axe(page);
});
