/**
 * Every screen of the widget as a customer sees it inside the modal, on a phone (360 px) and on a
 * desktop (1024 px), light and left-to-right (English) and dark and right-to-left (Arabic), and on
 * a phone in Portuguese (long words): consent, the identity details form (empty, with its errors,
 * filled), the document choice and capture, the selfie, the verified identity, the bank list and
 * the account choice, the card form, a declined card, pay by bank, the 3-D Secure challenge (framed,
 * and offered in a window when the bank's page refuses framing), the payment succeeded, all done —
 * and the error screen. On each one, in the frame: no element is wider than its box (scrollWidth ≤
 * clientWidth) and no box reaches outside the frame; the frame stays inside the page. Each screen is
 * saved as a screenshot. Inline, the same holds at 320 px and 1280 px. "Continue on your phone" is
 * offered on the desktop only.
 */
import type { Frame, Page } from '@playwright/test';
import { signInAtBank } from '../support/bank.ts';
import {
  CARD_YEAR,
  createSession,
  expect,
  expiredToken,
  flowFrame,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';
import { PNG } from './identity.helpers.ts';

/** What overflows in the frame: boxes wider than their element, and boxes outside the frame. */
function overflowIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scrollsByItself = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'VIDEO', 'IMG', 'PROGRESS']);
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '');
    const walk = (root: Document | ShadowRoot, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, name(el));
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const where = `${host} ${name(el)}`;
        if (box.left < -1 || box.right > width + 1)
          problems.push(`${where}: box ${Math.round(box.left)}…${Math.round(box.right)} outside 0…${width}`);
        const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
        if (
          !scrollsByItself.has(el.tagName) &&
          !scrolls &&
          el.clientWidth > 0 &&
          el.scrollWidth > el.clientWidth + 1
        )
          problems.push(`${where}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    };
    walk(document, '');
    return problems;
  });
}

/** The frame's box is inside the page's viewport. */
async function frameInsidePage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const find = (root: Document | ShadowRoot): HTMLIFrameElement[] => [
      ...root.querySelectorAll('iframe'),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? find(el.shadowRoot) : [])),
    ];
    for (const frame of find(document)) {
      const box = frame.getBoundingClientRect();
      if (box.left < -1 || box.right > document.documentElement.clientWidth + 1)
        problems.push(`frame ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
    return problems;
  });
}

interface Run {
  width: number;
  theme: 'light' | 'dark';
  locale: 'en' | 'ar' | 'pt';
}

// Each test opens its own session and page: the two workers share this file's tests between them.
test.describe.configure({ mode: 'parallel' });

const LANGUAGE_NAMES = { en: 'English', ar: 'Arabic, right to left', pt: 'Portuguese' };

const RUNS: Run[] = [
  { width: 360, theme: 'light', locale: 'en' },
  { width: 360, theme: 'dark', locale: 'ar' },
  { width: 1024, theme: 'light', locale: 'en' },
  { width: 1024, theme: 'dark', locale: 'ar' },
  // Portuguese: among the longest of the twelve languages, on the narrowest modal.
  { width: 360, theme: 'light', locale: 'pt' },
];

