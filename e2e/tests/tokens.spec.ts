/**
 * Tokens and sessions that must not work, opened on the demo shop's page as a partner would:
 * an expired token, a canceled session, a tampered token, and a token of another partner. Each
 * ends with a clear exit (or a refused frame) and never with a success.
 */
import type { Page } from '@playwright/test';
import {
  cancelSession,
  createSession,
  expect,
  expiredToken,
  flowFrames,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';

async function expectExit(page: Page, status: string, code: string) {
  await expect
    .poll(async () => (await recorded(page)).exit, { message: `exit ${status}` })
    .toEqual([{ status, error: { code, message: expect.any(String) } }]);
  const r = await recorded(page);
  expect(r.success).toEqual([]);
  await expect.poll(() => flowFrames(page).length, { message: 'the frame is removed' }).toBe(0);
}

test('an expired client token ends with exit "expired"', async ({ page }) => {
  const { client_token } = await expiredToken();
  await page.goto(stack.demo);
  await openWithToken(page, client_token);
  await expectExit(page, 'expired', 'token_expired');
});

test('a session canceled by the partner ends with exit "canceled"', async ({ page }) => {
  const session = await createSession();
  await cancelSession(session.id);
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  await expectExit(page, 'canceled', 'session_canceled');
});

test('a tampered client token ends with exit "invalid_token"', async ({ page }) => {
  const session = await createSession();
  const [h, p, s] = session.client_token.split('.');
  const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url');
  await page.goto(stack.demo);
  await openWithToken(page, `${h}.${forged}.${s}`);
  await expectExit(page, 'invalid_token', 'token_invalid');
});

test("another partner's token on the demo origin: the frame is refused, nothing succeeds, onExit origin_not_allowed", async ({
  page,
}) => {
  const session = await createSession({ allowed_origins: [stack.hostile] }, stack.otherPartner.secret_key);
  const csp: string[] = [];
  const widgetCalls: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) csp.push(m.text());
  });
  page.on('request', (r) => {
    // The loader's own question (why its frame is silent) is not the flow running.
    if (r.url().includes('/widget/v1/') && !r.url().includes('/session/embedding')) widgetCalls.push(r.url());
  });
  await page.goto(stack.demo);
  // The session's own page, without the prepared frame (whose app refuses such a page itself, after
  // reading the session: embedding.spec.ts).
  await page.evaluate(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
  });
  await openWithToken(page, session.client_token);

  // What protects: the flow's response names only the other partner's origin in frame-ancestors.
  const res = await fetch(`${stack.finlet}/flow/?session=${session.id}`);
  expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors ${stack.hostile}`);
  await expect
    .poll(() => csp.length, { message: 'Chromium reports the frame-ancestors refusal' })
    .toBeGreaterThan(0);
  expect(csp[0]).toContain(stack.hostile);

  // The loader notices the silent frame, the server says why, and the page is told.
  await expect
    .poll(async () => (await recorded(page)).exit.map((e) => e.status), { timeout: 20_000 })
    .toEqual(['origin_not_allowed']);
  await expect.poll(() => flowFrames(page).length).toBe(0);
  // The flow never ran: no widget API call from the frame, no other callback.
  expect(widgetCalls).toEqual([]);
  const r = await recorded(page);
  expect(r.success).toEqual([]);
  expect(r.events).toEqual([]);
  await expect(page).toHaveURL(`${stack.demo}/`);
});

test('after a canceled session, a new session opens normally in the same browser', async ({ page }) => {
  const canceled = await createSession();
  await cancelSession(canceled.id);
  await page.goto(`${stack.finlet}/flow/?session=${canceled.id}#token=${canceled.client_token}`);
  await expect(page.getByRole('heading', { name: 'This session was canceled' })).toBeVisible();

  const fresh = await createSession();
  await page.goto(`${stack.finlet}/flow/?session=${fresh.id}#token=${fresh.client_token}`);
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
});
