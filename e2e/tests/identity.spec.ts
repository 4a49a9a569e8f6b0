/**
 * The identity flow in Chromium against the real stack (Sandbox KYC over HTTP, signed callback):
 * personal details, document and selfie by file upload and by the (fake) camera, the waiting screen,
 * approved and declined outcomes, inline errors, a HEIC upload, keyboard-only entry, and axe on
 * every new screen.
 */
import { chromiumWith } from '../support/chromium.ts';
import { expect, test } from '../support/fixtures.ts';
import { chooseDocument, expectAccessible, fillDetails, openIdentity, upload } from './identity.helpers.ts';

// Chromium's fake camera (a test pattern) with the permission prompt auto-accepted.
test.use({
  launchOptions: chromiumWith('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'),
});

test('identity by file upload: details, passport, selfie, approved, done (axe on every screen)', async ({
  page,
  shot,
}) => {
  await openIdentity(page);
  await expectAccessible(page, 'details form');
  await shot('identity-details');
  await fillDetails(page);
  const ssn = page.getByLabel('Social Security number', { exact: true });
  await expect(ssn).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await page.getByLabel('Passport', { exact: true }).waitFor();
  await expectAccessible(page, 'document choice');
  await chooseDocument(page, 'Passport');
  await expect(page.getByText('Front of the document: done')).toHaveCount(0);
  await expectAccessible(page, 'document capture');
  await upload(page, 'front');
  await expect(page.getByText('Front of the document: done')).toBeVisible();
  await shot('identity-document-uploaded');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
  await expectAccessible(page, 'selfie');
  await upload(page, 'selfie');
  await expect(page.getByText('Take a selfie: done')).toBeVisible();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Identity verified' })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, 'approved');
  await shot('identity-approved');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
});

test('the Decline surname ends on a clear declined screen', async ({ page, shot }) => {
  await openIdentity(page, 'e2e-decline');
  await fillDetails(page, 'Decline');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await chooseDocument(page, 'Passport');
  await upload(page, 'front');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await upload(page, 'selfie');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'We could not verify your identity' })).toBeVisible({
    timeout: 15_000,
  });
  await expectAccessible(page, 'declined');
  await shot('identity-declined');
});

test('errors are inline and announced; a HEIC photo gets a clear message', async ({ page, shot }) => {
  await openIdentity(page, 'e2e-errors');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('problems with the form');
  await expect(page.getByLabel('First name(s)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('First name(s)', { exact: true })).toBeFocused();
  await fillDetails(page);
  await page.getByLabel('ZIP code', { exact: true }).fill('SW1A 1AA');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('This postcode does not match the format of the country.')).toBeVisible();
  await expectAccessible(page, 'details with errors');
  await shot('identity-details-errors');
  await page.getByLabel('ZIP code', { exact: true }).fill('62701');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await chooseDocument(page, 'Passport');
  await upload(page, 'front', {
    name: 'IMG_0001.HEIC',
    mimeType: 'image/heic',
    buffer: Buffer.from('not really heic'),
  });
  await expect(page.getByRole('alert').last()).toContainText('HEIC photos are not supported');
  await shot('identity-heic');
});

test('keyboard only: the details form can be filled and sent without a mouse', async ({ page }) => {
  await openIdentity(page, 'e2e-keyboard');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('First name(s)', { exact: true })).toBeFocused();
  await page.keyboard.type('Ada');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Last name', { exact: true })).toBeFocused();
  await page.keyboard.type('Lovelace');
  await fillDetails(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your identity document' })).toBeVisible();
  // A US customer: the US issues no national ID card, so the next choice is the driving licence.
  await page.getByLabel('Passport', { exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Driving licence', { exact: true })).toBeChecked();
});

test.describe('with a (fake) camera', () => {
  test('ID card front and back and the selfie by camera', async ({ page, shot }) => {
    await openIdentity(page, 'e2e-camera');
    await fillDetails(page);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await chooseDocument(page, 'National ID card');
    for (const side of ['Front of the document', 'Back of the document']) {
      const box = page.locator('finlet-identity-capture', { hasText: side });
      await box.getByRole('button', { name: 'Use camera' }).click();
      await expect(box.locator('video')).toBeVisible();
      await expect
        .poll(() => box.locator('video').evaluate((v: HTMLVideoElement) => v.videoWidth))
        .toBeGreaterThan(0);
      await shot(`identity-camera-${side.split(' ')[0]}`);
      await box.getByRole('button', { name: 'Take photo' }).click();
      await expect(box.getByText(`${side}: done`)).toBeVisible();
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'Use camera' }).click();
    await page.getByRole('button', { name: 'Take photo' }).click();
    await expect(page.getByText('Take a selfie: done')).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Identity verified' })).toBeVisible({ timeout: 15_000 });
  });
});
