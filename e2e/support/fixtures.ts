/**
 * What every spec shares: the running stack's URLs and credentials (from `e2e/.tmp/stack.json`),
 * `shot()` which saves a named screenshot of the current screen as a test artifact, and small
 * helpers to create sessions through the partner API and to find the widget's frame.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { STACK_FILE, type StackInfo } from './ports.ts';

export { expect };

let info: StackInfo | undefined;
/** Read on first use: test files are listed before the stack process has written the file. */
export const stack: StackInfo = new Proxy({} as StackInfo, {
  get(_, key: keyof StackInfo) {
    info ??= JSON.parse(
      readFileSync(fileURLToPath(new URL(`../.tmp/${STACK_FILE}`, import.meta.url)), 'utf8'),
    );
    return info![key];
  },
});

export const PAYMENT = { amount: 2400, currency: 'EUR', description: 'Field Notebook' };

export interface CreatedSession {
  id: string;
  client_token: string;
  status: string;
}

/** `POST /v1/sessions` as a partner server would (defaults: the demo partner, a payment session). */
export async function createSession(
  body: Record<string, unknown> = {},
  secretKey = stack.demoPartner.secret_key,
): Promise<CreatedSession> {
  const res = await fetch(`${stack.finlet}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      flows: ['payment'],
      customer: { reference: 'e2e-customer' },
      payment: PAYMENT,
      allowed_origins: [stack.demo],
      ...body,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as CreatedSession;
}

export async function cancelSession(id: string): Promise<void> {
  const res = await fetch(`${stack.finlet}/v1/sessions/${id}/cancel`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.demoPartner.secret_key}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(200);
}

export async function expiredToken(): Promise<{ session_id: string; client_token: string }> {
  const res = await fetch(`${stack.control}/expired-token`, { method: 'POST' });
  return (await res.json()) as { session_id: string; client_token: string };
}

/** A client token of this session that expires `seconds` from now (the product's live 30 minutes). */
export async function shortLivedToken(sessionId: string, seconds: number): Promise<string> {
  const res = await fetch(`${stack.control}/sessions/${sessionId}/short-token?seconds=${seconds}`, {
    method: 'POST',
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { client_token: string }).client_token;
}

/** Runs the server's expiry for one session as if its `expires_at` had passed; its status after. */
export async function pastExpiry(sessionId: string): Promise<string> {
  const res = await fetch(`${stack.control}/sessions/${sessionId}/past-expiry`, { method: 'POST' });
  expect(res.status).toBe(200);
  return ((await res.json()) as { status: string }).status;
}

/**
 * A session's flow frame, as opposed to the loader's prepared frame (`/flow/warm`, no session), which
 * widget.js adds to every page once it has loaded.
 */
const isFlowFrame = (f: Frame) => f.url().startsWith(`${stack.finlet}/flow/`) && !isPreparedFrame(f);
export const isPreparedFrame = (f: Frame) => f.url().startsWith(`${stack.finlet}/flow/warm`);

/** The widget's flow frame on this page (it may sit in a closed shadow root, so found by URL). */
export async function flowFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      () => {
        found = page.frames().find(isFlowFrame);
        return Boolean(found);
      },
      { message: 'the widget frame appears' },
    )
    .toBe(true);
  return found!;
}

export function flowFrames(page: Page): Frame[] {
  return page.frames().filter(isFlowFrame);
}

/**
 * A page-side harness for `Finlet.open()` with any token: callbacks are recorded in
 * `window.__finlet` (`events`: the names; `activities`: the whole payloads) so a test can assert on
 * what fired and what did not; the handle is kept in
 * `window.__finletHandle`, for the page's own `close()`.
 */
export async function openWithToken(page: Page, token: string, extra: { container?: string } = {}) {
  await page.waitForFunction(() => Boolean(window.Finlet));
  await page.evaluate(
    ({ token, container }) => {
      const w = window as unknown as {
        __finlet: { success: unknown[]; exit: unknown[]; events: string[]; activities: unknown[] };
        __finletHandle: { close(): void };
      };
      w.__finlet = { success: [], exit: [], events: [], activities: [] };
      w.__finletHandle = window.Finlet!.open({
        token,
        ...(container ? { container } : {}),
        onSuccess: (r) => w.__finlet.success.push(r),
        onExit: (e) => w.__finlet.exit.push(e),
        onEvent: (e) => {
          w.__finlet.events.push(e.name);
          w.__finlet.activities.push(e);
        },
      });
    },
    { token, ...extra },
  );
}

export async function recorded(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __finlet: {
            success: unknown[];
            exit: { status: string; error?: { code: string } }[];
            events: string[];
            /** Every onEvent payload, in order (`events` holds their names). */
            activities: { name: string; at: string; metadata: Record<string, unknown> }[];
          };
        }
      ).__finlet,
  );
}

/** A new session's flow opened as a page and taken to the Pay by bank step by keyboard alone. */
export async function keyboardToPayByBank(page: Page, payment: typeof PAYMENT): Promise<CreatedSession> {
  const session = await createSession({ payment });
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await page.getByRole('button', { name: 'Pay by bank' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Pay by bank' })).toBeFocused();
  return session;
}

/**
 * Leaves the "All done" screen with its Done button (in any locale): the screen stays until the
 * customer presses it, and only then does the page get `onSuccess`.
 */
export async function finishDone(scope: Frame | Page): Promise<void> {
  await scope.locator('finlet-done .mark.success').waitFor();
  await scope.locator('finlet-done .actions button').click();
}

/** A webhook the demo shop's server received and verified. */
export interface ShopWebhook {
  event: {
    type: string;
    data: {
      object: { id: string; status?: string; payment?: string; session?: string; session_id?: string | null };
    };
  };
}

/** Every webhook the demo shop has received so far, oldest first. */
export async function shopWebhooks(): Promise<ShopWebhook[]> {
  const res = await fetch(`${stack.demo}/api/webhooks`);
  return ((await res.json()) as { data: ShopWebhook[] }).data;
}

export const test = base.extend<{ shot: (name: string, target?: Page) => Promise<void> }>({
  shot: async ({ page }, use, testInfo) => {
    let n = 0;
    await use(async (name, target = page) => {
      n += 1;
      const file = testInfo.outputPath(`${String(n).padStart(2, '0')}-${name}.png`);
      await target.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    });
  },
});

declare global {
  interface Window {
    Finlet?: {
      open(options: {
        token: string;
        container?: string | Element;
        locale?: string;
        onSuccess?: (r: { session_id: string; result_token: string }) => void;
        onExit?: (e: { status: string }) => void;
        onEvent?: (e: { name: string; at: string; metadata: Record<string, unknown> }) => void;
      }): { close(): void };
      preload(): void;
    };
  }
}

/** Two-digit expiry year of the test cards: three years ahead. */
export const CARD_YEAR = String((new Date().getFullYear() + 3) % 100).padStart(2, '0');

/**
 * Pays the session's amount with the always-succeeding test card 4242 4242 4242 4242 and leaves the
 * payment step (works in any locale: fields are found by their autofill names). `scope` is the
 * flow frame, or the page when the flow is opened as a full page.
 */
/** Fills the card form by its labels (as a user would read them); the expiry is December, three years ahead. */
export async function fillCard(scope: Frame | Page, number: string, name = 'Ada Lovelace'): Promise<void> {
  await scope.getByLabel('Card number').fill(number);
  await scope.getByLabel('Expiry (MM / YY)').fill(`12${CARD_YEAR}`);
  await scope.getByLabel('Security code (CVC)').fill('123');
  await scope.getByLabel('Name on card').fill(name);
}

export async function payWithTestCard(scope: Frame | Page): Promise<void> {
  await scope.locator('input[autocomplete="cc-number"]').fill('4242424242424242');
  await scope.locator('input[autocomplete="cc-exp"]').fill(`12${CARD_YEAR}`);
  await scope.locator('input[autocomplete="cc-csc"]').fill('123');
  await scope.locator('input[autocomplete="cc-name"]').fill('Ada Lovelace');
  await scope.locator('button[type="submit"].pay').click();
  await expect(scope.locator('.reference')).toBeVisible({ timeout: 20_000 });
}
