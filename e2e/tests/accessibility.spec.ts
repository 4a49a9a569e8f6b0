/**
 * Accessibility of every screen a shopper meets: the demo shop's pages and the widget's screens
 * (consent, card form, payment succeeded, done, error screens), light and dark, left-to-right and
 * right-to-left, scanned with axe (WCAG 2.2 A/AA tags, 0 violations) and checked for 24 px targets
 * and focus that is never hidden (support/a11y.ts), each one saved as a screenshot. And the whole
 * checkout done with the keyboard alone. docs/accessibility.md says what this covers.
 */
import type { Frame, Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y.ts';
import {
  cancelSession,
  createSession,
  expect,
  expiredToken,
  finishDone,
  flowFrame,
  payWithTestCard,
  stack,
  test,
} from '../support/fixtures.ts';

// Each test opens its own session and page: the two workers share this file's tests between them.
test.describe.configure({ mode: 'parallel' });

/** The flow opened as a top-level page (standalone): every screen can be scanned and captured whole. */
async function openFlow(page: Page, session: { id: string; client_token: string }) {
  await page.goto('about:blank');
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`demo pages have no axe violations (${scheme})`, async ({ page, shot }) => {
    // Five pages scanned by axe and a whole checkout: more than one default test budget.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(stack.demo);
    await expectAccessible(page, 'product page');
    await shot(`demo-product-${scheme}`);

    await page.goto(`${stack.demo}/element`);
    const frame = await flowFrame(page);
    await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
    await expectAccessible(page, 'markup embed with the inline widget');
    await shot(`demo-element-${scheme}`);

    await page.goto(`${stack.demo}/vue`);
    await expect(page.getByRole('button', { name: 'Pay €24.00' })).toBeVisible();
    await expectAccessible(page, 'Vue page');
    await shot(`demo-vue-${scheme}`);

    await page.goto(`${stack.demo}/react`);
    await expect(page.getByRole('button', { name: 'Pay €24.00' })).toBeVisible();
    await expectAccessible(page, 'React page');
    await shot(`demo-react-${scheme}`);

    // Complete the inline checkout so the order page has something to show.
    await page.goto(`${stack.demo}/element`);
    const inline = await flowFrame(page);
    await inline.getByRole('button', { name: 'Continue' }).click();
    await payWithTestCard(inline);
    await inline.getByRole('button', { name: 'Continue' }).click();
    await finishDone(inline);
    await page.waitForURL(/\/orders\/ses_/);
    await expect(page.locator('#token-verdict')).toHaveText(/Signature verified/);
    await expectAccessible(page, 'order page');
    await shot(`demo-order-${scheme}`);

    await page.goto(`${stack.demo}/webhooks`);
    await expectAccessible(page, 'webhooks page');
    await shot(`demo-webhooks-${scheme}`);
  });
}

const FLOW_CASES = [
  {
    theme: 'light',
    locale: 'en',
    dir: 'ltr',
    consent: 'Before you start',
    payment: 'Card details',
    done: 'All done',
  },
  { theme: 'dark', locale: 'ar', dir: 'rtl', consent: null, payment: null, done: null },
  { theme: 'dark', locale: 'es', dir: 'ltr', consent: null, payment: null, done: null },
] as const;

