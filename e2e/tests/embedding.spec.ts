/**
 * The two ways a partner page embeds the widget, as a shopper and a partner developer rely on them:
 * the modal (focus kept inside, Escape leaves with `user_exit`, focus back on the opener), inline
 * (the frame sits in the partner's container and follows the content's height), the element's DOM
 * events crossing shadow roots, a page that includes widget.js twice, and the frame widget.js
 * prepares once the page has loaded (and not when the script tag says `data-preload="off"`): the
 * flow app waiting for a session, which `open()` shows and hands the session to by message — and
 * which refuses, showing nothing, a page outside the session's allowed origins.
 */
import type { Frame, Page } from '@playwright/test';
import {
  createSession,
  expect,
  finishDone,
  flowFrame,
  flowFrames,
  isPreparedFrame,
  openWithToken,
  payWithTestCard,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';

/** Where keyboard focus is: on the shop page, or inside the widget frame. */
async function focusIsInsidePageContent(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return Boolean(el && el !== document.body && el.closest('header, main, footer'));
  });
}

async function appHeight(frame: Frame) {
  return frame.evaluate(() =>
    Math.ceil(document.querySelector('finlet-app')!.getBoundingClientRect().height),
  );
}

test('the modal keeps focus inside, Escape exits with user_exit and focus returns to Checkout', async ({
  page,
  shot,
}) => {
  await page.goto(stack.demo);
  const checkout = page.getByRole('button', { name: 'Checkout' });
  await checkout.focus();
  await page.keyboard.press('Enter');
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();

  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsInsidePageContent(page), `Tab ${i + 1} stays out of the inert page`).toBe(false);
  }
  await shot('modal-focus-trapped');

  await page.keyboard.press('Escape');
  await expect(page.locator('#checkout-status')).toHaveAttribute('data-exit', 'user_exit');
  await expect.poll(() => flowFrames(page).length).toBe(0);
  await expect(checkout).toBeFocused();
  await shot('modal-closed-user-exit');
});

test('the close button in the frame exits with user_exit too', async ({ page }) => {
  await page.goto(stack.demo);
  await page.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('#checkout-status')).toHaveAttribute('data-exit', 'user_exit');
  await expect.poll(() => flowFrames(page).length).toBe(0);
});

test('inline: the frame sits in the container and its height follows the content', async ({ page, shot }) => {
  await page.goto(`${stack.demo}/vue`);
  await page.getByRole('button', { name: 'Pay €24.00' }).click();
  const frame = await flowFrame(page);
  const iframe = page.locator('#vue-widget > iframe');
  await expect(iframe).toHaveCount(1);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();

  const heightOf = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
  await expect.poll(async () => (await heightOf()) === (await appHeight(frame))).toBe(true);
  const consentHeight = await heightOf();
  expect(consentHeight).not.toBe(480); // the loader's initial height was replaced by the reported one
  await shot('inline-consent');

  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await expect.poll(async () => (await heightOf()) === (await appHeight(frame))).toBe(true);
  expect(await heightOf()).not.toBe(consentHeight);
  await shot('inline-card-form');

  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await expect(page.locator('#vue-status')).toHaveText(/Order confirmed: the result token verified/);
  await expect(iframe).toHaveCount(0);
  await shot('inline-vue-confirmed');
});

test('React: the README recipe, bundled with @finlet/widget as an ES module, pays inline and closes on success', async ({
  page,
  shot,
}) => {
  await page.goto(`${stack.demo}/react`);
  await page.getByRole('button', { name: 'Pay €24.00' }).click();
  const frame = await flowFrame(page);
  const iframe = page.locator('#react-widget > iframe');
  await expect(iframe).toHaveCount(1);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  // The frame's height follows its content here too (the ES module is the same loader).
  await expect
    .poll(async () => (await iframe.evaluate((el) => el.getBoundingClientRect().height)) > 300)
    .toBe(true);
  await shot('react-consent');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await expect(page.locator('#react-status')).toHaveText(/Order confirmed: the result token verified/);
  // onSuccess unmounted the component, whose cleanup closed the widget: no frame is left.
  await expect(iframe).toHaveCount(0);
  await shot('react-confirmed');
});

test('<finlet-widget> markup: the shop page hears its events and the order completes', async ({
  page,
  shot,
}) => {
  await page.goto(`${stack.demo}/element`);
  const frame = await flowFrame(page);
  await expect(page.locator('finlet-widget iframe')).toHaveCount(1);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(page.locator('#event-log')).toContainText('OPEN');
  await shot('element-inline');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await page.waitForURL(/\/orders\/ses_/);
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified/);
});

test('<finlet-widget> inside a shadow root: composed events reach the document', async ({ page }) => {
  const session = await createSession();
  await page.goto(stack.demo);
  await page.waitForFunction(() => Boolean(window.Finlet));
  await page.evaluate((token) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ['finlet-event', 'finlet-success', 'finlet-exit']) {
      document.addEventListener(type, (e) => {
        const detail = e as Event & { name?: string; session_id?: string };
        seen.push(`${type}:${detail.name ?? detail.session_id ?? ''}:${e.composedPath().length > 0}`);
      });
    }
    const host = document.createElement('div');
    host.id = 'shadow-host';
    document.querySelector('main')!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const widget = document.createElement('finlet-widget');
    widget.setAttribute('mode', 'inline');
    widget.setAttribute('token', token);
    root.append(widget);
  }, session.client_token);

  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen))
    .toEqual(expect.arrayContaining(['finlet-event:OPEN:true', `finlet-success:${session.id}:true`]));
  // Nothing else ran the checkout page's own handlers: no navigation happened.
  expect(page.url()).toBe(`${stack.demo}/`);
});

