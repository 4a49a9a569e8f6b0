/**
 * Every event of the README's "Widget events" table, as a partner page hears it through `onEvent`:
 * each one arrives at the moment the table says — after the action that causes it and before the
 * next — in order, with its metadata. Each step of a test waits for exactly the events its action
 * should cause and no other, so an event that comes too early, too late, twice or not at all fails.
 * The flows: a card paid through a 3-D Secure challenge; pay by bank, denied then approved; a
 * denied bank link; identity details and a document, then the user leaves; a canceled session.
 */
import type { Page } from '@playwright/test';
import { WIDGET_EVENT_NAMES } from '../../packages/shared/src/events.ts';
import { signInAtBank } from '../support/bank.ts';
import {
  cancelSession,
  createSession,
  expect,
  fillCard,
  flowFrame,
  openWithToken,
  recorded,
  stack,
  test,
} from '../support/fixtures.ts';
import { chooseDocument, fillDetails, upload } from './identity.helpers.ts';

interface Heard {
  name: string;
  metadata: Record<string, unknown>;
}

/** Reads the page's onEvent record from where the last check left off. */
function eventsOf(page: Page) {
  let seen = 0;
  return {
    /** Waits until exactly these events (names, then metadata that must match) follow the last ones. */
    async next(expected: (string | [string, Record<string, unknown>])[]): Promise<Heard[]> {
      const names = expected.map((e) => (typeof e === 'string' ? e : e[0]));
      let got: Heard[] = [];
      await expect
        .poll(async () => {
          got = (await recorded(page)).activities.slice(seen);
          return got.map((a) => a.name);
        })
        .toEqual(names);
      expected.forEach((e, i) => {
        if (typeof e !== 'string') expect(got[i]!.metadata, e[0]).toMatchObject(e[1]);
      });
      seen += got.length;
      return got;
    },
  };
}

/** The events the tests below prove, one test or more each. */
const COVERED = new Set<string>();
const heard = (list: Heard[]) => {
  for (const a of list) COVERED.add(a.name);
};

async function open(page: Page, body: Record<string, unknown> = {}) {
  const session = await createSession(body);
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  return { session, frame: await flowFrame(page), events: eventsOf(page) };
}

test('card with 3-D Secure: OPEN, STEP_VIEW per step, SUBMIT_PAYMENT, CHALLENGE_OPEN, SUCCESS', async ({
  page,
}) => {
  const { frame, events } = await open(page);
  await expect(frame.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  heard(await events.next(['OPEN', ['STEP_VIEW', { step: 'consent' }]]));

  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Card details' })).toBeVisible();
  heard(await events.next([['STEP_VIEW', { step: 'payment' }]]));

  await fillCard(frame, '4000002760003184');
  await frame.getByRole('button', { name: 'Pay €24.00' }).click();
  const challenge = frame.frameLocator('iframe[title="Bank confirmation"]');
  await challenge.getByLabel('One-time code').waitFor();
  heard(await events.next([['SUBMIT_PAYMENT', { method: 'card' }], 'CHALLENGE_OPEN']));

  await challenge.getByLabel('One-time code').fill('123456');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await frame.getByRole('button', { name: 'Continue' }).click();
  heard(await events.next([['STEP_VIEW', { step: 'done' }]]));
  // "All done" waits for the customer: SUCCESS follows Done.
  await frame.getByRole('button', { name: 'Done' }).click();
  heard(await events.next(['SUCCESS']));
  await expect.poll(async () => (await recorded(page)).success.length).toBe(1);
});

test('pay by bank: SELECT_INSTITUTION, SUBMIT_PAYMENT, OAUTH_OPEN, OAUTH_CLOSE, OAUTH_FAIL as in the link flow', async ({
  page,
}) => {
  const { frame, events } = await open(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await events.next(['OPEN', 'STEP_VIEW', 'STEP_VIEW']);
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  await expect(frame.getByRole('heading', { name: 'Pay by bank' })).toBeVisible();

  // Denied at the bank: the window closes and the consent failed.
  let popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: /Sandbox Bank EU/ }).click();
  await expect(frame.getByRole('heading', { name: 'Approve the payment at Sandbox Bank EU' })).toBeVisible();
  const bank = { institution: expect.stringMatching(/\w/) };
  heard(
    await events.next([
      ['SELECT_INSTITUTION', bank],
      ['SUBMIT_PAYMENT', { method: 'bank', ...bank }],
      ['OAUTH_OPEN', { ...bank, mode: 'popup' }],
    ]),
  );
  await signInAtBank(await popup, 'user_deny', { deny: true, awaitClose: true });
  await expect(frame.getByRole('alert')).toContainText('You did not approve the payment', {
    timeout: 20_000,
  });
  heard(
    await events.next([
      ['OAUTH_CLOSE', bank],
      ['OAUTH_FAIL', { ...bank, code: expect.any(String) }],
      // The payment step reports the failed payment to the host as well.
      ['ERROR', { code: expect.any(String), step: 'payment' }],
    ]),
  );

  // Approved: the window closes, the payment succeeds and no failure is reported.
  await frame.getByRole('button', { name: 'Pay by bank' }).click();
  popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: /Sandbox Bank EU/ }).click();
  await expect(frame.getByRole('heading', { name: 'Approve the payment at Sandbox Bank EU' })).toBeVisible();
  await events.next(['SELECT_INSTITUTION', 'SUBMIT_PAYMENT', 'OAUTH_OPEN']);
  await signInAtBank(await popup, 'user_good', { awaitClose: true });
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await events.next(['OAUTH_CLOSE']);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await events.next([['STEP_VIEW', { step: 'done' }]]);
  await frame.getByRole('button', { name: 'Done' }).click();
  await events.next(['SUCCESS']);
});

