// The analysis screens in Chromium on the production build: the dashboard, ledger and allocation
// tabs of a saved scenario (the Blackwell preset, stored through the API), and the /compare page
// comparing two saved scenarios. The development preview (/preview/dashboard) is not in the
// product. Screenshots go to test-results/ (dashboard.png, compare.png, ledger.png, allocation.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, shutDown, startServer, type RunningServer } from './harness';
import { findPreset } from '@tokenplan/model';
import { createFromTemplate, postJson, setUpOwner } from './session';

const OWNER = { email: 'analyst@example.com', name: 'Avery Analyst', password: 'ledger-green-summit-41' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let scenarioId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // The app is behind sign-in: first-start setup creates the owner and signs this context in.
  await setUpOwner(context, server, OWNER);
  // The Blackwell preset under a name of its own (the compare test below picks "Blackwell" scenarios).
  const document = { ...(findPreset('blackwell-vs-hopper')?.scenarios[0] as object), name: 'Analysis check (B200)' };
  const created = await postJson(context, server, '/api/v1/scenarios', { document });
  expect(created.status(), await created.text()).toBe(201);
  scenarioId = ((await created.json()) as { id: string }).id;
});
afterAll(async () => {
  await context?.close();
  await shutDown(browser, server);
});

/** The saved scenario's page on tab `tab`, its dashboard projected (no page error). */
async function open(tab: 'Dashboard' | 'Ledger' | 'Allocation'): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/scenarios/${scenarioId}`);
  await page.getByRole('tab', { name: tab }).click();
  expect(errors).toEqual([]);
  return page;
}

describe('analysis tabs of a saved scenario', () => {
  it('has no development preview in the product', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/preview/dashboard`);
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
    const page = await context.newPage();
    await page.goto(`${server.url}/compare`);
    await page.getByRole('heading', { name: 'Nothing to compare yet' }).waitFor();
    await page.close();
  });

  it('compares two saved scenarios picked in the page', async () => {
    await createFromTemplate(context, server, 'blackwell-vs-hopper');
    const page = await context.newPage();
    await page.goto(`${server.url}/compare`);
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
