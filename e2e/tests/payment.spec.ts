/**
 * Card checkout in real Chromium across origins (demo shop page → Finlet frame → processor 3-D
 * Secure frame): success, challenge passed and failed, a decline then another card, a refund
 * through the API followed by its webhook at the demo shop, keyboard-only use and axe on the
 * payment screens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import {
  CARD_YEAR,
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

async function startCheckout(page: Page): Promise<{ frame: Frame; sessionId: string }> {
  const session = await createSession();
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await expect(frame.getByText('€24.00').first()).toBeVisible();
  return { frame, sessionId: session.id };
}

async function webhookTypes(objectId: string): Promise<string[]> {
  const data = await shopWebhooks();
  return data
    .filter((w) => w.event.data.object.id === objectId || w.event.data.object.payment === objectId)
    .map((w) => w.event.type);
}

test('card success, then a refund through the API reaches the shop as a webhook', async ({ page, shot }) => {
  const { frame, sessionId } = await startCheckout(page);
  await shot('payment-card-form');
  await fillCard(frame, '4242424242424242');
  await expect(frame.getByLabel('Card number')).toHaveValue('4242 4242 4242 4242');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  await expect(frame.getByText('You paid €24.00.')).toBeVisible();
  await shot('payment-success');
  const paymentId = (await frame.locator('.reference').textContent())!.trim();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  const events = (await recorded(page)).events;
  expect(events).toContain('SUBMIT_PAYMENT');
  const success = (await recorded(page)).success[0] as { summary: unknown };
  expect(success.summary).toEqual({ flows: { payment: { status: 'succeeded' } } });

  await expect.poll(() => webhookTypes(paymentId), { timeout: 15_000 }).toContain('payment.succeeded');
  const refund = await fetch(`${stack.finlet}/v1/payments/${paymentId}/refunds`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ amount: 400 }),
  });
  expect(refund.status).toBe(201);
  await expect.poll(() => webhookTypes(paymentId), { timeout: 15_000 }).toContain('refund.succeeded');
  const session = await (
    await fetch(`${stack.finlet}/v1/sessions/${sessionId}`, {
      headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
    })
  ).json();
  expect(session.flow_states.payment.status).toBe('succeeded');
});

test('3-D Secure challenge passed inside the frame', async ({ page, shot }) => {
  const { frame } = await startCheckout(page);
  await fillCard(frame, '4000002760003184');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  await expect(frame.getByRole('dialog', { name: 'Confirm with your bank' })).toBeVisible();
  const challenge = frame.frameLocator('iframe[title="Bank confirmation"]');
  await challenge.getByLabel('One-time code').fill('123456');
  await shot('payment-3ds-challenge');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  expect((await recorded(page)).events).toContain('CHALLENGE_OPEN');
});

test('3-D Secure failed leads back to the form; a decline then another card succeeds', async ({
  page,
  shot,
}) => {
  const { frame } = await startCheckout(page);
  await fillCard(frame, '4000002760003184');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  const challenge = frame.frameLocator('iframe[title="Bank confirmation"]');
  await challenge.getByLabel('One-time code').fill('000000');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(frame.getByRole('alert')).toContainText('Your bank could not confirm the payment');
  // Codes are for the shop's developers (ERROR events), never on the customer's screen.
  await expect(frame.getByRole('alert')).not.toContainText('authentication_failed');
  await fillCard(frame, '4000000000000002');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  await expect(frame.getByRole('alert')).toContainText('Your card was declined');
  await expect(frame.getByRole('alert')).not.toContainText('card_declined');
  await expect.poll(async () => (await recorded(page)).events).toContain('ERROR');
  await shot('payment-declined');
  await fillCard(frame, '5555555555554444');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
});

test('the card form works by keyboard alone, checks Luhn inline and has no axe violations', async ({
  page,
}) => {
  const session = await createSession();
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await page.getByLabel('Card number').focus();
  await page.keyboard.type('4242424242424241');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`12${CARD_YEAR}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter a valid card number.')).toBeVisible();
  await expect(page.getByLabel('Card number')).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Card number').press('Enter');
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  const after = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(after.violations.map((v) => v.id)).toEqual([]);
});
