/** Helpers of the identity e2e specs: open the flow standalone, fill the forms, upload, scan with axe. */
import type { Frame, Page } from '@playwright/test';
import { createSession, expect, stack } from '../support/fixtures.ts';

export { expectAccessible } from '../support/a11y.ts';
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export async function openIdentity(page: Page, reference = 'e2e-identity') {
  // A US customer: the form asks for the state, the ZIP code and the SSN.
  const session = await createSession({
    flows: ['identity'],
    customer: { reference, country: 'US' },
    payment: undefined,
  });
  await page.goto(
    `${stack.finlet}/flow/?session=${session.id}#token=${encodeURIComponent(session.client_token)}`,
  );
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your details' })).toBeVisible();
  return session;
}

export async function fillDetails(page: Page | Frame, lastName = 'Lovelace') {
  await page.getByLabel('First name(s)', { exact: true }).fill('Ada');
  await page.getByLabel('Last name', { exact: true }).fill(lastName);
  await page.getByLabel('Date of birth', { exact: true }).fill('1990-12-10');
  await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
  await page.getByLabel('Phone number', { exact: true }).fill('+14155550100');
  await page.getByLabel('Address', { exact: true }).fill('1 Main St');
  await page.getByLabel('City', { exact: true }).fill('Springfield');
  await page.getByLabel('State', { exact: true }).fill('IL');
  await page.getByLabel('ZIP code', { exact: true }).fill('62701');
  await page.getByLabel('Social Security number', { exact: true }).fill('123-45-6789');
}

export async function chooseDocument(page: Page | Frame, type: 'Passport' | 'National ID card') {
  await expect(page.getByRole('heading', { name: 'Your identity document' })).toBeVisible();
  // The US issues no national ID card: a Spanish one, then.
  if (type === 'National ID card') await page.getByLabel('Issuing country').selectOption('ES');
  await page.getByLabel(type).check();
  await page.getByLabel('Expiry date', { exact: true }).fill('2099-01-01');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

export async function upload(
  page: Page | Frame,
  side: string,
  file = { name: 'photo.png', mimeType: 'image/png', buffer: PNG },
) {
  await page.locator(`input[type=file][data-side=${side}]`).setInputFiles(file);
}
