/**
 * Pay by bank when the bank takes long to confirm (issue 5), in real Chromium, keyboard only: the
 * user authorises at Sandbox Bank EU, but the bank refuses its payment status reads (a 409 queued
 * through the sandbox fault admin, so the bank's circuit breaker stays closed; cleared after). Once the step's follow window ends — shortened here through
 * `FinletPaymentBank.confirmWindowMs`, 60 s in production — the step says the bank is still
 * confirming instead of reporting a failure; "Check again" while the bank is still silent comes
 * back to that screen, and once the bank answers again it lands on the success screen. Axe runs on
 * the screen. The fault covers every EU status read, so this file runs alone, after the others
 * (the `exclusive` project in playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAtBank } from '../support/bank.ts';
import { expect, keyboardToPayByBank, test } from '../support/fixtures.ts';
import { TEST_ENV } from '../support/ports.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BANK_EU = `http://127.0.0.1:${TEST_ENV.SANDBOX_BANK_EU_PORT}`;
/** The shortened follow window (production: 60 s). */
const WINDOW_MS = 3000;
const STATUS_PATH = '/v1/payments/sepa-credit-transfers/';
const PENDING_TITLE = 'Your bank is still confirming the payment';

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Sandbox fault admin of the EU bank (see packages/sandbox/src/faults.ts). */
async function faults(method: 'POST' | 'DELETE', body?: unknown) {
  const res = await fetch(`${BANK_EU}/__sandbox/faults`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok, await res.clone().text()).toBe(true);
}

test.afterEach(() => faults('DELETE'));

test('a bank still confirming after the follow window: the pending screen, check again, then success', async ({
  page,
  shot,
}) => {
  test.setTimeout(90_000);
  await keyboardToPayByBank(page, {
    amount: 1800,
    currency: 'EUR',
    description: 'Sandbox order',
  });

  // The step's module is loaded now: shorten its follow window for this page only.
  await page.evaluate((ms) => {
    const step = customElements.get('finlet-payment-bank') as unknown as { confirmWindowMs: number };
    step.confirmWindowMs = ms;
  }, WINDOW_MS);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Sandbox Bank EU/ })).toBeFocused();
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await popupPromise;
  // The bank refuses status reads (a 4xx: it is up, so its circuit breaker stays closed). The bank
  // payment's id is not known here (the authorisation request is pushed), so this covers every EU
  // status read for the few seconds until it is cleared.
  await faults('POST', { spec: 'status=409', count: 100_000, method: 'GET', path: STATUS_PATH });
  await signInAtBank(popup, 'user_good', { awaitClose: true });

  const pending = page.getByRole('heading', { name: PENDING_TITLE });
  await expect(pending).toBeVisible({ timeout: WINDOW_MS + 15_000 });
  await expect(pending).toBeFocused();
  await expect(
    page.getByRole('status').filter({
      hasText:
        'This can take a while. Do not pay again: you can close this window, and the shop will be told as soon as your bank confirms.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await axe(page);
  await shot('pay-by-bank-pending');

  // Still silent: checking again follows it for another window and comes back here.
  await page.keyboard.press('Tab');
  const checkAgain = page.getByRole('button', { name: 'Check again' });
  await expect(checkAgain).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your bank is processing the payment…')).toBeVisible();
  await expect(pending).toBeVisible({ timeout: WINDOW_MS + 10_000 });
  await expect(pending).toBeFocused();

  // The bank answers again and settles: checking again lands on the success screen.
  await faults('DELETE');
  await page.keyboard.press('Tab');
  await expect(checkAgain).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('You paid €18.00.')).toBeVisible();
  await axe(page);
});
