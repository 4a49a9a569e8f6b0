/**
 * A checkout left open longer than its client token lives (30 minutes; here a few seconds, minted
 * by the test control server): the demo shop's page gives the widget a fresh token through
 * `onTokenExpired` (its server asks `POST /v1/sessions/:id/client_token`), the frame retries the
 * call that failed and the customer pays as if nothing happened. A page without `onTokenExpired`
 * still ends with `expired`, never a hang.
 */
import { decodeJwt } from 'jose';
import {
  createSession,
  expect,
  flowFrame,
  openWithToken,
  payWithTestCard,
  recorded,
  shortLivedToken,
  stack,
  test,
} from '../support/fixtures.ts';

const LIFETIME_S = 6;

/** Waits (without asserting on time) until the token's `exp` has passed. */
async function untilExpired(token: string) {
  const exp = decodeJwt(token).exp! * 1000;
  await expect.poll(() => Date.now() > exp + 1000, { timeout: (LIFETIME_S + 10) * 1000 }).toBe(true);
}

test('the shop renews an expired token through onTokenExpired and the customer pays', async ({ page }) => {
  // The shop's own checkout, with the token it hands the page swapped for a short-lived one.
  let shortToken = '';
  await page.route('**/api/checkout', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    shortToken = await shortLivedToken(json.session_id, LIFETIME_S);
    await route.fulfill({ response, json: { ...json, client_token: shortToken } });
  });
  const renewals: string[] = [];
  page.on('response', (r) => {
    if (/\/api\/checkout\/ses_\w+\/token$/.test(r.url())) renewals.push(String(r.status()));
  });
  const retried: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/widget/v1/')) retried.push(r.headers().authorization ?? '');
  });

  await page.goto(stack.demo);
  await page.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await untilExpired(shortToken);

  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  expect(renewals).toEqual(['200']);
  // The widget now calls with the new token (the old one was used, refused, and dropped).
  const fresh = retried.at(-1)!.replace('Bearer ', '');
  expect(fresh).not.toBe(shortToken);
  expect(decodeJwt(fresh).sub).toBe(decodeJwt(shortToken).sub);

  await payWithTestCard(frame);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Done' }).click();
  await page.waitForURL(/\/orders\/ses_/);
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified/);
  expect(renewals).toEqual(['200']);
});

test('without onTokenExpired the widget ends with exit "expired" when its token runs out', async ({
  page,
}) => {
  const session = await createSession();
  const token = await shortLivedToken(session.id, LIFETIME_S);
  await page.goto(stack.demo);
  await openWithToken(page, token);
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await untilExpired(token);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect
    .poll(async () => (await recorded(page)).exit)
    .toEqual([{ status: 'expired', error: { code: 'token_expired', message: expect.any(String) } }]);
  expect((await recorded(page)).success).toEqual([]);
});
