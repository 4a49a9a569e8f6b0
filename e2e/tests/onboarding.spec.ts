/**
 * The full onboarding session a partner runs in ONE widget session, in real Chromium across origins:
 * the demo partner's server creates `flows: ['identity', 'link', 'payment']` with a GBP order; the
 * shopper consents, verifies their identity (details, ID card front and back, selfie, the
 * asynchronous KYC result), links Sandbox Bank UK through its popup, pays by bank at that same
 * linked bank (offered first), and finishes. Then everything the partner relies on is checked: the
 * `onSuccess` summary, the verified webhooks at the shop's server, the session's flow results and
 * the result token against the JWKS.
 */
import type { Frame, Page } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
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
import { fillDetails, PNG } from './identity.helpers.ts';

// Sandbox Bank UK pays GBP only (domestic scheme), so the order is in pounds; 1234 does not end in 99.
const ORDER = { amount: 1234, currency: 'GBP', description: 'Onboarding order' };
const LINKED_BANK = 'Sandbox Bank UK';

/** Types of the verified webhooks the shop's server received about this session's objects. */
async function sessionWebhookTypes(sessionId: string): Promise<string[]> {
  const data = await shopWebhooks();
  return data
    .filter(({ event: { data: d } }) =>
      [d.object.id, d.object.session, d.object.session_id].includes(sessionId),
    )
    .map((w) => w.event.type);
}

const continueIn = (frame: Frame) => frame.getByRole('button', { name: 'Continue', exact: true });

async function verifyIdentity(frame: Frame, shot: (name: string) => Promise<void>) {
  await expect(frame.getByRole('heading', { name: 'Your details' })).toBeVisible();
  await shot('identity-details');
  await fillDetails(frame);
  await continueIn(frame).click();

  await expect(frame.getByRole('heading', { name: 'Your identity document' })).toBeVisible();
  await frame.getByLabel('Issuing country').selectOption('ES');
  await frame.getByLabel('National ID card').check();
  await frame.getByLabel('Expiry date', { exact: true }).fill('2099-01-01');
  await shot('identity-document-choice');
  await continueIn(frame).click();
  for (const [side, label] of [
    ['front', 'Front of the document'],
    ['back', 'Back of the document'],
  ] as const) {
    await frame
      .locator(`input[type=file][data-side=${side}]`)
      .setInputFiles({ name: `${side}.png`, mimeType: 'image/png', buffer: PNG });
    await expect(frame.getByText(`${label}: done`)).toBeVisible();
  }
  await shot('identity-document-uploaded');
  await continueIn(frame).click();

  await expect(frame.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
  await frame
    .locator('input[type=file][data-side=selfie]')
    .setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: PNG });
  await expect(frame.getByText('Take a selfie: done')).toBeVisible();
  await shot('identity-selfie');
  await continueIn(frame).click();

  // The KYC provider answers asynchronously (signed callback); the frame waits for it.
  await expect(frame.getByRole('heading', { name: 'Identity verified' })).toBeVisible({ timeout: 20_000 });
  await shot('identity-approved');
  await continueIn(frame).click();
}

async function linkBank(page: Page, frame: Frame, shot: (name: string, target?: Page) => Promise<void>) {
  await expect(frame.getByRole('heading', { name: 'Choose your bank' })).toBeVisible();
  await frame.getByLabel('Search banks').fill('UK');
  // The search is debounced: the list settles on the one match before the click.
  await expect(frame.getByRole('button', { name: /Sandbox Bank/ })).toHaveCount(1);
  await shot('link-search');
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: new RegExp(LINKED_BANK) }).click();
  const bank = await popup;
  await bank
    .getByRole('button', { name: /^(Sign in|Allow)$/ })
    .first()
    .waitFor();
  await shot('link-bank-sign-in', bank);
  await signInAtBank(bank, 'user_good', { awaitClose: true });

  await expect(frame.getByRole('heading', { name: 'Choose accounts to share' })).toBeVisible();
  await expect(frame.getByText(/•••• \d{4}/).first()).toBeVisible();
  await shot('link-accounts');
  await frame.getByRole('button', { name: /^Share \d+ accounts?$/ }).click();
}

