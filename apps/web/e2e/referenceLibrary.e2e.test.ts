// The reference library in Chromium: browse /reference from the nav, filter it, and use a library
// value from an editor field ("ref" beside the PUE input); screenshots of the page and the picker.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT } from './harness';
import { openPage, useApp } from './session';

const OWNER = { email: 'library@example.com', name: 'Lee Library', password: 'cite-your-sources-42' };
const shot = (name: string) => join(REPO_ROOT, 'docs', 'screenshots', `${name}.png`);

const app = useApp({ owner: OWNER, context: { viewport: { width: 1440, height: 1000 } }, scenario: { template: 'blackwell-vs-hopper', pick: /Blackwell/ } });

describe('reference library', { timeout: 240_000 }, () => {
  it('opens from the nav, filters by category, subject and text, and links each source', async () => {
    const { page, errors } = await openPage(app, `/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reference' }).click();
    await page.getByRole('heading', { name: 'Reference library', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reference');

    await page.getByLabel('Category').selectOption('accelerators');
    await page.getByLabel('Subject').selectOption('B200 (HGX/DGX, 8 GPU)');
    const rows = page.locator('tr[data-entry-id]');
    // B200: GPUs per node, max power, all-in IT power, idle fraction, GPU price, node price.
    await expect.poll(() => rows.count()).toBe(6);
    const capex = page.locator('tr[data-entry-id="acc.b200.capex-per-node"]');
    expect(await capex.textContent()).toContain('515,000');
    expect(await capex.locator('.ref-badge').textContent()).toBe('estimate');
    await page.getByLabel('Category').selectOption('');
    await page.getByLabel('Search').fill('Virginia industrial');
    // Filters live in the URL (?q=): the table follows after the router's update.
    await expect.poll(() => rows.count()).toBe(1);
    const eia = page.locator('tr[data-entry-id="energy.us-va.industrial"] a');
    expect(await eia.getAttribute('href')).toBe('https://www.eia.gov/electricity/annual/html/epa_02_10.html');

    // The screenshot: the accelerators, as a CFO would first look.
    await page.getByLabel('Search').fill('');
    // The cleared search reaches the URL first (under load it landed after the category and undid it).
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(36);
    await page.getByLabel('Category').selectOption('accelerators');
    // H100 6, H200 5, B200 6, B300 4, GB200 NVL72 5, GB300 NVL72 4, MI300X 3, MI355X 3 = 36.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(36);
    await page.getByLabel('Search').blur();
    await page.screenshot({ path: shot('reference-library') });
    await page.getByRole('heading', { name: 'Change log' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps both filters when the search is cleared and a category chosen in the same task', async () => {
    const { page, errors } = await openPage(app, '/reference?q=Virginia%20industrial');
    const rows = page.locator('tr[data-entry-id]');
    await expect.poll(() => rows.count()).toBe(1);
    // Both changes in one task: the second write comes before the first navigation has rendered
    // (before the fix it built on the stale URL: ?q=Virginia+industrial&category=accelerators, 0 rows).
    await page.evaluate(() => {
      const change = (el: HTMLInputElement | HTMLSelectElement, value: string, type: string) => {
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, value);
        el.dispatchEvent(new Event(type, { bubbles: true }));
      };
      change(document.querySelector('input[type=search]') as HTMLInputElement, '', 'input');
      change(document.querySelector('select.ref-input') as HTMLSelectElement, 'accelerators', 'change');
    });
    await expect.poll(() => new URL(page.url()).searchParams.get('category'), { timeout: 15_000 }).toBe('accelerators');
    expect(new URL(page.url()).search).toBe('?category=accelerators');
    // H100 6, H200 5, B200 6, B300 4, GB200 NVL72 5, GB300 NVL72 4, MI300X 3, MI355X 3 = 36.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(36);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets an editor field from a library entry ("ref" beside the field) and saves it', async () => {
    const { page, errors } = await openPage(app, `/scenarios/${app.scenarioId}?tab=assumptions`);
    await page.getByRole('heading', { name: 'Energy & facility' }).waitFor();
    const pue = page.locator('input[data-path="energy.pue"]');
    // The template's PUE: a new large facility, 1.3 (Uptime Institute).
    expect(await pue.inputValue()).toBe('1.3');

    // The field with its "ref" button, for the docs.
    const box = await pue.boundingBox();
    if (box) await page.screenshot({ path: shot('reference-library-field'), clip: { x: Math.max(0, box.x - 260), y: Math.max(0, box.y - 60), width: 720, height: 150 } });
    await page.locator('button[data-ref-for="energy.pue"]').click();
    const dialog = page.getByRole('dialog', { name: /Reference values: PUE/ });
    await dialog.waitFor();
    const items = dialog.getByRole('list', { name: 'Library entries' }).getByRole('listitem');
    expect(await items.count()).toBe(3);
    await dialog.screenshot({ path: shot('reference-library-picker') });
    await dialog.getByRole('button', { name: 'Use 1.56 (Industry average)' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await pue.inputValue()).toBe('1.56');

    await page.getByRole('button', { name: 'Save…' }).click();
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Energy & facility' }).waitFor();
    expect(await page.locator('input[data-path="energy.pue"]').inputValue()).toBe('1.56');
    expect(errors).toEqual([]);
    await page.close();
  });
});
