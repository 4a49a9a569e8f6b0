/**
 * The whole identity flow with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing):
 * consent → personal details → document type, country and expiry → front and back uploaded through
 * the "Upload a photo" button (Enter/Space opens the file chooser, which is the operating system's)
 * → selfie → waiting → approved → done. Axe on every screen, in light and dark, and once in Arabic
 * (right to left); screenshots of every screen are attached (and copied to IDENTITY_SHOTS_DIR if set).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { createSession, expect, stack, test } from '../support/fixtures.ts';
import { focused, tabTo } from '../support/keyboard.ts';
import { expectAccessible, PNG } from './identity.helpers.ts';

const RUNS = [
  { name: 'light-en', scheme: 'light', locale: 'en-US', dir: 'ltr' },
  { name: 'dark-en', scheme: 'dark', locale: 'en-US', dir: 'ltr' },
  { name: 'dark-ar', scheme: 'dark', locale: 'ar', dir: 'rtl' },
] as const;

type DatePart = 'year' | 'month' | 'day';

/**
 * The order of a date input's fields in this browser's locale (Chromium's own, not always Intl's),
 * found on a scratch page by typing 03, 04, 2005 and reading the value back.
 */
async function dateFieldOrder(context: BrowserContext): Promise<DatePart[]> {
  const probe = await context.newPage();
  await probe.setContent('<input type="date">');
  await probe.locator('input').focus();
  for (const digits of ['03', '04', '2005']) await probe.keyboard.type(digits);
  const value = await probe.locator('input').inputValue();
  await probe.close();
  if (value === '2005-04-03') return ['day', 'month', 'year'];
  if (value === '2005-03-04') return ['month', 'day', 'year'];
  throw new Error(`unexpected date field order (${value})`);
}

/** Types a date into a focused date input, field by field in the locale's order. */
async function typeDate(page: Page, order: DatePart[], input: Locator, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const part of order) await page.keyboard.type(part === 'year' ? y : part === 'month' ? m : d);
  await expect(input).toHaveValue(iso);
}

/** Activates the focused file button with `key` and answers the operating system's file chooser. */
async function chooseFile(page: Page, key: 'Enter' | ' ', name: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(key)]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer: PNG });
}

