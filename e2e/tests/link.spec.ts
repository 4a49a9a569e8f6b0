/**
 * Bank linking in real Chromium (demo shop page → Finlet frame → bank popup on the sandbox bank's
 * own origin → Finlet's /oauth/callback): each bank, the MFA user, a denied consent with its exit
 * status, a blocked popup falling back to the full-page redirect that resumes the same session,
 * update mode, keyboard-only use and axe on the new screens.
 */
import type { Frame, Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y.ts';
import { signInAtBank } from '../support/bank.ts';
import {
  createSession,
  expect,
  finishDone,
  flowFrame,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';

const axe = (page: Page) => expectAccessible(page, 'this screen');

async function startLink(page: Page, body: Record<string, unknown> = {}) {
  const session = await createSession({ flows: ['link'], payment: undefined, ...body });
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Choose your bank' })).toBeVisible();
  return { frame, session };
}

async function chooseBank(page: Page, frame: Frame, name: string) {
  await frame.getByLabel('Search banks').fill(name.split(' ').pop()!);
  await expect(frame.getByRole('button', { name: /Sandbox Bank/ })).toHaveCount(1);
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: new RegExp(name) }).click();
  return popup;
}

async function finish(page: Page, frame: Frame) {
  await expect(frame.getByRole('heading', { name: 'Choose accounts to share' })).toBeVisible();
  await frame.getByRole('button', { name: /^Share \d+ accounts?$/ }).click();
  await finishDone(frame);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
}

for (const [bank, user, otp] of [
  ['Sandbox Bank UK', 'user_good', undefined],
  ['Sandbox Bank EU', 'user_mfa', '123456'],
] as const) {
  test(`links ${bank} as ${user} through the popup`, async ({ page, shot }) => {
    const { frame, session } = await startLink(page);
    await expect(frame.getByText('Available').first()).toBeVisible();
    await shot('link-search');
    await axe(page);
    const popup = await chooseBank(page, frame, bank);
    await signInAtBank(popup, user, { otp });
    // The popup may already have closed itself while the sign-in click settled.
    if (!popup.isClosed()) await popup.waitForEvent('close');
    await expect(frame.getByRole('heading', { name: 'Choose accounts to share' })).toBeVisible();
    await expect(frame.getByText(/•••• \d{4}/).first()).toBeVisible();
    await shot('link-accounts');
    await axe(page);
    await finish(page, frame);
    const events = (await recorded(page)).events;
    for (const name of ['SELECT_INSTITUTION', 'OAUTH_OPEN', 'OAUTH_CLOSE']) expect(events).toContain(name);
    const res = await fetch(`${stack.finlet}/v1/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
    });
    expect((await res.json()).flow_states.link.status).toBe('linked');
  });
}

test('a denied consent explains itself and exits with consent_denied', async ({ page, shot }) => {
  const { frame } = await startLink(page);
  const popup = await chooseBank(page, frame, 'Sandbox Bank UK');
  // The popup may close itself before a later wait starts: await the close from before the click.
  await signInAtBank(popup, 'user_deny', { deny: true, awaitClose: true });
  await expect(frame.getByRole('heading', { name: 'The bank did not connect' })).toBeVisible();
  await expect(frame.getByText('You did not approve access at your bank')).toBeVisible();
  await shot('link-denied');
  await axe(page);
  expect((await recorded(page)).events).toContain('OAUTH_FAIL');
  await frame.getByRole('button', { name: 'Exit' }).click();
  await expect.poll(async () => (await recorded(page)).exit[0]?.status).toBe('consent_denied');
});

test('a blocked popup falls back to a full-page redirect (axe-clean) that resumes the same session', async ({
  page,
}) => {
  // Every frame of this page behaves as if a popup blocker refused window.open.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const { frame, session } = await startLink(page, { redirect_uri: `${stack.demo}/` });
  await frame.getByLabel('Search banks').fill('EU');
  // The list settles on the one match before the click (the search is debounced).
  await expect(frame.getByRole('button', { name: /Sandbox Bank/ })).toHaveCount(1);
  await frame.getByRole('button', { name: /Sandbox Bank EU/ }).click();
  await expect(frame.getByRole('heading', { name: 'Continue at Sandbox Bank EU' })).toBeVisible();
  // The redirect-mode screen is a screen of its own: scanned like the others.
  await axe(page);
  await frame.getByRole('link', { name: 'Continue to Sandbox Bank EU' }).click();
  await signInAtBank(page, 'user_good');
  await page.waitForURL((url) => url.searchParams.get('finlet_resume') === session.id);
  // The partner page sees finlet_resume and opens the widget again with the session's token.
  await openWithToken(page, session.client_token);
  const resumed = await flowFrame(page);
  await resumed.getByRole('button', { name: 'Continue' }).click();
  await finish(page, resumed);
});

test('update mode re-authorises the same link, keyboard only', async ({ page }) => {
  const first = await startLink(page);
  const popup = await chooseBank(page, first.frame, 'Sandbox Bank UK');
  await signInAtBank(popup, 'user_good');
  await finish(page, first.frame);
  const sessionRes = await fetch(`${stack.finlet}/v1/sessions/${first.session.id}`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  const linkId = (await sessionRes.json()).flow_states.link.result.link_id;

  const { frame } = await startLink(page, { link: { id: linkId } });
  // The list loads after the heading: wait for it, or the EU check passes on an empty list and
  // Tab leaves the search box before the bank's button exists.
  await expect(frame.getByRole('button', { name: /Sandbox Bank UK/ })).toBeVisible();
  await expect(frame.getByRole('button', { name: /Sandbox Bank EU/ })).toHaveCount(0);
  await frame.getByLabel('Search banks').focus();
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: /Sandbox Bank UK/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const bank = await popupPromise;
  await signInAtBank(bank, 'user_good');
  await expect(frame.getByText('You are renewing access')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(frame.getByRole('checkbox').first()).not.toBeChecked();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await finishDone(frame);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  const links = await fetch(`${stack.finlet}/v1/links?limit=100`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  expect((await links.json()).data.filter((l: { id: string }) => l.id === linkId)).toHaveLength(1);
});
