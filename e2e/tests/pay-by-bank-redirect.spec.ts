/**
 * Pay by bank in redirect mode, in real Chromium: when the browser refuses the popup, the widget
 * on the demo shop's page sends the whole page to Sandbox Bank UK; the MFA user signs in, gives
 * the one-time code and approves; the bank returns through Finlet's /oauth/callback to the
 * partner's `redirect_uri` with `finlet_resume`, the page opens the widget again with the same
 * session, the payment settles and the shop receives the verified `payment.succeeded` webhook.
 */
import AxeBuilder from '@axe-core/playwright';
import { signInAtBank } from '../support/bank.ts';
import {
  createSession,
  expect,
  finishDone,
  flowFrame,
  openWithToken,
  recorded,
  shopWebhooks,
  stack,
  test,
} from '../support/fixtures.ts';

async function webhooksFor(paymentId: string): Promise<{ type: string; status?: string }[]> {
  const data = await shopWebhooks();
  return data
    .filter((w) => w.event.data.object.id === paymentId)
    .map((w) => ({ type: w.event.type, status: w.event.data.object.status }));
}

test('pays £12.34 at Sandbox Bank UK by full-page redirect (MFA) and resumes to success', async ({
  page,
  shot,
}) => {
  // Every frame of this page behaves as if a popup blocker refused window.open.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const session = await createSession({
    payment: { amount: 1234, currency: 'GBP', description: 'Sandbox order' },
    redirect_uri: `${stack.demo}/`,
  });
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  await frame.getByRole('button', { name: /Sandbox Bank UK/ }).click();

  await expect(frame.getByRole('heading', { name: 'Continue at Sandbox Bank UK' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await shot('pay-by-bank-redirect-offer');
  await frame.getByRole('link', { name: 'Continue to Sandbox Bank UK' }).click();

  // The whole page is at the bank now: strong customer authentication with the MFA user.
  await page.waitForURL((url) => url.origin !== new URL(stack.demo).origin);
  await signInAtBank(page, 'user_mfa', { otp: '123456' });
  await page.waitForURL((url) => url.searchParams.get('finlet_resume') === session.id);
  expect(new URL(page.url()).origin).toBe(new URL(stack.demo).origin);

  // The partner page sees finlet_resume and opens the widget again with the session's token.
  await openWithToken(page, session.client_token);
  const resumed = await flowFrame(page);
  await resumed.getByRole('button', { name: 'Continue' }).click();
  await expect(resumed.getByRole('heading', { name: 'Payment successful' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(resumed.getByText('You paid £12.34.')).toBeVisible();
  await shot('pay-by-bank-redirect-success');
  const paymentId = (await resumed.locator('.reference').textContent())!.trim();
  expect(paymentId).toMatch(/^pay_/);
  await resumed.getByRole('button', { name: 'Continue' }).click();
  await finishDone(resumed);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);

  // The shop's receiver stores only deliveries whose signature it verified.
  await expect
    .poll(() => webhooksFor(paymentId), { timeout: 15_000 })
    .toContainEqual({ type: 'payment.succeeded', status: 'succeeded' });
  const res = await fetch(`${stack.finlet}/v1/sessions/${session.id}`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  expect((await res.json()).flow_states.payment.status).toBe('succeeded');
});

test('the demo shop itself resumes checkout after the bank redirect (Sandbox Bank EU, MFA)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(stack.demo);
  await page.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  await frame.getByRole('button', { name: /Sandbox Bank EU/ }).click();
  await frame.getByRole('link', { name: 'Continue to Sandbox Bank EU' }).click();
  await page.waitForURL((url) => url.origin !== new URL(stack.demo).origin);
  await signInAtBank(page, 'user_mfa', { otp: '123456' });

  // Back on the shop's page, its own script opens the widget again for the same session.
  const resumed = await flowFrame(page);
  await resumed.getByRole('button', { name: 'Continue' }).click();
  await expect(resumed.getByRole('heading', { name: 'Payment successful' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(resumed.getByText('You paid €24.00.')).toBeVisible();
  const paymentId = (await resumed.locator('.reference').textContent())!.trim();
  await resumed.getByRole('button', { name: 'Continue' }).click();
  await finishDone(resumed);
  await page.waitForURL(/\/orders\/ses_/);
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified against the JWKS/);
  await expect
    .poll(() => webhooksFor(paymentId), { timeout: 15_000 })
    .toContainEqual({ type: 'payment.succeeded', status: 'succeeded' });
});
