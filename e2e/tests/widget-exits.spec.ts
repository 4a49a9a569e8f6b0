/**
 * A widget that cannot run ends by itself with a clear `onExit`, without the customer closing
 * anything: a page outside the session's allowed origins — even the same shop at 127.0.0.1 instead
 * of localhost, which the browser refuses to frame (`frame-ancestors`), so the frame never says
 * `ready` and the loader asks the server why — and a token that is not valid, whether the loader
 * can tell at once (no session in it) or only the server can. The dead modal is removed each time.
 */
import type { Page } from '@playwright/test';
import {
  createSession,
  expect,
  flowFrames,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';

async function expectEnded(page: Page, exit: unknown) {
  await expect.poll(async () => (await recorded(page)).exit, { timeout: 20_000 }).toEqual([exit]);
  const r = await recorded(page);
  expect(r.success).toEqual([]);
  await expect.poll(() => flowFrames(page).length, { message: 'the frame is removed' }).toBe(0);
  // No modal left over the page: the shop is usable again.
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

test('the shop at 127.0.0.1 while the session allows localhost: onExit origin_not_allowed', async ({
  page,
}) => {
  const session = await createSession(); // allowed_origins: [the demo at localhost]
  const elsewhere = stack.demo.replace('localhost', '127.0.0.1');
  expect(elsewhere).not.toBe(stack.demo);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(elsewhere);
  // Without the prepared frame (embedding.spec.ts has the prepared one): the session's own page,
  // which the browser refuses to frame here.
  await page.evaluate(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
  });
  await openWithToken(page, session.client_token);
  await expectEnded(page, {
    status: 'origin_not_allowed',
    error: { code: 'origin_not_allowed', message: expect.stringContaining(elsewhere) },
  });
  expect(refused.length).toBeGreaterThan(0);
  expect((await recorded(page)).events).toEqual([]);
});

test('a string that is no client token: onExit invalid_token at once, no frame', async ({ page }) => {
  await page.goto(stack.demo);
  await openWithToken(page, 'not-a-token');
  await expect.poll(async () => (await recorded(page)).exit).toEqual([{ status: 'invalid_token' }]);
  expect(flowFrames(page)).toHaveLength(0);
});

test('a forged token for a session that does not exist: onExit invalid_token (token_invalid)', async ({
  page,
}) => {
  const session = await createSession();
  const [h, p, s] = session.client_token.split('.');
  const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'ses_doesnotexist000000' })).toString(
    'base64url',
  );
  await page.goto(stack.demo);
  await openWithToken(page, `${h}.${forged}.${s}`);
  await expectEnded(page, {
    status: 'invalid_token',
    error: { code: 'token_invalid', message: expect.any(String) },
  });
});
