// Plan vs actuals in Chromium on the production build, on the demo workspace: a file with a bad row
// is named and stores nothing; the three sample files (samples/actuals) import with totals equal to
// the files' to the cent, and importing one again changes nothing; locking the Hopper scenario's
// revision as its budget shows the variance view and the dates the budget runs out, as the API has
// them. Screenshots: test-results/actuals-import.png, test-results/variance.png.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, screenshotPath } from './harness';
import { openPage, useApp } from './session';

const OWNER = { email: 'controller@example.com', name: 'Casey Controller', password: 'ledger-green-summit-41' };
const SAMPLES = join(REPO_ROOT, 'samples', 'actuals');

// The files' totals, computed independently with Python's Decimal (csv/json modules): Σ EffectiveCost
// (else BilledCost) of the 24 FOCUS rows, Σ spend of the 36 LiteLLM requests = 23.53874116, Σ totalCost
// of the 21 OpenCost allocations. All in Jan–Mar 2027.
const FILES = [
  { file: 'focus-2027.csv', rows: '24', total: '$285,289.20' },
  { file: 'litellm-spend-logs.json', rows: '36', total: '$23.54' },
  { file: 'opencost-allocation.json', rows: '21', total: '$1,060,099.38' },
];
// Cumulative actual at Mar 2027 = 285,289.20 + 23.53874116 + 1,060,099.38 = 1,345,412.11874116.
const CUMULATIVE_ACTUAL_MARCH = '$1,345,412.12';

const app = useApp({ env: { TOKENPLAN_DEMO_WORKSPACE: 'on' }, owner: OWNER, scenario: { listed: /^Hopper/ } });

async function openActuals(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(app, `/actuals?scenario=${app.scenarioId}`);
  await page.getByRole('heading', { name: 'Actuals', exact: true }).waitFor();
  return { page, errors };
}

async function imports(): Promise<unknown[]> {
  return ((await (await app.context.request.get(`${app.server.url}/api/v1/actuals/imports`)).json()) as { imports: unknown[] }).imports;
}

describe('actuals and plan vs actuals', () => {
  it('names the bad row of a file and stores nothing', async () => {
    const { page, errors } = await openActuals();
    await page.getByRole('button', { name: 'Try focus-2027.csv' }).waitFor(); // the empty state
    const csv = [
      'ChargePeriodStart,BilledCost,EffectiveCost,ServiceName,ResourceId,Tags',
      '2027-01-01T00:00:00Z,100.00,90.00,Amazon Bedrock,r-1,',
      '2027-01-01T00:00:00Z,twelve,,Amazon Bedrock,r-2,',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'bad-bill.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.locator('.act-errors');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Row 3, BilledCost/);
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    expect(await imports()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports the three sample files with their totals to the cent; a second import of one changes nothing', async () => {
    const { page, errors } = await openActuals();
    for (const [i, f] of FILES.entries()) {
      await page.locator('input[type=file]').setInputFiles(join(SAMPLES, f.file));
      await page.getByLabel('Import preview').waitFor();
      expect(await page.locator('[data-figure="rows"]').textContent()).toBe(f.rows);
      expect(await page.locator('[data-figure="new-rows"]').textContent()).toBe(f.rows);
      expect(await page.locator('[data-figure="total-cost"]').textContent()).toBe(f.total);
      if (i === FILES.length - 1) {
        await page.mouse.move(0, 0);
        await page.screenshot({ path: screenshotPath('actuals-import'), fullPage: true });
      }
      await page.getByRole('button', { name: `Import ${f.rows} new rows` }).click();
      const result = page.locator('[data-import-result]');
      await result.getByText(f.file).waitFor();
      expect(await result.textContent()).toContain(`${f.total} in total`);
    }
    expect(await imports()).toHaveLength(3);
    // History: newest first, each with its total.
    const history = await page.locator('.act-history tbody tr').allTextContents();
    expect(history.map((row) => FILES.find((f) => row.includes(f.file))?.total)).toEqual(FILES.map((f) => f.total).reverse());
    history.forEach((row, i) => expect(row).toContain(FILES[FILES.length - 1 - i]?.total));

    // The FOCUS file again: every row already imported, nothing to import.
    await page.locator('input[type=file]').setInputFiles(join(SAMPLES, 'focus-2027.csv'));
    await page.locator('[data-nothing-new]').waitFor();
    expect(await page.locator('[data-figure="new-rows"]').textContent()).toBe('0');
    expect(await page.locator('[data-figure="duplicate-rows"]').textContent()).toBe('24');
    expect(await page.getByRole('button', { name: 'Import 0 new rows' }).isDisabled()).toBe(true);
    expect(await imports()).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('locks the budget and shows the variance and the exhaustion dates the API computes', async () => {
    const { page, errors } = await openPage(app, `/scenarios/${app.scenarioId}?tab=variance`);
    await page.getByRole('heading', { name: 'No baseline version yet' }).waitFor();
    await page.getByRole('button', { name: 'Lock as version…' }).click();
    await page.getByLabel('Name').fill('FY2027 Budget');
    await page.getByRole('button', { name: 'Lock version' }).click();
    const callout = page.locator('section.act-callout');
    await callout.waitFor();
    expect(await page.locator('[data-baseline]').textContent()).toBe('Measured against: FY2027 Budget (Budget, revision 1)');

    const api = (await (await app.context.request.get(`${app.server.url}/api/v1/scenarios/${app.scenarioId}/variance`)).json()) as {
      exhaustion: { atBurnRate: string | null; atForecast: string | null; withinFiscalYear: boolean };
    };
    const month = (m: string | null) => (m ? new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }) : 'not within the plan');
    expect(await callout.locator('[data-figure="at-burn-rate"]').textContent()).toBe(month(api.exhaustion.atBurnRate));
    expect(await callout.locator('[data-figure="at-forecast"]').textContent()).toBe(month(api.exhaustion.atForecast));
    expect(api.exhaustion.atForecast).toMatch(/^\d{4}-\d{2}$/);
    expect(await callout.getAttribute('data-within-fy')).toBe(String(api.exhaustion.withinFiscalYear));

    const march = page.locator('[data-month="2027-03"] td');
    expect(await march.nth(5).textContent()).toBe(CUMULATIVE_ACTUAL_MARCH);
    // Recharts drew bars and the three lines.
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(12);
    expect(await page.locator('.recharts-line-curve').count()).toBe(3);
    expect(await page.locator('[data-row="unmapped"]').textContent()).toMatch(/\$[\d,]+\.\d\d/);

    await page.getByLabel(/Rescale the forecast/).check();
    await page.locator('[data-factor]').waitFor();
    await page.getByLabel(/Rescale the forecast/).uncheck();
    await page.locator('[data-factor]').waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('variance'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
