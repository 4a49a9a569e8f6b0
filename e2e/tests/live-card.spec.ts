/**
 * Going live, in real Chromium: a live-mode session (the live partner's `sk_live_` key, its own
 * `adyen` cards account — support/live-partner.ts) pays by card through the scripted Adyen with
 * 3-D Secure, by keyboard alone. The frame encrypts the card with the account's client encryption
 * key (Adyen CSE), Adyen's redirect page is offered in its own window (it is a page of Adyen's site,
 * never framed), the shopper passes it there, Finlet's return page completes the payment with
 * Adyen's `redirectResult` and tells the frame, and the flow shows the success. Axe finds nothing on
 * the card form, the window offer and the result; no request to Finlet's origin carried the card
 * number or the CVC; the partner API reads the payment `succeeded` with `livemode: true` and refunds it.
 */
import type { Request } from '@playwright/test';
import { expectAccessible } from '../support/a11y.ts';
import { CARD_YEAR, createSession, expect, stack, test } from '../support/fixtures.ts';
import { tabTo } from '../support/keyboard.ts';

/** Adyen's test card that asks for 3-D Secure (the scripted Adyen's `threeDS` script). */
const PAN = '4212345678901237';
const CVC = '737';

const partnerApi = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${stack.finlet}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${stack.livePartner.secret_key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

interface AdyenSeen {
  requests: { path: string; body: Record<string, any> }[];
  problems: string[];
}
const adyenSeen = async (): Promise<AdyenSeen> => (await fetch(`${stack.control}/adyen`)).json() as never;

test('a live session pays by card through Adyen with 3-D Secure, by keyboard alone, and is refunded', async ({
  page,
  shot,
}) => {
  test.setTimeout(120_000);
  const finlet = new URL(stack.finlet).origin;
  const seen: { url: string; method: string; text: string }[] = [];
  const record = (request: Request) => {
    const text = [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
    seen.push({ url: request.url(), method: request.method(), text });
  };
  // Every request of the page, its frames and the challenge window it opens.
  page.context().on('request', record);

  const session = (await createSession({}, stack.livePartner.secret_key)) as Awaited<
    ReturnType<typeof createSession>
  > & { livemode: boolean };
  expect(session.livemode).toBe(true);
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card details' })).toBeFocused();
  // The live partner's pay-by-bank account (and its payee) offers the bank beside the card.
  await expect(page.getByRole('button', { name: 'Pay by bank' })).toBeVisible();

  await tabTo(page, page.getByLabel('Card number'));
  await page.keyboard.type(PAN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`12${CARD_YEAR}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(CVC);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ada Lovelace');
  await expectAccessible(page, 'the live card form', { focus: true });
  await tabTo(page, page.getByLabel('Name on card'), 'Shift+Tab');
  await shot('live-card-form');
  await page.keyboard.press('Enter');

  // Adyen's 3-D Secure page is a page of its own site: offered in a window, never framed.
  const dialog = page.getByRole('dialog', { name: 'Confirm with your bank in a new window' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.locator('iframe')).toHaveCount(0);
  await expect(dialog.getByText('Your bank confirms this payment on its own page.')).toBeVisible();
  const open = page.getByRole('button', { name: /Open the bank.s check window/ });
  await expect(open).toBeFocused();
  await expectAccessible(page, 'the challenge window offer');
  await shot('live-card-3ds-offer');

  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await popupPromise;
  expect(new URL(popup.url()).origin).toBe(new URL(stack.adyen).origin);
  await expect(popup.getByLabel('Password')).toBeFocused();
  await popup.keyboard.type('password');
  await shot('live-card-3ds-adyen-page', popup);
  // Awaited from before the press: the return page closes the window by itself.
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter');
  await closed;

  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('You paid €24.00.')).toBeVisible();
  await expectAccessible(page, 'the live payment result');
  await shot('live-card-success');
  const paymentId = (await page.locator('.reference').textContent())!.trim();

  const read = await partnerApi('GET', `/v1/payments/${paymentId}`);
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ id: paymentId, status: 'succeeded', livemode: true, amount: 2400 });

  // The card went to Finlet only as Adyen-encrypted fields (compact JWEs), never as itself.
  const toFinlet = seen.filter((r) => new URL(r.url).origin === finlet);
  const confirm = toFinlet.filter(
    (r) => r.method === 'POST' && new URL(r.url).pathname === '/widget/v1/payments',
  );
  expect(confirm).toHaveLength(1);
  const sent = JSON.parse(confirm[0]!.text.split('\n').at(-1)!) as {
    payment_method: Record<string, string>;
  };
  expect(sent.payment_method.type).toBe('encrypted');
  expect(sent.payment_method.encrypted_card_number!.split('.')).toHaveLength(5);
  const pan = new RegExp(PAN.match(/.{4}/g)!.join('[\\s-]?'));
  for (const r of toFinlet) {
    expect(r.text, r.url).not.toMatch(pan);
    expect(r.text, r.url).not.toMatch(new RegExp(`(^|[^A-Za-z0-9])${CVC}([^A-Za-z0-9]|$)`));
  }

  const refund = await partnerApi('POST', `/v1/payments/${paymentId}/refunds`, {});
  expect(refund.status).toBe(201);
  expect(refund.body).toMatchObject({ livemode: true, amount: 2400, status: 'succeeded' });

  // Adyen saw the encrypted card, the redirect's details and the refund — each as its document says.
  const adyen = await adyenSeen();
  const charge = adyen.requests.find((r) => r.path === '/payments' && r.body.reference === paymentId);
  expect(charge?.body.paymentMethod.encryptedCardNumber).toBe(sent.payment_method.encrypted_card_number);
  expect(adyen.requests.map((r) => r.path)).toContain('/payments/details');
  expect(adyen.requests.at(-1)?.path).toMatch(/^\/payments\/[A-F0-9]+\/refunds$/);
  expect(adyen.problems).toEqual([]);
});
