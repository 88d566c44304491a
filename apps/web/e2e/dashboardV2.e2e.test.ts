// The §8 dashboard in Chromium on the production build, on saved scenarios built as the dev
// preview's v2 variant is (previewScenarios.ts: the Blackwell/Hopper presets with tax, a book terminal value, useful lives, lead times and a
// migration from H100 to B200, projected in the browser) shows after-tax returns beside pre-tax
// ones, a terminal value bar, the all-in $/GPU-hour table and the migration on the fleet chart;
// its cost-centre twin leads with cost. Screenshots: test-results/dashboard-v2.png, dashboard-cost-centre.png.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { previewDocuments } from '../src/analysis/previewScenarios';
import { createScenario, openPage, useApp } from './session';

const OWNER = { email: 'cfo@example.com', name: 'Casey CFO', password: 'terminal-value-harbor-58' };

const app = useApp({ owner: OWNER });
/** Ids of the saved v2 pair: [revenue, cost centre]. */
const ids: string[] = [];

beforeAll(async () => {
  const documents = previewDocuments('v2');
  if (typeof documents === 'string') throw new Error(documents);
  for (const document of documents) ids.push(await createScenario(app.context, app.server, document));
});

/** The dashboard of saved scenario `index` of the pair. */
async function open(index: number): Promise<Page> {
  const { page, errors } = await openPage(app, `/scenarios/${ids[index] ?? ''}`);
  await page.locator('[data-kpi-card="npv"]').waitFor();
  expect(errors).toEqual([]);
  return page;
}

describe('dashboard with §8 capital decisions', () => {
  it('shows after-tax NPV beside pre-tax, a terminal value bar and the all-in $/GPU-hour', async () => {
    const page = await open(0);
    const npv = page.locator('[data-kpi-card="npv"]');
    // "−$69.0M | −$57.1M": two money figures, pre-tax then after-tax (negative since the presets
    // price revenue at open-model market prices).
    expect(await npv.locator('.tp-kpi__value').textContent()).toMatch(/^\u2212?\$[\d.]+[kMB] \| \u2212?\$[\d.]+[kMB]$/);
    expect(await npv.textContent()).toContain('Pre-tax | after-tax');
    const cash = page.getByRole('figure', { name: 'Cash flow and payback' });
    expect(await cash.locator('.recharts-legend-item-text').allTextContents()).toEqual(
      expect.arrayContaining(['Terminal value', 'Disposal proceeds', 'Cumulative cash flow, after tax']),
    );
    // The terminal value is one bar, in the last month.
    expect(await cash.locator('.recharts-bar-rectangle path[name="Terminal value"]').count()).toBe(1);
    expect(await cash.textContent()).toMatch(/Terminal value \$[\d.]+M in Dec 2031/);
    const allIn = page.getByRole('region', { name: 'All-in cost per GPU-hour' });
    expect(await allIn.locator('[data-platform-kpi] td').first().textContent()).toMatch(/^\$[\d.]+\/GPU-h$/);
    const fleet = page.getByRole('figure', { name: 'Fleet and utilisation' });
    expect(await fleet.textContent()).toContain('Customer support assistant → B200, Dec 2028');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('dashboard-v2'), fullPage: true });
    await page.close();
  });

  it('leads a cost centre with total cost and present value of cost, returns shown as —', async () => {
    const page = await open(1);
    const keys = await page.locator('[data-kpi-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi-card')));
    expect(keys.slice(0, 2)).toEqual(['totalCost', 'presentValueOfCost']);
    const irr = page.locator('[data-kpi-card="irr"] .tp-kpi__value');
    expect(await irr.textContent()).toBe('—');
    expect(await irr.getAttribute('title')).toBe('No revenue in a cost-centre budget');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('dashboard-cost-centre'), fullPage: true });
    await page.close();
  });
});
