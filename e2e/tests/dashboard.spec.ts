/**
 * The partner dashboard end to end in Chromium: the first operator (made as `finlet users create
 * --operator` makes it) creates a partner and invites its admin; the admin accepts, adds a passkey
 * (Chromium's virtual authenticator over CDP) and signs in with it and with the password, creates
 * an API key; a widget session paid with a test card shows up, with its timeline; the admin
 * refunds part of it after a confirmation; a reviewer approves an identity in review seeing its
 * images; a failing webhook endpoint shows on the home page and its event is redelivered once the
 * receiver recovers; a viewer gets no refund button and a 403; keyboard alone signs in and opens
 * the audit log, which shows each of those changes with the person who made it. Every page the
 * story passes is scanned with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, payWithTestCard, stack, test } from '../support/fixtures.ts';

const PASSWORD = 'correct horse battery staple';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

// One story in steps, each on the state the one before left; a step walks several pages of a
// shared, slow machine, hence more time than the suite's default.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function accessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

async function accept(page: Page, url: string, name: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Join Finlet' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password (12 characters or more)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account and sign in' }).click();
}

async function signIn(page: Page, email: string) {
  await page.goto(`${stack.finlet}/dashboard/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Finlet' })).toBeVisible();
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

async function inviteLink(
  page: Page,
  email: string,
  role: string,
  scope = page.locator('form', { has: page.getByRole('button', { name: 'Invite' }) }),
) {
  await scope.getByLabel('E-mail address').fill(email);
  await scope.getByLabel('Role').selectOption({ label: role });
  await scope.getByRole('button', { name: 'Invite' }).click();
  const link = page.getByTestId('invite-link');
  await expect(link).toBeVisible();
  return (await link.textContent())!.trim();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 820 } });
  return context.newPage();
}

let operatorEmail = '';
let adminEmail = '';
let partnerKey = '';
let paymentId = '';
let reviewerEmail = '';
let identityId = '';
let eventId = '';

test('operator → partner → admin signs in with password and passkey → creates a key', async ({
  page,
  shot,
}) => {
  operatorEmail = `ops-${Date.now()}@example.com`;
  const op = await (
    await fetch(`${stack.control}/operator`, {
      method: 'POST',
      body: JSON.stringify({ email: operatorEmail }),
    })
  ).json();
  await accept(page, op.url, 'Olga Operator');
  await expect(page.getByRole('heading', { name: 'Partners' })).toBeVisible();
  await accessible(page, 'partners');
  await shot('operator-partners');

  const shopName = `Dash Shop ${Date.now()}`;
  await page.getByLabel('Partner name').fill(shopName);
  await page.getByLabel('Allowed origins (one per line)').fill(stack.demo);
  await page.getByRole('button', { name: 'Create partner' }).click();
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: shopName }) });
  await expect(card).toBeVisible();
  adminEmail = `admin-${Date.now()}@example.com`;
  const adminLink = await inviteLink(page, adminEmail, 'Admin', card);
  await shot('operator-invited-admin');
  await signOut(page);

  // The admin accepts the invitation and lands on the home page, in test mode.
  await accept(page, adminLink, 'Ada Admin');
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveText('Test mode');
  await accessible(page, 'home');

  // A passkey, with Chromium's virtual authenticator.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  await nav(page, 'Your account');
  await page.getByLabel('Passkey name').fill('Laptop');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passkey added.' })).toBeVisible();
  await expect(page.getByText(/^Laptop/)).toBeVisible();
  await shot('account-passkey');
  await signOut(page);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();
  await signOut(page);
  await signIn(page, adminEmail);
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();

  // Keys: the secret is shown once.
  await nav(page, 'Developers');
  await page.getByLabel('Description').fill('shop server');
  await page.getByRole('button', { name: 'Create key' }).click();
  partnerKey = (await page.getByTestId('secret').textContent())!.trim();
  expect(partnerKey).toMatch(/^sk_test_/);
  await accessible(page, 'developers');
  await shot('developers-key-created');
});

test('a paid widget session shows with its timeline and is refunded in part after a confirmation', async ({
  page,
  browser,
  shot,
}) => {
  await signIn(page, adminEmail);
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();

  // A widget session with the new key, paid with a test card in the flow.
  const reference = `dash-cus-${Date.now()}`;
  const created = await fetch(`${stack.finlet}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${partnerKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      flows: ['payment'],
      customer: { reference },
      payment: { amount: 2400, currency: 'EUR', description: 'Field Notebook' },
      allowed_origins: [stack.demo],
    }),
  });
  expect(created.status).toBe(201);
  const session = (await created.json()) as { id: string; client_token: string };
  // The customer's flow in a browser of its own (not a second tab of the admin's).
  const flow = await newPage(browser);
  await flow.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await flow.getByRole('button', { name: 'Continue' }).click();
  await payWithTestCard(flow);
  paymentId = (await flow.locator('.reference').textContent())!.trim();
  // The frame completes the session when the customer goes on (the call it makes, made here).
  const done = await fetch(`${stack.finlet}/widget/v1/session/complete`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.client_token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(done.status).toBe(200);
  await flow.context().close();

  // The admin finds it by customer reference, with its timeline.
  await nav(page, 'Sessions');
  await page.getByLabel('Customer reference').fill(reference);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: session.id }).click();
  await expect(page.getByRole('heading', { name: /Session/ })).toBeVisible();
  await expect(page.getByText('completed').first()).toBeVisible();
  await expect(page.getByRole('link', { name: paymentId }).first()).toBeVisible();
  await accessible(page, 'session detail');
  await shot('session-timeline');

  // Refund part of it, after the confirmation.
  await page.getByRole('link', { name: paymentId }).first().click();
  await page.getByLabel(/Amount to refund/).fill('10');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await accessible(page, 'refund confirmation');
  await shot('refund-confirm');
  await dialog.getByRole('button', { name: 'Refund €10.00' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Refunded €10.00' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('cell', { name: 'succeeded' }).first()).toBeVisible();
  await shot('payment-refunded');
});

test('a reviewer approves an identity in review, seeing its document and selfie', async ({
  page,
  browser,
  shot,
}) => {
  await signIn(page, adminEmail);
  await nav(page, 'Team');
  reviewerEmail = `reviewer-${Date.now()}@example.com`;
  const link = await inviteLink(page, reviewerEmail, 'Reviewer');

  // An identity the sandbox KYC sends to review (surname "Review"), submitted as the widget submits it.
  const s = await (
    await fetch(`${stack.finlet}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${partnerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        flows: ['identity'],
        customer: { reference: `idv-${Date.now()}` },
        allowed_origins: [stack.demo],
      }),
    })
  ).json();
  const widget = (path: string, body: unknown) =>
    fetch(`${stack.finlet}/widget/v1/identity${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.client_token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const details = {
    first_name: 'Rita',
    last_name: 'Review',
    date_of_birth: '1990-12-10',
    nationality: 'GB',
    email: 'rita@example.com',
    phone: '+442079460018',
    address: { line1: '1 High St', city: 'London', postal_code: 'SW1A 1AA', country: 'GB' },
  };
  expect((await widget('/details', details)).status).toBe(200);
  expect(
    (await widget('/document', { type: 'passport', issuing_country: 'GB', expiry_date: '2099-01-01' }))
      .status,
  ).toBe(200);
  for (const side of ['front', 'selfie'])
    expect((await widget('/images', { side, content_type: 'image/png', data: PNG })).status).toBe(200);
  expect((await widget('/submit', {})).status).toBe(200);

  const reviewer = await newPage(browser);
  await accept(reviewer, link, 'Rob Reviewer');
  await expect(reviewer.getByRole('heading', { name: /Home/ })).toBeVisible();
  await nav(reviewer, 'Identity review');
  await expect(async () => {
    await reviewer.reload();
    await expect(reviewer.getByRole('link', { name: /^idv_/ }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const queued = reviewer.getByRole('link', { name: /^idv_/ }).first();
  identityId = (await queued.textContent())!.trim();
  await queued.click();
  for (const name of ['Document front', 'Selfie']) {
    const img = reviewer.getByRole('img', { name });
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(reviewer.getByRole('cell', { name: 'document_unreadable' })).toBeVisible();
  await accessible(reviewer, 'identity review');
  await shot('identity-review', reviewer);
  await reviewer.getByLabel('Note (kept with your decision)').fill('Passport readable, matches selfie');
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText('approved').first()).toBeVisible();
  await expect(reviewer.getByText(/Decided by usr_/)).toBeVisible();
  await shot('identity-approved', reviewer);
  await reviewer.context().close();
});

test('a failing webhook endpoint shows on the home page and its event is redelivered', async ({
  page,
  shot,
}) => {
  await signIn(page, adminEmail);
  await nav(page, 'Developers');
  await page.getByLabel('URL').fill(`${stack.control}/hook`);
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(page.getByTestId('secret')).toContainText('whsec_');
  await page.getByRole('button', { name: 'Send test event' }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/Failing 500/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await nav(page, 'Home');
  await expect(page.getByRole('link', { name: `${stack.control}/hook` })).toBeVisible();
  await shot('home-failing-endpoint');

  await fetch(`${stack.control}/hook/recover`, { method: 'POST' });
  await nav(page, 'Events and webhooks');
  await page
    .getByRole('row', { name: /webhook_endpoint\.tested/ })
    .getByRole('link')
    .click();
  eventId = page.url().split('/').pop()!;
  expect(eventId).toMatch(/^evt_/);
  await expect(page.getByRole('cell', { name: '500' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Redeliver' }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('cell', { name: '204' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await accessible(page, 'event deliveries');
  await shot('event-redelivered');
});

test('a viewer sees no refund button and is refused a refund with 403', async ({ page, browser, shot }) => {
  await signIn(page, adminEmail);
  await nav(page, 'Team');
  const link = await inviteLink(page, `viewer-${Date.now()}@example.com`, 'Viewer');
  const viewer = await newPage(browser);
  await accept(viewer, link, 'Vic Viewer');
  await expect(viewer.getByRole('heading', { name: /Home/ })).toBeVisible();
  await expect(viewer.getByRole('navigation').getByRole('link', { name: 'Team' })).toHaveCount(0);
  await viewer.goto(`${stack.finlet}/dashboard/test/payments/${paymentId}`);
  await expect(viewer.getByText('€24.00').first()).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Refund', exact: true })).toHaveCount(0);
  await shot('viewer-payment', viewer);
  const status = await viewer.evaluate(async (id) => {
    const me = await (await fetch('/dashboard/api/me')).json();
    const res = await fetch(`/dashboard/api/test/payments/${id}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token },
      body: JSON.stringify({ amount: 100 }),
    });
    return { status: res.status, code: (await res.json()).error.code };
  }, paymentId);
  expect(status).toEqual({ status: 403, code: 'insufficient_role' });
  await viewer.context().close();
});

test('an admin sets the test payee and a live card account; the secret is never shown again', async ({
  page,
  shot,
}) => {
  await signIn(page, adminEmail);
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();
  await page.goto(`${stack.finlet}/dashboard/test/settings`);
  await expect(page.getByRole('heading', { name: 'Provider accounts' })).toBeVisible();
  // Test mode: the sandbox providers every test session uses; an account only names the payee.
  await expect(page.getByRole('cell', { name: 'sandbox_processor' })).toBeVisible();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add a provider account' }) });
  await form.getByLabel('Connector').selectOption('ob_uk');
  await form.getByLabel('institutions').fill('sandbox-bank-uk');
  await form.getByLabel('Payee name').fill('Dashboard Shop Ltd');
  await form.getByLabel('Sort code').fill('04-00-04');
  await form.getByLabel('Account number').fill('12345678');
  await form.getByRole('button', { name: 'Add a provider account' }).click();
  await expect(page.getByRole('status')).toHaveText('Provider account added.');
  await expect(page.getByRole('cell', { name: /Dashboard Shop Ltd · 040004 12345678/ })).toBeVisible();
  await accessible(page, 'settings (test)');
  await shot('settings-provider-accounts-test');

  // The appearance preview draws with the widget's own colour rules as the admin types.
  const previewButton = page.locator('fd-widget-preview button');
  await page.getByLabel('Primary colour').fill('#f5d000');
  await expect(previewButton).toHaveCSS('background-color', 'rgb(245, 208, 0)');
  await expect(previewButton).toHaveCSS('color', 'rgb(0, 0, 0)'); // black reads better on yellow

  // Live mode: a card processor with its secret key; the screen shows its last four only.
  const secret = 'psk_live_e2e_dashboard_secret';
  await page.goto(`${stack.finlet}/dashboard/live/settings`);
  await expect(page.getByText('No live provider accounts yet')).toBeVisible();
  await form.getByLabel('Connector').selectOption('sandbox_processor');
  await form.getByLabel('api_base_url').fill('https://processor.example/v1');
  await form.getByLabel('publishable_key').fill('ppk_live_e2e_dashboard');
  // A bad field is named, and nothing is added.
  await form.getByLabel('api_key').fill('short');
  await form.getByLabel('callback_secret').fill('pcs_live_e2e_dashboard_callback');
  await form.getByRole('button', { name: 'Add a provider account' }).click();
  await expect(page.getByRole('alert')).toContainText('credentials.api_key');
  await form.getByLabel('api_key').fill(secret);
  await form.getByLabel('callback_secret').fill('pcs_live_e2e_dashboard_callback');
  await form.getByRole('button', { name: 'Add a provider account' }).click();
  await expect(page.getByRole('status')).toHaveText('Provider account added.');
  await expect(page.getByRole('cell', { name: `api_key_last4: ${secret.slice(-4)}` })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  await expect(form.getByLabel('api_key')).toHaveValue('');
  await accessible(page, 'settings (live)');
  await shot('settings-provider-accounts-live');

  // Deleting asks for a confirmation first.
  await page.getByRole('button', { name: 'Delete sandbox_processor cards' }).click();
  await page.getByRole('button', { name: 'Delete the sandbox_processor account' }).click();
  await expect(page.getByRole('status')).toContainText('Provider account deleted');
  await expect(page.getByText('No live provider accounts yet')).toBeVisible();
});

/** Tab (forwards) until `target` has the focus: what a keyboard-only user does to reach it. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error('never reached by Tab');
}

test('keyboard only: sign in and open the audit log, which shows every change above with its author', async ({
  page,
  shot,
}) => {
  await page.goto(`${stack.finlet}/dashboard/sign-in`);
  await tabTo(page, page.getByLabel('E-mail address'));
  await page.keyboard.type(adminEmail);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();

  const auditLink = page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true });
  await tabTo(page, auditLink);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Audit log', level: 1 });
  await expect(heading).toBeVisible();
  // The new page is announced: its heading takes the focus.
  await expect(heading).toBeFocused();

  const entry = (action: string, who: string, target?: string) => {
    let row = page.getByRole('row').filter({ hasText: action }).filter({ hasText: who });
    if (target) row = row.filter({ hasText: target });
    return row.first();
  };
  await expect(entry('api_key.created', adminEmail)).toBeVisible();
  await expect(entry('payment.refunded', adminEmail, paymentId)).toBeVisible();
  // The review is recorded with the reviewer who made it, not with an API key.
  await expect(entry('identity_verification.reviewed', reviewerEmail, identityId)).toBeVisible();
  await expect(entry('identity_verification.reviewed', reviewerEmail, identityId)).toContainText('approved');
  await expect(entry('webhook_endpoint.created', adminEmail)).toBeVisible();
  await expect(entry('event.redelivered', adminEmail, eventId)).toBeVisible();
  await expect(entry('provider_account.created', adminEmail)).toBeVisible();
  await expect(entry('provider_account.deleted', adminEmail)).toBeVisible();
  await accessible(page, 'audit log');
  await shot('audit-log');
});

/** Every page of a partner's admin (and the operator's partners page), with the ids the story made. */
async function everyPage(page: Page): Promise<[name: string, path: string][]> {
  const sessionId = await page.evaluate(
    async () => (await (await fetch('/dashboard/api/test/sessions?limit=1')).json()).data[0].id as string,
  );
  return [
    ['home', '/dashboard/test'],
    ['sessions', '/dashboard/test/sessions'],
    ['session', `/dashboard/test/sessions/${sessionId}`],
    ['payments', '/dashboard/test/payments'],
    ['payment', `/dashboard/test/payments/${paymentId}`],
    ['identity', '/dashboard/test/identity'],
    ['identity-review', `/dashboard/test/identity/${identityId}`],
    ['links', '/dashboard/test/links'],
    ['events', '/dashboard/test/events'],
    ['event', `/dashboard/test/events/${eventId}`],
    ['developers', '/dashboard/test/developers'],
    ['settings', '/dashboard/test/settings'],
    ['settings-live', '/dashboard/live/settings'],
    ['team', '/dashboard/team'],
    ['audit', '/dashboard/audit'],
    ['account', '/dashboard/account'],
  ];
}

