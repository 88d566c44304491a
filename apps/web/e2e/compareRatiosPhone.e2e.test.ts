// The compare page's ratios to the baseline on a phone (390 × 844): a card per scenario that fits the
// screen, with every figure the wide table has, and nothing in it scrolling sideways (a11y.e2e.test.ts
// checks the page's width; a table scrolling inside its own box passes that, so this looks inside).
// At 1440 px the table is shown and the cards are not.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, pageWidth } from './a11y';
import { SCREENS, openScreen, useWorkspaceContexts } from './screens';
import { useApp } from './session';

const PHONE = { width: 390, height: 844 };
const RATIOS = 7; // RATIO_KPIS: cost, cash cost, break-even API price, tokens per MWh, energy per token, capex, revenue

const app = useApp({ env: { TOKENPLAN_DEMO_WORKSPACE: 'on' }, timeout: 180_000 });
const screens = useWorkspaceContexts(app, PHONE);
const compare = SCREENS.find((s) => s.id === 'compare');

describe('compare ratios to the baseline', { timeout: 120_000 }, () => {
  it('at 390 px: a card per scenario inside the screen, every ratio on it, nothing scrolling sideways', async () => {
    if (!compare) throw new Error('no compare screen');
    const page = await openScreen(screens.phone, app.server, compare, screens.workspace);
    await page.locator('.tp-ratio-card').first().waitFor({ timeout: 60_000 }); // the projections run in the browser
    const { scrollWidth, offenders } = await pageWidth(page, PHONE.width);
    expect(scrollWidth, offenders).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByRole('table', { name: 'Ratios to the baseline' }).isVisible()).toBe(false);

    const cards = page.locator('.tp-ratio-card');
    expect(await cards.count()).toBe(1); // the demo pair: one scenario against the baseline
    const measured = await cards.evaluateAll((all) =>
      all.map((card) => {
        const box = card.getBoundingClientRect();
        const wide = [card, ...card.querySelectorAll('*')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible');
        const outside = [...card.querySelectorAll('dt, dd')].filter((el) => el.getBoundingClientRect().right > box.right + 0.5 || el.getBoundingClientRect().left < box.left - 0.5);
        return {
          left: box.left,
          right: box.right,
          scrolls: wide.length,
          outside: outside.map((el) => el.textContent).join(', '),
          figures: [...card.querySelectorAll('dd')].map((dd) => dd.textContent ?? ''),
        };
      }),
    );
    for (const card of measured) {
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(PHONE.width);
      expect(card.scrolls, 'a box inside the card scrolls sideways').toBe(0);
      expect(card.outside, 'a label or figure outside its card').toBe('');
      expect(card.figures).toHaveLength(RATIOS);
      for (const figure of card.figures) expect(figure).toMatch(/^(\d[\d,.]*×|—)$/);
    }
    await expectNoSeriousA11yViolations(page, 'compare at 390 px');
    await page.close();
  });

  it('at 1440 px: the table, with the same figures, and no cards', async () => {
    if (!compare) throw new Error('no compare screen');
    const page = await openScreen(screens.desktop, app.server, compare, screens.workspace);
    const table = page.getByRole('table', { name: 'Ratios to the baseline' });
    await table.waitFor({ timeout: 60_000 });
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('.tp-ratio-cards').isVisible()).toBe(false);
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells).toHaveLength(RATIOS);
    // The cards (hidden here) hold the same figures in the same order.
    expect(await page.locator('.tp-ratio-card dd').allTextContents()).toEqual(cells);
    await page.close();
  });
});
