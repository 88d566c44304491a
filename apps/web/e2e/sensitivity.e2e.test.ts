// The Sensitivity tab in Chromium on the production build: the tornado of a saved scenario, a seeded
// Monte Carlo in the browser's Web Worker (progress, then percentiles, fans and histogram), and the
// same scenario's Monte Carlo through the API's worker thread. Screenshot: test-results/sensitivity.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, screenshotPath, shutDown, startServer, type RunningServer } from './harness';
import { createFromTemplate, setUpOwner } from './session';

const OWNER = { email: 'planner@example.com', name: 'Pat Planner', password: 'ledger-green-summit-41' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let scenarioId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await setUpOwner(context, server, OWNER);
  const first = (await createFromTemplate(context, server, 'own-vs-api'))[0];
  if (!first) throw new Error('the template created no scenario');
  scenarioId = first.id;
});
afterAll(async () => {
  await context?.close();
  await shutDown(browser, server);
});

describe('sensitivity tab', () => {
  it('shows the tornado and runs a seeded Monte Carlo in the browser', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/scenarios/${scenarioId}?tab=sensitivity`);
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
    const res = await context.request.post(`${server.url}/api/v1/scenarios/${scenarioId}/analysis/montecarlo`, {
      data: { paths: 500, seed: 4 },
      headers: { origin: server.url },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { completedPaths: number; npv: { p10: string; p50: string; p90: string } };
    expect(body.completedPaths).toBe(500);
    expect(Number(body.npv.p10)).toBeLessThanOrEqual(Number(body.npv.p50));
  });
});