for (const look of [
  { name: 'light-ltr', width: 1100, theme: 'light', lang: 'en', dir: 'ltr' },
  { name: 'dark-rtl-360', width: 360, theme: 'dark', lang: 'ar', dir: 'rtl' },
] as const) {
  test(`every page in ${look.theme} ${look.dir.toUpperCase()} at ${look.width} px reads whole and passes axe`, async ({
    browser,
    shot,
  }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ viewport: { width: look.width, height: 820 } });
    const page = await context.newPage();
    await signIn(page, adminEmail);
    await expect(page.getByRole('heading', { name: /Home/ })).toBeVisible();
    await page.getByLabel('Theme').selectOption(look.theme);
    await page.getByLabel('Language').selectOption(look.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', look.dir);
    await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);

    // Both choices outlive a reload (and a change of user); every page fits the width (a wide table
    // scrolls in its own box).
    const pages = await everyPage(page);
    for (const [name, path] of [...pages, ['partners', '/dashboard/partners'] as const]) {
      if (name === 'partners') {
        // The sign-in page in the chosen language: found by its fields' types, not their labels.
        await page.getByRole('button', { name: look.lang === 'ar' ? 'تسجيل الخروج' : 'Sign out' }).click();
        await page.locator('input[type="email"]').fill(operatorEmail);
        await page.locator('input[type="password"]').fill(PASSWORD);
        await page.locator('input[type="password"]').press('Enter');
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      }
      await page.goto(`${stack.finlet}${path}`);
      await expect(page.getByRole('heading', { level: 1 }).first(), name).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', look.dir);
      await expect(page.getByText(/^(Loading…|جارٍ التحميل…)$/)).toHaveCount(0);
      // Too wide: name the elements that stick out on the side the page scrolls to (the end: left
      // in RTL), inside shadow roots too. A scrolling box clips what it holds, except what is
      // positioned against a box outside it (absolute, fixed) — such an element widens the page.
      const wide = await page.evaluate((width) => {
        if (document.documentElement.scrollWidth <= width) return [];
        const rtl = document.documentElement.dir === 'rtl';
        const out: string[] = [];
        const visit = (el: Element, clipped: boolean) => {
          const style = getComputedStyle(el);
          const escapes = style.position === 'absolute' || style.position === 'fixed';
          const r = el.getBoundingClientRect();
          if ((!clipped || escapes) && (rtl ? r.left < -1 : r.right > width + 1)) {
            out.push(
              `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(r.left)}…${Math.round(r.right)}`,
            );
            return;
          }
          const clips = clipped || style.overflowX !== 'visible';
          for (const child of [...(el.shadowRoot?.children ?? []), ...el.children]) visit(child, clips);
        };
        visit(document.body, false);
        return out.slice(0, 5);
      }, look.width);
      expect(wide, `${name}: elements wider than the screen`).toEqual([]);
      await accessible(page, `${name} (${look.name})`);
      await shot(`${name}-${look.name}`, page);
    }
    await context.close();
  });
}
