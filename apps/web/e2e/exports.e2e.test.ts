// Exports from the scenario page in Chromium: the Export menu downloads the Excel workbook, the PDF
// board pack (with progress) and a CSV table, under the server's file names.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { useApp } from './session';

const OWNER = { email: 'cfo@example.com', name: 'Casey CFO', password: 'budget-blue-harbor-73' };

const app = useApp({ owner: OWNER, context: { acceptDownloads: true }, scenario: { template: 'blackwell-vs-hopper', pick: /^Blackwell/ } });
let page: Page;

beforeAll(async () => {
  page = await app.context.newPage();
  await page.goto(`${app.server.url}/scenarios/${app.scenarioId}`);
  await page.getByRole('button', { name: /^Export/ }).waitFor();
});

const today = () => new Date().toISOString().slice(0, 10);

async function exportItem(name: string) {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('menuitem', { name: new RegExp(name) }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports from the scenario page', () => {
  it('downloads the Excel workbook', async () => {
    const { name, bytes } = await exportItem('Excel workbook');
    expect(name).toBe(`tokenplan-blackwell-b200-owned-fleet-${today()}.xlsx`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('status').getByText(`Downloaded ${name}`).waitFor();
  });

  it('downloads the PDF board pack, showing progress meanwhile', async () => {
    await page.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: /Board pack \(PDF, A4\)/ }).click();
    await page.getByText('Preparing the board pack…').waitFor();
    await page.screenshot({ path: screenshotPath('exports-01-pdf-progress') });
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`tokenplan-blackwell-b200-owned-fleet-a4-${today()}.pdf`);
    expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('downloads a CSV table', async () => {
    const { name, bytes } = await exportItem('CSV: monthly ledger');
    expect(name).toBe(`tokenplan-blackwell-b200-owned-fleet-ledger-${today()}.csv`);
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines[0]?.startsWith('scenario,t,month,hours,')).toBe(true);
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 60);
  });

  it('downloads a chart as a 2x PNG and as SVG with title and source line', async () => {
    const title = 'Cost per million tokens';
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download “${title}” as PNG` }).click()]);
    expect(png.suggestedFilename()).toBe(`tokenplan-blackwell-b200-owned-fleet-cost-per-million-tokens-${today()}.png`);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(screenshotPath('exports-02-chart-png'), bytes);
    const width = bytes.readUInt32BE(16);
    const chartWidth = await page.locator('figure.tp-chart', { hasText: title }).locator('.recharts-wrapper > svg').evaluate((el) => el.getBoundingClientRect().width);
    expect(chartWidth).toBeGreaterThan(300);
    expect(width).toBe(2 * (Math.round(chartWidth) + 40));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download “${title}” as SVG` }).click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain(title);
    expect(text).toContain(`Source: Tokenplan projection · Blackwell B200 — owned fleet · ${today()}`);
  });
});
