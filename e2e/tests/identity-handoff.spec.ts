/**
 * "Continue on phone" in Chromium: the desktop shows a QR code and a short link, a second browser
 * context (the phone) opens it, uploads the document and selfie, and the desktop follows along
 * and shows the outcome when the phone has finished. Axe on the hand-off panel.
 */
import { expect, test } from '../support/fixtures.ts';
import { chooseDocument, expectAccessible, fillDetails, openIdentity, upload } from './identity.helpers.ts';

test('the phone finishes the document and selfie; the desktop continues', async ({ page, browser, shot }) => {
  await openIdentity(page, 'e2e-handoff');
  await fillDetails(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await chooseDocument(page, 'Passport');
  await page.getByRole('button', { name: 'Continue on your phone' }).click();
  await expect(page.getByRole('img', { name: 'QR code that opens this step on your phone' })).toHaveAttribute(
    'src',
    /^data:image\//,
  );
  const link = await page.getByLabel('Link for your phone', { exact: true }).inputValue();
  expect(link).toMatch(/\/flow\/\?session=ses_\w+&handoff=identity#token=/);
  await expectAccessible(page, 'hand-off panel');
  await shot('identity-handoff-desktop');

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('heading', { name: 'Your identity document' })).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Continue on your phone' })).toHaveCount(0);
  await upload(phone, 'front');
  await expect(phone.getByText('Front of the document: done')).toBeVisible();
  await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  await upload(phone, 'selfie');
  await expect(phone.getByText('Take a selfie: done')).toBeVisible();
  await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(phone.getByRole('heading', { name: 'Identity verified' })).toBeVisible({ timeout: 15_000 });
  await expect(phone.getByText('All done on this phone.', { exact: false })).toBeVisible();
  await shot('identity-handoff-phone', phone);

  await expect(page.getByRole('heading', { name: 'Identity verified' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
  await phoneContext.close();
});