test('bank link denied: SELECT_INSTITUTION, OAUTH_OPEN, OAUTH_CLOSE, OAUTH_FAIL', async ({ page }) => {
  const { frame, events } = await open(page, { flows: ['link'], payment: undefined });
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { name: 'Choose your bank' })).toBeVisible();
  await events.next(['OPEN', 'STEP_VIEW', ['STEP_VIEW', { step: 'link' }]]);
  await frame.getByLabel('Search banks').fill('UK');
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: /Sandbox Bank UK/ }).click();
  heard(await events.next(['SELECT_INSTITUTION', ['OAUTH_OPEN', { mode: 'popup' }]]));
  await signInAtBank(await popup, 'user_deny', { deny: true, awaitClose: true });
  heard(await events.next(['OAUTH_CLOSE', ['OAUTH_FAIL', { code: 'consent_denied' }]]));
});

test('identity: SUBMIT_IDENTITY, SUBMIT_DOCUMENT; leaving with the close button: EXIT', async ({ page }) => {
  const { frame, events } = await open(page, {
    flows: ['identity'],
    payment: undefined,
    customer: { reference: 'e2e-events-identity' },
  });
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(frame.getByRole('heading', { name: 'Your details' })).toBeVisible();
  await events.next(['OPEN', 'STEP_VIEW', ['STEP_VIEW', { step: 'identity' }]]);
  await fillDetails(frame);
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await frame.getByLabel('Passport', { exact: true }).waitFor();
  heard(await events.next(['SUBMIT_IDENTITY']));
  await chooseDocument(frame, 'Passport');
  await upload(frame, 'front');
  await expect(frame.getByText('Front of the document: done')).toBeVisible();
  heard(await events.next([['SUBMIT_DOCUMENT', { side: 'front' }]]));

  await frame.getByRole('button', { name: 'Close' }).click();
  heard(await events.next(['EXIT']));
  await expect.poll(async () => (await recorded(page)).exit).toEqual([{ status: 'user_exit' }]);
});

test('a canceled session: OPEN is never sent, ERROR carries the code, then the exit', async ({ page }) => {
  const session = await createSession();
  await cancelSession(session.id);
  await page.goto(stack.demo);
  await openWithToken(page, session.client_token);
  heard(await eventsOf(page).next([['ERROR', { code: 'session_canceled' }]]));
  await expect.poll(async () => (await recorded(page)).exit.map((e) => e.status)).toEqual(['canceled']);
});

let passed = 0;
test.afterEach(() => {
  if (test.info().status === 'passed') passed++;
});
test.afterAll(() => {
  // When every test of this file ran and passed, together they proved every documented event.
  if (passed === 5) expect([...COVERED].sort()).toEqual(Object.keys(WIDGET_EVENT_NAMES).sort());
});
