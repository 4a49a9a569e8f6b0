/**
 * The API reference at /docs renders in real Chromium under its strict CSP: Scalar (served by
 * Finlet itself) shows the operations and the guides, and the browser reports no CSP violation.
 */
import { expect, stack, test } from '../support/fixtures.ts';

test('/docs renders the operations and the guides with no CSP violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/content security policy|refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const offsite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(stack.finlet) && !r.url().startsWith('data:')) offsite.push(r.url());
  });

  const res = await page.goto(`${stack.finlet}/docs`);
  expect(res?.headers()['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  await expect(page.getByRole('heading', { name: 'Quick start' }).first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: /^Create a session/ }).click();
  const operation = page.getByRole('heading', { name: 'Create a session' });
  await expect(operation).toBeVisible();
  // The request body's fields are shown (its $ref resolved), not a bare reference.
  await expect(page.getByText('allowed_origins', { exact: true }).first()).toBeVisible();
  for (const guide of ['Webhooks', 'Errors'])
    await expect(page.getByRole('heading', { name: guide, exact: true }).first()).toBeAttached();
  expect(problems).toEqual([]);
  expect(offsite).toEqual([]);
});
