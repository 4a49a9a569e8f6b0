/**
 * The identity flow when the user refuses the camera (Chromium with a fake camera but no auto-accept,
 * so the permission prompt is dismissed): a clear message and the upload path, axe-clean.
 */
import { chromiumWith } from '../support/chromium.ts';
import { expect, test } from '../support/fixtures.ts';
import { chooseDocument, expectAccessible, fillDetails, openIdentity } from './identity.helpers.ts';

test.use({
  launchOptions: chromiumWith('--use-fake-device-for-media-stream'),
});

test('a denied camera permission explains itself and leaves the upload path', async ({ page, shot }) => {
  await openIdentity(page, 'e2e-denied');
  await fillDetails(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await chooseDocument(page, 'Passport');
  await page.getByRole('button', { name: 'Use camera' }).click();
  await expect(page.getByRole('alert').last()).toContainText(
    /Camera access was denied|No camera is available/,
  );
  await expect(page.getByRole('button', { name: 'Upload a photo' })).toBeVisible();
  await expectAccessible(page, 'camera denied');
  await shot('identity-camera-denied');
});