for (const run of RUNS) {
  test(`keyboard only, the whole identity flow (${run.name})`, async ({ browser }, testInfo) => {
    // Nine screens, each scanned by axe: longer than one default test budget on a busy machine.
    test.setTimeout(150_000);
    const context = await browser.newContext({ locale: run.locale, colorScheme: run.scheme });
    const dateOrder = await dateFieldOrder(context);
    const page = await context.newPage();
    const en = run.locale.startsWith('en');
    let n = 0;
    const screen = async (name: string) => {
      await expectAccessible(page, `${name} (${run.name})`);
      n += 1;
      const file = testInfo.outputPath(`${String(n).padStart(2, '0')}-identity-${name}-${run.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${name}-${run.name}`, { path: file, contentType: 'image/png' });
      if (process.env.IDENTITY_SHOTS_DIR) {
        mkdirSync(process.env.IDENTITY_SHOTS_DIR, { recursive: true });
        copyFileSync(file, `${process.env.IDENTITY_SHOTS_DIR}/identity-${name}-${run.name}.png`);
      }
    };
    const session = await createSession({
      flows: ['identity'],
      // A US customer: the form asks for the state, the ZIP code and the SSN.
      customer: { reference: `e2e-keyboard-${run.name}`, country: 'US' },
      payment: undefined,
      locale: run.locale,
      appearance: { theme: run.scheme },
    });
    await page.goto(
      `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
    );
    await expect(page.locator('html')).toHaveAttribute('dir', run.dir);

    // Consent.
    await tabTo(page, page.locator('finlet-consent button[part=button]'));
    await page.keyboard.press('Enter');

    // Personal details: every field reached with Tab and typed.
    const details = page.locator('finlet-identity-details');
    await expect(details.locator('h2')).toBeVisible();
    if (en) await expect(page.getByRole('heading', { name: 'Your details' })).toBeVisible();
    await screen('details');
    const fields: [string, string][] = [
      ['#first_name', 'Ada'],
      ['#last_name', 'Lovelace'],
      ['#email', 'ada@example.com'],
      ['#phone', '+14155550100'],
      ['#address-line1', '1 Main St'],
      ['#address-city', 'Springfield'],
      ['#address-region', 'IL'],
      ['#address-postal_code', '62701'],
      ['#id_number', '123-45-6789'],
    ];
    for (const [selector, value] of fields) {
      await tabTo(page, details.locator(selector));
      await page.keyboard.type(value);
      await expect(details.locator(selector)).toHaveValue(value);
    }
    // Back up with Shift+Tab, then Tab into the date of birth's first field.
    await tabTo(page, details.locator('#last_name'), 'Shift+Tab');
    const dob = details.locator('#date_of_birth');
    await tabTo(page, dob);
    await typeDate(page, dateOrder, dob, '1990-12-10');
    // The show/hide toggle of the SSN works with Space.
    await tabTo(page, details.locator('button[aria-pressed=false]'));
    await page.keyboard.press(' ');
    await expect(details.locator('#id_number')).toHaveAttribute('type', 'text');
    await tabTo(page, details.locator('button[type=submit]'));
    await page.keyboard.press('Enter');

    // Document: issuing country by the keyboard (the US, then the first country of the list, which
    // issues ID cards), the type by arrow keys, the expiry typed.
    const doc = page.locator('finlet-identity-document');
    await expect(doc.locator('input[type=radio]').first()).toBeVisible();
    if (en) await expect(page.getByRole('heading', { name: 'Your identity document' })).toBeVisible();
    await screen('document-choice');
    const issuing = doc.locator('select[name=issuing_country]');
    await expect(issuing).toHaveValue('US');
    await expect(doc.locator('input[value=id_card]')).toHaveCount(0);
    await tabTo(page, issuing);
    await page.keyboard.press('Home');
    await expect(issuing).not.toHaveValue('US');
    await tabTo(page, doc.locator('input[value=passport]'));
    await page.keyboard.press('ArrowDown');
    await expect(doc.locator('input[value=id_card]')).toBeChecked();
    const expiry = doc.locator('#expiry');
    await tabTo(page, expiry);
    await typeDate(page, dateOrder, expiry, '2099-01-01');
    await tabTo(page, doc.locator('button[type=submit]'));
    await page.keyboard.press('Enter');

    // Front with Enter, back with Space, each through the operating system's file chooser.
    const front = doc.locator('finlet-identity-capture[side=front]');
    const back = doc.locator('finlet-identity-capture[side=back]');
    await expect(front.locator('button').nth(1)).toBeVisible();
    await screen('document-capture');
    await tabTo(page, front.locator('button').nth(1));
    if (en) await expect(front.locator('button').nth(1)).toHaveText('Upload a photo');
    await chooseFile(page, 'Enter', 'front.png');
    await expect(front.locator('.done')).toBeVisible();
    // Focus stays where the user was (not thrown back to the top of the page).
    await expect.poll(() => focused(page, front.locator('button.upload'))).toBe(true);
    await tabTo(page, back.locator('button').nth(1));
    await chooseFile(page, ' ', 'back.png');
    await expect(back.locator('.done')).toBeVisible();
    if (en) await expect(page.getByText('Back of the document: done')).toBeVisible();
    await screen('document-uploaded');
    const docContinue = doc.locator('.actions button:not(.secondary)');
    await expect(docContinue).toBeEnabled();
    await tabTo(page, docContinue);
    await page.keyboard.press('Enter');

    // Selfie.
    const selfie = page.locator('finlet-identity-selfie');
    const selfieCapture = selfie.locator('finlet-identity-capture');
    await expect(selfieCapture.locator('button').nth(1)).toBeVisible();
    if (en) await expect(page.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
    await screen('selfie');
    await tabTo(page, selfieCapture.locator('button').nth(1));
    await chooseFile(page, ' ', 'selfie.png');
    await expect(selfieCapture.locator('.done')).toBeVisible();
    await expect.poll(() => focused(page, selfieCapture.locator('button.upload'))).toBe(true);
    await screen('selfie-uploaded');
    // The checks take ~300 ms in the sandbox: hold the waiting screen's status polls (the flow's
    // own first read passes) until it has been checked, then let them through unchanged.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    await page.route(/\/widget\/v1\/identity$/, async (route) => {
      if (route.request().method() === 'GET' && ++reads > 1) await held;
      await route.continue();
    });
    await tabTo(page, selfie.locator('.actions button'));
    await page.keyboard.press('Enter');

    // Waiting, then approved.
    const status = page.locator('finlet-identity-status');
    await expect(status.locator('h2:not([data-status])')).toBeVisible();
    await expect(status.locator('[aria-busy=true]')).toBeVisible();
    if (en) await expect(status.locator('h2')).toHaveText(/Checking/);
    await screen('waiting');
    release();
    await expect(status.locator('h2[data-status=approved]')).toBeVisible({ timeout: 15_000 });
    if (en) await expect(page.getByRole('heading', { name: 'Identity verified' })).toBeVisible();
    await screen('approved');
    await tabTo(page, status.locator('button[part=button]'));
    await page.keyboard.press('Enter');

    await expect(page.locator('finlet-done h2')).toBeVisible();
    if (en) await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
    await expect(page.locator('finlet-done .mark.success')).toBeVisible();
    await screen('done');
    await context.close();
  });
}
