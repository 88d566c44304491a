// axe-core in the browser tests: the rules run inside the page and every serious or critical
// violation fails the test, named with the elements it was found on. The app's CSP (script-src
// 'self') refuses an injected <script> (addScriptTag), so axe's source is evaluated through the
// DevTools protocol instead, which the page's policy does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's serious and critical violations on the page as it is now, one line each. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ''}`);
}

/** Fails with the list when axe finds a serious or critical violation on the page. */
export async function expectNoSeriousA11yViolations(page: Page, where = page.url()): Promise<void> {
  // Joined, so a failure prints every violation in full (an array would be cut to "[ …(2) ]").
  expect((await seriousA11yViolations(page)).join('\n'), where).toBe('');
}

/**
 * The page's scroll width, and when it is wider than `width` the outermost elements that reach past
 * it (tag, class, right edge): what a phone-width failure needs to say.
 */
export async function pageWidth(page: Page, width: number): Promise<{ scrollWidth: number; offenders: string }> {
  return page.evaluate((limit) => {
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth <= limit) return { scrollWidth, offenders: '' };
    const found: string[] = [];
    const walk = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.right > limit + 0.5 && r.width > 0) {
        const style = getComputedStyle(el);
        // A box that scrolls or clips its content keeps it off the page: not an offender.
        const clips = /(auto|scroll|hidden)/.test(style.overflowX);
        const inner = [...el.children].filter((c) => c.getBoundingClientRect().right > limit + 0.5);
        if (clips || inner.length === 0) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}${clips ? ' (clips)' : ''}`);
        if (!clips) inner.forEach(walk);
        return;
      }
      [...el.children].forEach(walk);
    };
    walk(document.body);
    return { scrollWidth, offenders: found.filter((f) => !f.endsWith('(clips)')).slice(0, 8).join('; ') };
  }, width);
}
