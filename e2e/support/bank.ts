/**
 * The user's part at a sandbox bank, on the bank's own pages (the popup, or the top page in
 * redirect mode): sign in as a sandbox user, give the one-time code when the bank asks, and allow
 * or deny — "Allow"/"Deny" for sharing accounts, "Approve payment"/"Decline" for a payment.
 * Shared by the link and pay-by-bank specs.
 */
import type { Page } from '@playwright/test';

export interface BankSignIn {
  /** The one-time code, for the MFA user. */
  otp?: string;
  deny?: boolean;
  /** The page is a popup that closes itself after the decision: also wait for that. */
  awaitClose?: boolean;
}

export async function signInAtBank(bank: Page, username: string, o: BankSignIn = {}): Promise<void> {
  // A bank that still has this browser's sign-in from an earlier link goes straight to consent.
  await bank
    .getByRole('button', { name: /^(Sign in|Allow|Approve payment)$/ })
    .first()
    .waitFor();
  if (await bank.getByLabel('Username').count()) {
    await bank.getByLabel('Username').fill(username);
    await bank.getByLabel('Password').fill('pass_good');
    await bank.getByRole('button', { name: 'Sign in' }).click();
  }
  if (o.otp) {
    await bank.getByLabel('One-time code').fill(o.otp);
    await bank.getByRole('button', { name: 'Verify' }).click();
  }
  // Awaited from before the click, which under load may settle after the popup has closed.
  const closed = o.awaitClose ? bank.waitForEvent('close') : undefined;
  const payment = (await bank.getByRole('button', { name: 'Approve payment' }).count()) > 0;
  const decision = payment ? (o.deny ? 'Decline' : 'Approve payment') : o.deny ? 'Deny' : 'Allow';
  await bank.getByRole('button', { name: decision, exact: true }).click();
  await closed;
}
