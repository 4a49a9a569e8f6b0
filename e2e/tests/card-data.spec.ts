/**
 * The card never reaches Finlet: a card payment with 3-D Secure in real Chromium while every
 * request of the page and all its frames is recorded. No request to Finlet's origin carries the
 * card number (with or without spaces) or the CVC — in its URL, headers or body — and the card did
 * go, from the frame, to the processor's own tokenizer on the processor's origin.
 */
import type { Request } from '@playwright/test';
import {
  CARD_YEAR,
  createSession,
  expect,
  flowFrame,
  openWithToken,
  stack,
  test,
} from '../support/fixtures.ts';

const PAN = '4000002760003184';
const CVC = '739';

test('a 3-D Secure card payment sends the card only to the processor, never to Finlet', async ({ page }) => {
  const finlet = new URL(stack.finlet).origin;
  const seen: { url: string; method: string; text: string }[] = [];
  page.on('request', (request: Request) => {
    const text = [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
    seen.push({ url: request.url(), method: request.method(), text });
  });

  const session = await createSession();
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByLabel('Card number').fill(PAN);
  await frame.getByLabel('Expiry (MM / YY)').fill(`12${CARD_YEAR}`);
  await frame.getByLabel('Security code (CVC)').fill(CVC);
  await frame.getByLabel('Name on card').fill('Ada Lovelace');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  const challenge = frame.frameLocator('iframe[title="Bank confirmation"]');
  await challenge.getByLabel('One-time code').fill('123456');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();

  const toFinlet = seen.filter((r) => new URL(r.url).origin === finlet);
  expect(toFinlet.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/widget/v1/payments')).toBe(
    true,
  );
  const pan = new RegExp(PAN.match(/.{4}/g)!.join('[\\s-]?'));
  for (const r of toFinlet) {
    expect(r.text, r.url).not.toMatch(pan);
    expect(r.text, r.url).not.toMatch(new RegExp(`(^|[^A-Za-z0-9])${CVC}([^A-Za-z0-9]|$)`));
    expect(r.text, r.url).not.toContain('"cvc"');
  }
  const tokenised = seen.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/tokens');
  expect(tokenised).toHaveLength(1);
  expect(new URL(tokenised[0]!.url).origin).not.toBe(finlet);
  expect(tokenised[0]!.text).toContain(PAN);
});
