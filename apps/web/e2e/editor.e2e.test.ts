// The scenario workspace in Chromium: create from a template, change a driver and watch the KPI move,
// save, reload, recover a local draft, and resolve a stale save (412) made from a second browser context.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { setUpOwner, signIn, useApp } from './session';

const OWNER = { email: 'cfo@example.com', name: 'Casey CFO', password: 'budget-blue-harbor-73' };

const app = useApp();

/** A browser context signed in as the owner (the first one runs first-start setup). */
async function signedIn(setup: boolean): Promise<BrowserContext> {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await (setup ? setUpOwner(context, app.server, OWNER) : signIn(context, app.server, OWNER));
  return context;
}

async function kpi(page: Page, key: string): Promise<string> {
  return (await page.locator(`[data-kpi="${key}"] dd`).textContent()) ?? '';
}

async function openAssumptions(page: Page) {
  await page.getByRole('tab', { name: 'Assumptions' }).click();
  await page.getByRole('heading', { name: 'Energy & facility' }).waitFor();
}

async function setField(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.blur();
}

async function save(page: Page, message: string) {
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Save message').fill(message);
  await page.getByRole('button', { name: 'Save version' }).click();
}

describe('scenario workspace', () => {
  let a: BrowserContext;
  let page: Page;
  let scenarioUrl = '';

  it('offers the demo on first start and creates the Blackwell vs Hopper pair from the template', async () => {
    a = await signedIn(true);
    page = await a.newPage();
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Load demo workspace: Blackwell vs Hopper' }).waitFor();
    await page.screenshot({ path: screenshotPath('editor-01-first-start'), fullPage: true });

    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('button', { name: 'Create from “Blackwell vs Hopper”' }).click();
    await page.getByRole('link', { name: /^Blackwell B200/ }).waitFor();
    await page.getByRole('link', { name: /^Hopper H100/ }).waitFor();
    await page.getByRole('heading', { name: /the answer/ }).waitFor();
    await page.locator('.pair-headline').getByText(/saves|costs/).waitFor();
    await page.screenshot({ path: screenshotPath('editor-02-list-with-demo-pair'), fullPage: true });
  });

  it('recalculates the KPIs live when a driver changes', async () => {
    await page.getByRole('link', { name: /^Blackwell B200/ }).click();
    await page.waitForURL(/\/scenarios\//);
    scenarioUrl = page.url().split('?')[0] ?? '';
    await page.locator('[data-kpi="npv"] dd').waitFor();
    await page.getByText('Up to date').waitFor();
    await page.screenshot({ path: screenshotPath('editor-03-dashboard'), fullPage: true });

    await openAssumptions(page);
    const before = await kpi(page, 'npv');
    await setField(page, 'Electricity price', '300');
    await expect.poll(() => kpi(page, 'npv'), { timeout: 10_000 }).not.toBe(before);
    await page.getByText('Unsaved changes').waitFor();
    await page.screenshot({ path: screenshotPath('editor-04-assumptions-edited'), fullPage: true });

    // An invalid value: message next to the field, KPI strip says it shows the last valid inputs,
    // on one row of the same height (issue 19: it jumped to two rows).
    const stripHeight = () => page.locator('.kpi-strip').evaluate((e) => e.getBoundingClientRect().height);
    const validHeight = await stripHeight();
    await setField(page, 'PUE', '5');
    const pueField = page.locator('.field', { has: page.getByLabel('PUE', { exact: true }) });
    expect(await pueField.getByRole('alert').textContent()).toBe('Must be between 1 and 3');
    await page.getByText(/Last valid inputs: fix the highlighted fields/).waitFor();
    expect(await stripHeight()).toBe(validHeight);
    // The applications table fits the page at 1440 px (issue 19: 2,018 px in 1,166 px).
    const table = page.locator('.edit-table--applications');
    const [tableWidth, boxWidth] = await table.evaluate((t) => [t.scrollWidth, (t.parentElement as HTMLElement).clientWidth]);
    expect(tableWidth).toBeLessThanOrEqual(boxWidth ?? 0);
    await page.screenshot({ path: screenshotPath('editor-05-validation'), fullPage: false });
    await setField(page, 'PUE', '1.3');
    await page.getByText('Up to date').waitFor();
  });

  it('saves with a message and finds the edit after a reload', async () => {
    await save(page, 'Electricity at $300/MWh');
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await openAssumptions(page);
    expect(await page.getByLabel('Electricity price', { exact: true }).inputValue()).toBe('300');
    await page.getByText(/v2 · edited/).waitFor();
  });

  it('keeps unsaved edits across a reload (local draft)', async () => {
    await setField(page, 'Fixed opex', '200k');
    await page.waitForTimeout(400); // the draft is written 250 ms after the last change
    await page.reload();
    await page.getByText(/Restored unsaved edits/).waitFor();
    await openAssumptions(page);
    expect(await page.getByLabel('Fixed opex', { exact: true }).inputValue()).toBe('200,000');
  });

  it('refuses a stale save (412) made after another context saved, and keeps the edit when asked', async () => {
    const b = await signedIn(false);
    const other = await b.newPage();
    await other.goto(`${scenarioUrl}?tab=assumptions`);
    await other.getByRole('heading', { name: 'Energy & facility' }).waitFor();
    await setField(other, 'PUE', '1.5');
    await save(other, 'PUE 1.5 from the facilities team');
    await other.getByText(/v3 · edited/).waitFor();

    // The first context still edits version 2 (plus its restored draft).
    await setField(page, 'Hosting', '200');
    await save(page, 'My hosting update');
    const dialog = page.getByRole('dialog', { name: 'This scenario was changed while you were editing' });
    await dialog.waitFor();
    await dialog.getByText('PUE').first().waitFor();
    await page.screenshot({ path: screenshotPath('editor-06-conflict'), fullPage: false });
    await dialog.getByRole('button', { name: /Keep mine/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Saved', { exact: true }).waitFor();

    await page.reload();
    await openAssumptions(page);
    expect(await page.getByLabel('Hosting', { exact: true }).inputValue()).toBe('200');
    expect(await page.getByLabel('Fixed opex', { exact: true }).inputValue()).toBe('200,000');
    await page.getByText(/v4 · edited/).waitFor();
    await page.screenshot({ path: screenshotPath('editor-07-after-conflict'), fullPage: true });
    await b.close();
    await a.close();
  });
});
