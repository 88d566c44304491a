// The honest demo in Chromium (issue 22): on first start the workspace holds the internal budget
// pair (a cost centre: no revenue, led by what serving the demand costs) and the inference service
// pair at market prices. The budget's dashboard headline is the present value of cost, with no
// revenue, payback or IRR card, and a clear reference check. Screenshot: test-results/demo-dashboard.png.
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { openPage, useApp } from './session';

const OWNER = { email: 'cfo@example.com', name: 'Casey CFO', password: 'ledger-green-summit-41' };

const app = useApp({ env: { TOKENPLAN_DEMO_WORKSPACE: 'on' }, owner: OWNER });

describe('honest demo', () => {
  it('opens the Blackwell internal budget led by its cost, with no invented revenue', async () => {
    const { page, errors } = await openPage(app, `/`);
    await page.getByRole('link', { name: 'Blackwell B200 — internal budget' }).click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}/);
    const cards = page.locator('[data-kpi-card]');
    await cards.first().waitFor();
    const keys = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi-card')));
    // A cost centre leads with what the fleet costs (total cost and its present value).
    expect(['totalCost', 'presentValueOfCost']).toContain(keys[0]);
    expect(keys).toContain('presentValueOfCost');
    expect(keys).not.toContain('revenue');
    expect(await page.getByRole('note', { name: 'Reference check' }).textContent()).toMatch(/within what the reference library supports/);
    expect(errors).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('demo-dashboard'), fullPage: true });
    await page.close();
  });
});
