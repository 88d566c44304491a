// The model v2 inputs in Chromium: a migration path, seat demand and tax set in the editor, saved,
// and read back after a reload; screenshots of the sections for review.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { useApp } from './session';

const OWNER = { email: 'planner@example.com', name: 'Pat Planner', password: 'seat-path-tax-2031' };
const SUPPORT = 'Customer support assistant';
const CODE = 'Code assistant';

const app = useApp({ owner: OWNER, scenario: { template: 'own-vs-api' } });

async function openAssumptions(page: Page) {
  await page.goto(`${app.server.url}/scenarios/${app.scenarioId}?tab=assumptions`);
  await page.getByRole('heading', { name: 'Capital, tax and horizon value' }).waitFor();
}

/** 'YYYY-MM' + n months, worked out here independently of the editor. */
function plusMonths(start: string, n: number): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

describe('editor inputs of model v2', { timeout: 180_000 }, () => {
  it('sets a migration path, seats and tax, saves, and finds them after a reload', async () => {
    const page = await app.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openAssumptions(page);
    const start = await page.getByLabel('Start month', { exact: true }).inputValue();

    await page.getByLabel('Tax the operating result', { exact: false }).check();
    await page.getByLabel('Value at the horizon', { exact: true }).selectOption('bookValue');
    await page.getByLabel('Hosting escalation', { exact: true }).fill('3');
    await page.getByLabel('Fixed opex escalation', { exact: true }).fill('2.5');
    await page.locator('#section-capital').screenshot({ path: screenshotPath('editor-v2-capital') });
    await page.locator('#section-general').screenshot({ path: screenshotPath('editor-v2-general') });
    await page.locator('#section-energy').screenshot({ path: screenshotPath('editor-v2-energy') });

    await page.getByRole('button', { name: `More inputs of ${SUPPORT}`, exact: false }).click();
    const support = page.getByRole('group', { name: `Details of ${SUPPORT}` });
    await support.getByRole('button', { name: 'Add a step' }).click();
    const month = support.getByLabel(`From month, step 2 of ${SUPPORT}`);
    await month.fill('18');
    await month.blur();
    await support.getByLabel(`Served by, step 2 of ${SUPPORT}`).selectOption('api:frontier-api');

    await page.getByRole('button', { name: `More inputs of ${CODE}`, exact: false }).click();
    const code = page.getByRole('group', { name: `Details of ${CODE}` });
    await code.getByRole('button', { name: 'Seats' }).click();
    const seats = code.getByLabel('Seats at start', { exact: true });
    await seats.fill('250');
    await seats.blur();
    await code.getByLabel('Cached input share', { exact: true }).fill('40');
    await page.getByText('Up to date').waitFor();
    await page.locator('#section-applications').screenshot({ path: screenshotPath('editor-v2-applications') });

    await page.getByRole('button', { name: 'Save…' }).click();
    await page.getByLabel('Save message').fill('Migration to the API, seats, tax');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();

    await openAssumptions(page);
    const summary = `NVIDIA B200 (DGX/HGX, 8 GPU) → Frontier API (Sonnet-class, list price) from ${plusMonths(start, 18)}`;
    expect(await page.getByRole('button', { name: `${SUPPORT} served by migration path`, exact: false }).textContent()).toBe(summary);
    expect(await page.getByRole('button', { name: `Demand of ${CODE} is sized by seats: show details` }).count()).toBe(2);
    await page.getByRole('button', { name: `More inputs of ${CODE}`, exact: false }).click();
    const reloaded = page.getByRole('group', { name: `Details of ${CODE}` });
    expect(await reloaded.getByLabel('Seats at start', { exact: true }).inputValue()).toBe('250');
    expect(await reloaded.getByLabel('Cached input share', { exact: true }).inputValue()).toBe('40');
    expect(await page.getByLabel('Tax rate', { exact: true }).inputValue()).toBe('21');
    expect(await page.getByLabel('Value at the horizon', { exact: true }).inputValue()).toBe('bookValue');
    expect(await page.getByLabel('Hosting escalation', { exact: true }).inputValue()).toBe('3');
    await page.getByRole('button', { name: `More inputs of ${SUPPORT}`, exact: false }).click();
    const path = page.getByRole('group', { name: `Details of ${SUPPORT}` });
    expect(await path.getByLabel(`From month, step 2 of ${SUPPORT}`).inputValue()).toBe('18');
    await page.locator('#section-applications').screenshot({ path: screenshotPath('editor-v2-applications-reloaded') });
    await page.locator('.platform-card').first().screenshot({ path: screenshotPath('editor-v2-platform') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
