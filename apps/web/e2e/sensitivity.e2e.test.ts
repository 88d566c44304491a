// The Sensitivity tab in Chromium on the production build: the tornado of a saved scenario, a seeded
// Monte Carlo in the browser's Web Worker (progress, then percentiles, fans and histogram), and the
// same scenario's Monte Carlo through the API's worker thread. Screenshot: test-results/sensitivity.png.
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { openPage, useApp } from './session';

const OWNER = { email: 'planner@example.com', name: 'Pat Planner', password: 'ledger-green-summit-41' };

const app = useApp({ owner: OWNER, scenario: { template: 'own-vs-api' } });

describe('sensitivity tab', () => {
  it('shows the tornado and runs a seeded Monte Carlo in the browser', async () => {
    const { page, errors } = await openPage(app, `/scenarios/${app.scenarioId}?tab=sensitivity`);
    await page.getByRole('heading', { name: 'What moves the result' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.tp-chart__summary').first().textContent()).toMatch(/moves the result most/);
    await page.getByLabel('Paths').fill('3000');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByText('NPV distribution').waitFor({ timeout: 60_000 });
    const meta = await page.locator('.sens-meta').textContent();
    expect(meta).toContain('3,000 paths, seed 1');
    expect(await page.locator('.tp-kpi__value').first().textContent()).toMatch(/\$[\d.]+[kMB]/);
    await page.screenshot({ path: screenshotPath('sensitivity'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('runs the same analysis on the server in a worker thread', async () => {
    const res = await app.context.request.post(`${app.server.url}/api/v1/scenarios/${app.scenarioId}/analysis/montecarlo`, {
      data: { paths: 500, seed: 4 },
      headers: { origin: app.server.url },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { completedPaths: number; npv: { p10: string; p50: string; p90: string } };
    expect(body.completedPaths).toBe(500);
    expect(Number(body.npv.p10)).toBeLessThanOrEqual(Number(body.npv.p50));
  });
});