for (const run of RUNS) {
  const label = `${run.width}px, ${run.theme}, ${LANGUAGE_NAMES[run.locale]}`;
  test.describe(label, () => {
    test.use({
      viewport: { width: run.width, height: run.width < 600 ? 740 : 768 },
      hasTouch: run.width < 600,
      colorScheme: run.theme,
    });

    test('every screen in the modal fits the frame', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const prefix = `${run.width}-${run.theme}-${run.locale}`;
      let n = 0;
      const check = async (frame: Frame, screen: string) => {
        // Let the frame settle to its new height (resize message, then layout).
        await page.waitForTimeout(150);
        // What the customer sees; and when the screen is taller than the modal, its end too.
        n += 1;
        const name = `${String(n).padStart(2, '0')}-${prefix}-${screen}`;
        await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
        if (await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1)) {
          await frame.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
          await page.screenshot({ path: testInfo.outputPath(`${name}-end.png`) });
          await frame.evaluate(() => scrollTo(0, 0));
        }
        expect(await overflowIn(frame), `${screen}: nothing overflows`).toEqual([]);
        expect(await frameInsidePage(page), `${screen}: the frame is inside the page`).toEqual([]);
      };

      const session = await createSession({
        flows: ['identity', 'link', 'payment'],
        customer: { reference: `layout-${prefix}`, country: 'GB' },
        locale: run.locale,
        appearance: { theme: run.theme },
      });
      await page.goto(stack.demo);
      await openWithToken(page, session.client_token);
      const frame = await flowFrame(page);
      await expect(frame.locator('html')).toHaveAttribute('dir', run.locale === 'ar' ? 'rtl' : 'ltr');

      await frame.locator('finlet-consent button').waitFor();
      // The demo partner is named as the shop is.
      await expect(frame.locator('finlet-app h1')).toHaveText('Paper & Pine');
      await check(frame, 'consent');
      await frame.locator('finlet-consent button').click();

      // Identity: the details form, empty with its errors, then filled (a UK address).
      const details = frame.locator('finlet-identity-details');
      await details.locator('#first_name').waitFor();
      await expect(details.locator('#address-country')).toHaveValue('GB');
      await check(frame, 'identity-details');
      await details.locator('button[type=submit]').click();
      await expect(details.locator('[aria-invalid=true]').first()).toBeVisible();
      await check(frame, 'identity-details-errors');
      await details.locator('#first_name').fill('Ada');
      await details.locator('#last_name').fill('Lovelace');
      await details.locator('#date_of_birth').fill('1990-12-10');
      await details.locator('#email').fill('ada@example.com');
      await details.locator('#phone').fill('020 7946 0018');
      await details.locator('#address-line1').fill('10 Downing Street');
      await details.locator('#address-city').fill('London');
      await details.locator('#address-postal_code').fill('SW1A 2AA');
      await check(frame, 'identity-details-filled');
      await details.locator('button[type=submit]').click();

      // The document: a Spanish ID card (front and back), by upload.
      const doc = frame.locator('finlet-identity-document');
      await doc.locator('#country').waitFor();
      await expect(doc.locator('#country')).toHaveValue('GB');
      await expect(doc.locator('input[value=id_card]')).toHaveCount(0);
      await doc.locator('#country').selectOption('ES');
      await doc.locator('input[value=id_card]').check();
      await doc.locator('#expiry').fill('2099-01-01');
      await check(frame, 'identity-document');
      await doc.locator('button[type=submit]').click();
      await doc.locator('input[type=file][data-side=front]').waitFor({ state: 'attached' });
      // Offered on a computer only: a phone is already the phone.
      await expect(doc.locator('button.handoff')).toHaveCount(run.width < 600 ? 0 : 1);
      await check(frame, 'identity-capture');
      for (const side of ['front', 'back'])
        await doc
          .locator(`input[type=file][data-side=${side}]`)
          .setInputFiles({ name: 'id.png', mimeType: 'image/png', buffer: PNG });
      await expect(doc.locator('finlet-identity-capture .done')).toHaveCount(2);
      await check(frame, 'identity-captured');
      await doc.locator('.actions.split button:not(.secondary)').click();

      const selfie = frame.locator('finlet-identity-selfie');
      await selfie.locator('input[type=file]').waitFor({ state: 'attached' });
      await selfie
        .locator('input[type=file]')
        .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
      await expect(selfie.locator('finlet-identity-capture .done')).toBeVisible();
      await check(frame, 'identity-selfie');
      await selfie.locator('.actions button').click();

      const status = frame.locator('finlet-identity-status');
      await expect(status.locator('h2[data-status=approved]')).toBeVisible({ timeout: 20_000 });
      await check(frame, 'identity-approved');
      await status.locator('.actions button').click();

      // Bank link: the bank list (countries named), the bank's popup, the account choice.
      const link = frame.locator('finlet-link');
      await expect(link.locator('button.bank').first()).toBeVisible();
      await expect(link.locator('button.bank .muted').first()).not.toHaveText(/^(GB|DE)$/);
      await check(frame, 'link-banks');
      const popup = page.waitForEvent('popup');
      await link.locator('button.bank[data-institution]').first().click();
      await signInAtBank(await popup, 'user_multi');
      await expect(link.locator('fieldset input[type=checkbox]').first()).toBeVisible({ timeout: 20_000 });
      await check(frame, 'link-accounts');
      await link.locator('.actions button').click();

      // Payment: the card form, a decline, pay by bank, the 3-D Secure challenge, success.
      const payment = frame.locator('finlet-payment');
      const card = payment.locator('finlet-payment-card');
      await card.locator('#number').waitFor();
      await check(frame, 'payment-card');
      const pay = async (number: string, name = 'Ada Lovelace') => {
        await card.locator('#number').fill(number);
        await card.locator('#expiry').fill(`12${CARD_YEAR}`);
        await card.locator('#cvc').fill('123');
        await card.locator('#name').fill(name);
        await card.locator('button.pay').click();
      };
      await pay('4000000000000002');
      await expect(card.locator('.banner')).toBeVisible({ timeout: 20_000 });
      await expect(card.locator('.banner')).not.toContainText('card_declined');
      await check(frame, 'payment-declined');

      await payment.locator('.other-method button').click();
      const bank = payment.locator('finlet-payment-bank');
      await expect(bank.locator('button.bank').first()).toBeVisible();
      await check(frame, 'payment-bank');
      await bank.locator('.actions button.secondary').click();

      await pay('4000002760003184');
      await expect(payment.locator('finlet-payment-challenge iframe')).toBeVisible({ timeout: 20_000 });
      await check(frame, 'payment-challenge');
      await payment.locator('finlet-payment-challenge .actions button[part=button]').click();
      await expect(card.locator('.banner')).toBeVisible({ timeout: 20_000 });

      // A challenge page that refuses to be framed (the sandbox's `Frame Refused`): the window offer.
      await pay('4000002760003184', 'Frame Refused');
      const offer = payment.locator('finlet-payment-challenge button[data-open-window]');
      await expect(offer).toBeVisible({ timeout: 20_000 });
      await check(frame, 'payment-challenge-window');
      await payment.locator('finlet-payment-challenge button.secondary[part=button]').click();
      await expect(offer).toHaveCount(0);
      await expect(card.locator('.banner')).toBeVisible({ timeout: 20_000 });

      await pay('4242424242424242');
      await expect(payment.locator('.reference')).toBeVisible({ timeout: 20_000 });
      await expect(payment.locator('.mark.success')).toBeVisible();
      await check(frame, 'payment-succeeded');
      await payment.locator('.success .actions button').click();

      // All done stays until the customer presses Done; then the page gets onSuccess.
      const done = frame.locator('finlet-done');
      await expect(done.locator('.mark.success')).toBeVisible();
      await page.waitForTimeout(500);
      expect((await recorded(page)).success).toHaveLength(0);
      await check(frame, 'done');
      await done.locator('.actions button').click();
      await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
    });

    test('the error screen fits', async ({ page }, testInfo) => {
      // An error that ends the flow closes the modal at once (the page gets onExit): the screen
      // is checked where it stays, with the flow opened as a page of the same width.
      const expired = await expiredToken();
      await page.goto(
        `${stack.finlet}/flow/?session=${expired.session_id}#token=${encodeURIComponent(expired.client_token)}`,
      );
      await page.locator('finlet-error h2').waitFor();
      await page.screenshot({
        path: testInfo.outputPath(`${run.width}-${run.theme}-${run.locale}-error.png`),
      });
      expect(await overflowIn(page.mainFrame())).toEqual([]);
    });
  });
}

