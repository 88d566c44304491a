// The analysis screens in Chromium on the production build: the dashboard, ledger and allocation
// tabs of a saved scenario (the Blackwell preset, stored through the API), and the /compare page
// comparing two saved scenarios. The development preview (/preview/dashboard) is not in the
// product. Screenshots go to test-results/ (dashboard.png, compare.png, ledger.png, allocation.png).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { findPreset } from '@tokenplan/model';
import { createFromTemplate, openPage, useApp } from './session';

const OWNER = { email: 'analyst@example.com', name: 'Avery Analyst', password: 'ledger-green-summit-41' };

// The app is behind sign-in: first-start setup creates the owner and signs the context in. The
// Blackwell preset under a name of its own (the compare test below picks "Blackwell" scenarios).
const app = useApp({ owner: OWNER, scenario: { document: { ...(findPreset('blackwell-vs-hopper')?.scenarios[0] as object), name: 'Analysis check (B200)' } } });

/** The saved scenario's page on tab `tab`, its dashboard projected (no page error). */
async function open(tab: 'Dashboard' | 'Ledger' | 'Allocation'): Promise<Page> {
  const { page, errors } = await openPage(app, `/scenarios/${app.scenarioId}`);
  await page.getByRole('tab', { name: tab }).click();
  expect(errors).toEqual([]);
  return page;
}

describe('analysis tabs of a saved scenario', () => {
  it('has no development preview in the product', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/preview/dashboard`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.close();
  });

  it('renders the dashboard: KPI cards with definitions and six charts', async () => {
    const page = await open('Dashboard');
    const npv = page.locator('[data-kpi-card="npv"]');
    await npv.waitFor();
    expect(await npv.textContent()).toMatch(/NPV.*\$[\d.]+[kMB]/);
    // 12 v1 cards, plus economic cost per M tokens and total cost (§8).
    expect(await page.locator('[data-kpi-card]').count()).toBe(14);
    // Keyboard: tab to the first definition button and its tooltip opens.
    await page.locator('[data-kpi-card="npv"] button').focus();
    await expect(page.getByRole('tooltip').first().textContent()).resolves.toContain('Net present value');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.locator('figure.tp-chart').count()).toBe(6);
    // Recharts drew real lines and bars (not empty SVGs).
    expect(await page.locator('figure.tp-chart .recharts-line-curve').count()).toBeGreaterThan(4);
    expect(await page.locator('figure.tp-chart .recharts-bar-rectangle').count()).toBeGreaterThan(50);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('dashboard'), fullPage: true });
    await page.close();
  });

  it('renders the ledger and the allocation with cents that add up', async () => {
    const ledger = await open('Ledger');
    await ledger.getByRole('rowheader', { name: /^Revenue ?USD$/ }).waitFor();
    await ledger.screenshot({ path: screenshotPath('ledger'), fullPage: false });
    await ledger.getByText('Fiscal years', { exact: true }).click();
    expect(await ledger.getByRole('columnheader').allTextContents()).toContain('FY2027');
    await ledger.close();

    const allocation = await open('Allocation');
    await allocation.getByRole('rowheader', { name: 'Total' }).waitFor();
    const cents = await allocation.locator('[data-cents]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cents') ?? ''));
    const total = await allocation.locator('[data-total-cents]').getAttribute('data-total-cents');
    expect(cents.length).toBeGreaterThan(1);
    expect(cents.reduce((s, c) => s + BigInt(c), 0n)).toBe(BigInt(total ?? 'x'));
    await allocation.screenshot({ path: screenshotPath('allocation'), fullPage: true });
    await allocation.close();
  });
});

describe('the compare page', () => {
  it('explains how to pick scenarios when none are given', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/compare`);
    await page.getByRole('heading', { name: 'Nothing to compare yet' }).waitFor();
    await page.close();
  });

  it('compares two saved scenarios picked in the page', async () => {
    await createFromTemplate(app.context, app.server, 'blackwell-vs-hopper');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/compare`);
    await page.getByRole('checkbox', { name: /Blackwell/ }).check();
    await page.getByRole('checkbox', { name: /Hopper/ }).check();
    await page.getByRole('button', { name: 'Compare 2 scenarios' }).click();
    await page.waitForURL(/\/compare\?ids=/);
    const ratio = page.locator('[data-ratio="costPerMTokens"] td').first();
    await ratio.waitFor();
    // Hopper ÷ Blackwell: Hopper costs more per token.
    expect(Number((await ratio.textContent())?.replace('×', ''))).toBeGreaterThan(1);
    expect(await page.locator('[data-compare-kpi]').count()).toBeGreaterThan(15);
    await page.locator('figure.tp-chart .recharts-line-curve').first().waitFor();
    await page.screenshot({ path: screenshotPath('compare'), fullPage: true });
    await page.close();
  });
});