async function payByLinkedBank(page: Page, frame: Frame, shot: (name: string) => Promise<void>) {
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await shot('payment-methods');
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  await expect(frame.getByRole('heading', { name: 'Pay by bank' })).toBeVisible();
  await expect(frame.getByText('Choose your bank to pay £12.34.')).toBeVisible();
  // The bank linked a step earlier is the first offered, and says so.
  const banks = frame.locator('ul.banks button.bank');
  await expect(banks.first()).toContainText(LINKED_BANK);
  await expect(banks.first()).toContainText('Linked earlier');
  await expect(frame.getByText('Linked earlier')).toHaveCount(1);
  await shot('payment-bank-choice');

  const popup = page.waitForEvent('popup');
  await banks.first().click();
  await expect(frame.getByRole('heading', { name: `Approve the payment at ${LINKED_BANK}` })).toBeVisible();
  await shot('payment-bank-authorising');
  const bank = await popup;
  await signInAtBank(bank, 'user_good', { awaitClose: true });

  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText('You paid £12.34.')).toBeVisible();
  await expect(frame.locator('.reference')).toHaveText(/^pay_/);
  await shot('payment-succeeded');
  await continueIn(frame).click();
}

test('one session: identity → link → pay by the linked bank → done, and the shop sees it all', async ({
  page,
  shot,
}) => {
  test.setTimeout(120_000);
  // The shop's server (the demo partner's secret key) creates the session.
  const session = await createSession({
    flows: ['identity', 'link', 'payment'],
    customer: { reference: `e2e-onboarding-${Date.now()}`, country: 'US' },
    payment: ORDER,
  });
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  const frame = await flowFrame(page);

  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await shot('consent');
  await continueIn(frame).click();

  await verifyIdentity(frame, shot);
  await linkBank(page, frame, shot);
  await payByLinkedBank(page, frame, shot);

  // onSuccess: one call, with every flow's outcome, once the customer leaves All done.
  await finishDone(frame);
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
  const { success, exit } = await recorded(page);
  expect(exit).toEqual([]);
  const result = success[0] as { session_id: string; result_token: string; summary: unknown };
  expect(result.session_id).toBe(session.id);
  expect(result.summary).toEqual({
    flows: {
      identity: { status: 'approved' },
      link: { status: 'linked' },
      payment: { status: 'succeeded' },
    },
  });
  await shot('done');

  // The shop's server received (and verified with standardwebhooks) every event of the session.
  await expect
    .poll(() => sessionWebhookTypes(session.id), {
      timeout: 20_000,
      message: 'the shop receives the flows’ events and session.completed',
    })
    .toEqual(
      expect.arrayContaining(['identity.approved', 'link.created', 'payment.succeeded', 'session.completed']),
    );

  // The partner API shows each flow's result.
  const res = await fetch(`${stack.finlet}/v1/sessions/${session.id}`, {
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}` },
  });
  expect(res.status).toBe(200);
  const read = (await res.json()) as {
    status: string;
    flow_states: Record<string, { status: string; result: Record<string, unknown> }>;
  };
  expect(read.status).toBe('completed');
  expect(read.flow_states.identity).toMatchObject({
    status: 'approved',
    result: { identity_verification: expect.stringMatching(/^idv_/), status: 'approved' },
  });
  expect(read.flow_states.link).toMatchObject({
    status: 'linked',
    result: { link_id: expect.stringMatching(/^lnk_/), institution: 'sandbox-bank-uk' },
  });
  expect(read.flow_states.payment).toMatchObject({
    status: 'succeeded',
    result: { payment_id: expect.stringMatching(/^pay_/), amount: ORDER.amount },
  });

  // The result token verifies offline against the JWKS, for this partner and this session.
  const jwks = createRemoteJWKSet(new URL(`${stack.finlet}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(result.result_token, jwks, {
    issuer: stack.finlet,
    audience: stack.demoPartner.partner_id,
    subject: session.id,
  });
  expect(payload.status).toBe('completed');
});