test('widget.js included twice: one window.Finlet, one element definition, one frame', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(stack.demo);
  await page.waitForFunction(() => Boolean(window.Finlet));
  const same = await page.evaluate(async (src) => {
    const before = window.Finlet;
    const defined = customElements.get('finlet-widget');
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('load failed'));
      document.head.append(s);
    });
    return window.Finlet === before && customElements.get('finlet-widget') === defined;
  }, `${stack.finlet}/widget.js`);
  expect(same).toBe(true);
  expect(errors).toEqual([]);

  const session = await createSession();
  await page.evaluate((token) => {
    window.Finlet!.open({ token });
    window.Finlet!.open({ token });
  }, session.client_token);
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  expect(flowFrames(page)).toHaveLength(1);
});

test('widget.js prepares the flow in a hidden frame once the page has loaded; open() shows that very frame and hands it the session', async ({
  page,
}) => {
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document' && r.url().startsWith(`${stack.finlet}/flow/`))
      documents.push(r.url());
  });
  await page.goto(stack.demo);
  await expect.poll(() => page.frames().filter(isPreparedFrame).length).toBe(1);
  const prepared = page.frames().find(isPreparedFrame)!;
  // The app, waiting: no session in its address, none read, nothing of one shown.
  expect(prepared.url()).toBe(`${stack.finlet}/flow/warm`);
  await expect(prepared.locator('finlet-app')).toBeAttached();
  await expect(prepared.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
  // Out of sight, out of the tab order and the accessibility tree.
  const element = page.locator(`iframe[src="${stack.finlet}/flow/warm"]`);
  await expect(element).toBeHidden();
  expect(await element.evaluate((f) => (f as HTMLIFrameElement).inert)).toBe(true);

  const checkout = page.getByRole('button', { name: 'Checkout' });
  for (const round of [1, 2]) {
    await expect.poll(() => page.frames().filter(isPreparedFrame).length).toBe(1);
    const ready = page.frames().find(isPreparedFrame)!;
    await checkout.click();
    const frame = await flowFrame(page);
    // The prepared frame itself, now the session's: its address names the session, never the token.
    expect(frame, `open ${round}`).toBe(ready);
    expect(frame.url()).toMatch(new RegExp(`^${stack.finlet}/flow/\\?session=ses_\\w+$`));
    await expect(frame.getByRole('heading', { name: 'Before you start' }), `open ${round}`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#checkout-status')).toHaveAttribute('data-exit', 'user_exit');
    await expect.poll(() => flowFrames(page).length).toBe(0);
    // A new prepared frame for the next open: a used one is never used again.
    await expect.poll(() => page.frames().filter(isPreparedFrame).length).toBe(1);
    expect(page.frames().find(isPreparedFrame)).not.toBe(ready);
  }
  // Every flow document was a prepared frame's: none reloaded as a session's page, no token in any.
  expect(documents).toEqual([
    `${stack.finlet}/flow/warm`,
    `${stack.finlet}/flow/warm`,
    `${stack.finlet}/flow/warm`,
  ]);
});

test('a prepared frame handed a session by a page outside its allowed origins shows nothing of it and ends: onExit origin_not_allowed', async ({
  page,
}) => {
  const session = await createSession(); // allowed_origins: [the demo at localhost]
  const elsewhere = stack.demo.replace('localhost', '127.0.0.1');
  const refusedByBrowser: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refusedByBrowser.push(m.text());
  });
  await page.goto(elsewhere);
  await expect.poll(() => page.frames().filter(isPreparedFrame).length).toBe(1);
  await openWithToken(page, session.client_token);
  // The app took the hand-off, read the session's allowed origins and refused this page itself.
  const frame = await flowFrame(page);
  await expect(frame.locator('finlet-error')).toBeAttached();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Finlet');
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
  await expect
    .poll(async () => (await recorded(page)).exit, { timeout: 20_000 })
    .toEqual([
      {
        status: 'origin_not_allowed',
        error: { code: 'origin_not_allowed', message: expect.stringContaining(elsewhere) },
      },
    ]);
  // Nothing reached the page from the frame: no `ready`, no event.
  expect((await recorded(page)).events).toEqual([]);
  expect(refusedByBrowser).toEqual([]);
  await expect.poll(() => flowFrames(page).length, { message: 'the frame is removed' }).toBe(0);
});

test('a script tag with data-preload="off" prepares nothing until Finlet.preload()', async ({ page }) => {
  await page.goto(stack.hostile);
  await page.evaluate(async (src) => {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.dataset.preload = 'off';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('load failed'));
      document.head.append(s);
    });
  }, `${stack.finlet}/widget.js`);
  // The page had loaded before the script came: an unprepared script would prepare at once.
  await page.waitForTimeout(500);
  expect(page.frames().filter(isPreparedFrame)).toHaveLength(0);
  await page.evaluate(() => window.Finlet!.preload());
  await expect.poll(() => page.frames().filter(isPreparedFrame).length).toBe(1);
});
