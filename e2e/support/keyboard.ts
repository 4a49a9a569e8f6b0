/**
 * Reaching a control the way a keyboard user does: Tab (or Shift+Tab) until it has focus, with
 * focus read through shadow roots (the widget's steps are custom elements).
 */
import type { Locator, Page } from '@playwright/test';

/** True when the deepest focused element (through shadow roots) is the locator's element. */
export async function focused(page: Page, target: Locator): Promise<boolean> {
  const handle = await target.elementHandle();
  return page.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  }, handle);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await target.waitFor();
  for (let i = 0; i < 40; i++) {
    if (await focused(page, target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reachable with ${key}: ${target}`);
}