for (const c of FLOW_CASES) {
  test(`widget screens have no axe violations (${c.theme}, ${c.locale})`, async ({ page, shot }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: c.theme });
    const session = await createSession({
      flows: ['payment'],
      locale: c.locale,
      appearance: { theme: c.theme },
    });
    await openFlow(page, session);
    const continueButton = page.locator('finlet-app button[part="button"]');
    await expect(continueButton).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${c.locale}`));
    if (c.consent) await expect(page.getByRole('heading', { name: c.consent })).toBeVisible();
    await expectAccessible(page, 'consent', { focus: true });
    await shot(`widget-consent-${c.theme}-${c.locale}`);

    await continueButton.click();
    await expect(page.locator('input[autocomplete="cc-number"]')).toBeVisible();
    if (c.payment) await expect(page.getByRole('heading', { name: c.payment })).toBeVisible();
    await expectAccessible(page, 'card form', { focus: true });
    await shot(`widget-card-form-${c.theme}-${c.locale}`);

    await payWithTestCard(page);
    await expectAccessible(page, 'payment succeeded', { focus: true });
    await shot(`widget-payment-succeeded-${c.theme}-${c.locale}`);

    await continueButton.click();
    await expect(page.locator('finlet-done h2')).toBeVisible();
    if (c.done) await expect(page.getByRole('heading', { name: c.done })).toBeVisible();
    await expectAccessible(page, 'done', { focus: true });
    await shot(`widget-done-${c.theme}-${c.locale}`);
  });
}

for (const env of [
  { locale: 'en-US', scheme: 'light' },
  { locale: 'ar', scheme: 'dark' },
] as const) {
  test(`widget error screens have no axe violations (${env.scheme}, ${env.locale})`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({ locale: env.locale, colorScheme: env.scheme });
    const page = await context.newPage();
    const save = async (name: string) => {
      const file = testInfo.outputPath(`${name}-${env.scheme}-${env.locale}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    };

    const expired = await expiredToken();
    await openFlow(page, { id: expired.session_id, client_token: expired.client_token });
    await expect(page.locator('finlet-error h2')).toBeVisible();
    if (env.locale === 'en-US')
      await expect(page.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
    await expectAccessible(page, 'expired');
    await save('widget-error-expired');

    const canceled = await createSession();
    await cancelSession(canceled.id);
    await openFlow(page, canceled);
    await expect(page.locator('finlet-error h2')).toBeVisible();
    if (env.locale === 'en-US')
      await expect(page.getByRole('heading', { name: 'This session was canceled' })).toBeVisible();
    await expectAccessible(page, 'canceled');
    await save('widget-error-canceled');

    const valid = await createSession();
    await openFlow(page, { id: valid.id, client_token: `${valid.client_token.slice(0, -4)}AAAA` });
    await expect(page.locator('finlet-error h2')).toBeVisible();
    if (env.locale === 'en-US')
      await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
    await expectAccessible(page, 'invalid token');
    await save('widget-error-invalid-token');
    await context.close();
  });
}

/** The focused element's text, through the flow's shadow roots. */
function focusedText(target: Page | Frame) {
  return target.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    const field = el.getAttribute('autocomplete');
    return field ? `field:${field}` : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

async function tabUntil(page: Page, target: Page | Frame, text: string, max = 25) {
  for (let i = 0; i < max; i++) {
    if ((await focusedText(target)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${text}" never got focus within ${max} Tab presses`);
}

test('the whole checkout works with the keyboard alone', async ({ page, shot }) => {
  await page.goto(stack.demo);
  await tabUntil(page, page, 'Checkout');
  await shot('keyboard-checkout-focused');
  await page.keyboard.press('Enter');

  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await tabUntil(page, frame, 'Continue');
  await shot('keyboard-consent-continue-focused');
  await page.keyboard.press('Enter');

  // The card form, typed field by field.
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  const year = String((new Date().getFullYear() + 3) % 100).padStart(2, '0');
  for (const [field, value] of [
    ['cc-number', '4242424242424242'],
    ['cc-exp', `12${year}`],
    ['cc-csc', '123'],
    ['cc-name', 'Ada Lovelace'],
  ] as const) {
    await tabUntil(page, frame, `field:${field}`);
    await page.keyboard.type(value);
  }
  await tabUntil(page, frame, 'Pay €24.00');
  await shot('keyboard-pay-focused');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await tabUntil(page, frame, 'Continue');
  await page.keyboard.press('Space');
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible();
  await tabUntil(page, frame, 'Done');
  await page.keyboard.press('Enter');

  await page.waitForURL(/\/orders\/ses_/);
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified/);
});