for (const width of [320, 1280]) {
  test.describe(`inline at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the consent, identity form and card form fit the frame', async ({ page, shot }) => {
      const session = await createSession({
        flows: ['identity', 'payment'],
        customer: { reference: `inline-${width}`, country: 'US' },
      });
      await page.goto(stack.demo);
      await page.evaluate(() => {
        const box = document.createElement('div');
        box.id = 'inline-widget';
        document.querySelector('main')!.prepend(box);
      });
      await openWithToken(page, session.client_token, { container: '#inline-widget' });
      const frame = await flowFrame(page);
      await frame.locator('finlet-consent button').waitFor();
      await shot(`inline-${width}-consent`);
      expect(await overflowIn(frame)).toEqual([]);
      await frame.locator('finlet-consent button').click();
      const details = frame.locator('finlet-identity-details');
      await details.locator('#first_name').waitFor();
      // The US asks for a state, a ZIP code and the SSN: the longest form.
      await expect(details.locator('#id_number')).toBeVisible();
      await details.locator('button[type=submit]').click();
      await expect(details.locator('[aria-invalid=true]').first()).toBeVisible();
      await page.waitForTimeout(150);
      await shot(`inline-${width}-identity-details-errors`);
      expect(await overflowIn(frame)).toEqual([]);
      expect(await frameInsidePage(page)).toEqual([]);
    });
  });
}
