/**
 * The checkout slice, end to end across three origins: the demo shop creates a session on its
 * server, opens the widget, the user goes through consent → card payment (test card 4242) → done, the page
 * gets `onSuccess`, the shop's server verifies the result token and receives the signed webhook.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  expect,
  finishDone,
  flowFrame,
  payWithTestCard,
  shopWebhooks,
  stack,
  test,
} from '../support/fixtures.ts';

test('a shopper checks out and the shop verifies the result and the webhook', async ({ page, shot }) => {
  await page.goto(stack.demo);
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout demo' })).toBeVisible();
  await shot('demo-product');

  await page.getByRole('button', { name: 'Checkout' }).click();
  const frame = await flowFrame(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(frame.getByText('Pay €24.00 — Field Notebook')).toBeVisible();
  await shot('widget-consent');

  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await payWithTestCard(frame);
  await shot('widget-payment-succeeded');

  await frame.getByRole('button', { name: 'Continue' }).click();
  await finishDone(frame);
  await page.waitForURL(/\/orders\/ses_/);
  const sessionId = page.url().split('/orders/')[1]!;

  // What onSuccess handed to the page.
  const onSuccess = JSON.parse((await page.locator('#on-success').textContent()) ?? '{}');
  expect(onSuccess.session_id).toBe(sessionId);
  expect(onSuccess.summary).toEqual({ flows: { payment: { status: 'succeeded' } } });

  // What the shop's server saw.
  await expect(page.locator('#token-verdict')).toHaveText(/Signature verified against the JWKS/);
  await expect(page.locator('#session-status')).toHaveText('completed');

  // The signed webhook reached the shop and passed standardwebhooks verification.
  await expect
    .poll(
      async () => {
        const data = await shopWebhooks();
        return data.filter((w) => w.event.data.object.id === sessionId).map((w) => w.event.type);
      },
      { timeout: 15_000, message: 'session.completed is delivered to the shop' },
    )
    .toContain('session.completed');
  await expect(page.locator('#order-webhooks')).toContainText('session.completed');
  await shot('demo-order-result');

  // The result token verifies offline against the JWKS, for this partner and this session.
  const jwks = createRemoteJWKSet(new URL(`${stack.finlet}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(onSuccess.result_token, jwks, {
    issuer: stack.finlet,
    audience: stack.demoPartner.partner_id,
    subject: sessionId,
  });
  expect(payload.status).toBe('completed');
  await expect(
    jwtVerify(onSuccess.result_token, jwks, {
      issuer: stack.finlet,
      audience: stack.otherPartner.partner_id,
    }),
  ).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });

  await page.getByRole('link', { name: 'Webhooks' }).click();
  await expect(page.getByRole('cell', { name: sessionId }).first()).toBeVisible();
  await shot('demo-webhooks');
});

test('the webhook receiver refuses a delivery with a bad signature', async () => {
  const body = JSON.stringify({
    id: 'evt_forged',
    type: 'session.completed',
    created_at: new Date().toISOString(),
    data: { object: { id: 'ses_forged' } },
  });
  const res = await fetch(`${stack.demo}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': 'msg_forged',
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    },
    body,
  });
  expect(res.status).toBe(400);
  const data = await shopWebhooks();
  expect(data.some((w) => w.event.data.object.id === 'ses_forged')).toBe(false);
});
