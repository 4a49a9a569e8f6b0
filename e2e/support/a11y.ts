/**
 * The accessibility checks every e2e spec runs on a screen: axe-core with the WCAG 2.2 rule tags
 * (A and AA of 2.0, 2.1 and 2.2 — `target-size` among them), plus two checks axe cannot make:
 * - target size (2.5.8): every button, link, form control and summary in the widget is at least
 *   24 × 24 CSS px (links inside a sentence are exempt, as the criterion allows);
 * - focus not obscured (2.4.11): Tab through the screen, and each element that takes focus is
 *   inside the viewport and not covered by another element (a dialog's backdrop, a sticky bar).
 * Each returns its findings as readable lines, so a failure says what and where.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Controls smaller than 24 × 24 CSS px, in this document and its open shadow roots. */
export function smallTargets(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!el.matches('button, a[href], input:not([type=hidden]), select, textarea, summary')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') continue;
        if (el.matches('input') && (el as HTMLInputElement).tabIndex < 0) continue;
        // A link in a sentence is exempt (2.5.8 "inline").
        if (el.matches('a') && style.display === 'inline') continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width < 23.5 || box.height < 23.5)
          found.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
    };
    walk(document);
    return found;
  });
}

/**
 * Tabs through the screen (at most `tabs` stops, until focus comes round again); each focused
 * element must be in view and on top where it is drawn.
 */
export async function obscuredFocus(page: Page, tabs = 20): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const visited: string[] = [];
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    const frames = [page.mainFrame(), ...page.frames().filter((f) => f !== page.mainFrame())];
    for (const frame of frames) {
      const problem = await frame
        .evaluate(() => {
          if (!document.hasFocus()) return null;
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!el || el === document.body || el.tagName === 'IFRAME') return null;
          const box = el.getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
          if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
            return { name, problem: 'outside the viewport' };
          const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
          let top: Element | null = document.elementFromPoint(x, y);
          while (top?.shadowRoot) {
            const inner = top.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === top) break;
            top = inner;
          }
          const covers = (a: Element | null, b: Element) => {
            for (let n: Node | null = a; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
              if (n === b) return true;
            return false;
          };
          if (top && !covers(top, el) && !covers(el, top))
            return {
              name,
              problem: `covered by ${top.tagName.toLowerCase()}.${(top as HTMLElement).className}`,
            };
          return { name, problem: null };
        })
        .catch(() => null);
      if (problem?.problem && !seen.has(problem.name)) {
        seen.add(problem.name);
        found.push(`${problem.name}: ${problem.problem}`);
      }
      if (problem) visited.push(problem.name);
    }
    // Round again: every stop has been seen.
    if (visited.length > 2 && visited.at(-1) === visited[0]) break;
  }
  return found;
}

/** axe (WCAG 2.2 A/AA), target size in the page and every frame, and (optionally) focus not obscured. */
export async function expectAccessible(page: Page, what: string, o: { focus?: boolean } = {}): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
  for (const frame of page.frames())
    expect(await smallTargets(frame).catch(() => []), `targets under 24 px on ${what}`).toEqual([]);
  if (o.focus) expect(await obscuredFocus(page), `focus obscured on ${what}`).toEqual([]);
}
