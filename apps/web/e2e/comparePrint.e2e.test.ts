// The compare page in print (A4 and Letter): every cell of the KPI tables lies within the printed page
// width, and no column is lost. Six scenarios (17 columns on screen: the KPI, the baseline, and a value,
// Δ and Δ % for each of five others) print as parts of two scenarios beside the baseline; the demo pair
// as one table. Measured in print media at the width A4 leaves inside a browser's default 0.4 in margins
// (the narrower paper); COMPARE_PRINT_OUT=dir also writes a print screenshot and A4/Letter PDFs to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, shutDown, startServer, type RunningServer } from './harness';
import { prepareWorkspace, type Workspace } from './screens';

/** A4 is 210 mm = 793.7 CSS px wide; a browser prints inside 0.4 in (38.4 px) margins by default. */
const A4_CONTENT = Math.floor(793.7 - 2 * 38.4); // 716 px; Letter (816 px) leaves more
const OUT = process.env['COMPARE_PRINT_OUT'];

let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let workspace: Workspace;
let ids: string[] = [];

beforeAll(async () => {
  server = await startServer({ TOKENPLAN_DEMO_WORKSPACE: 'on' });
  browser = await launchBrowser();
  desktop = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  workspace = await prepareWorkspace(desktop, server);
  // Four more scenarios, copies of the demo pair under long names: six, the most the page compares.
  const extra: string[] = [];
  for (const [k, source] of [workspace.otherId, workspace.scenarioId, workspace.otherId, workspace.scenarioId].entries()) {
    const got = (await (await desktop.request.get(`${server.url}/api/v1/scenarios/${source}`)).json()) as { document: Record<string, unknown> };
    const document = { ...got.document, name: `Variant ${k + 1} of ${String(got.document['name'])} with a longer name` };
    const created = await desktop.request.post(`${server.url}/api/v1/scenarios`, { data: { document }, headers: { origin: server.url } });
    expect(created.status(), await created.text()).toBe(201);
    extra.push(((await created.json()) as { id: string }).id);
  }
  ids = [workspace.otherId, workspace.scenarioId, ...extra];
}, 240_000);
afterAll(async () => {
  await desktop?.close();
  await shutDown(browser, server);
});

/** The compare page of `list` in print media at the A4 width: what its KPI tables (and ratios table) print. */
async function printed(list: string[]) {
  const context = await browser.newContext({ viewport: { width: A4_CONTENT, height: 1000 }, storageState: await desktop.storageState() });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${server.url}/compare?ids=${list.join(',')}`);
  await page.locator('[data-compare-kpi] td').first().waitFor({ state: 'attached', timeout: 90_000 }); // six projections run in the browser
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);

  // Every KPI table the print shows (the screen's, or its printed parts), and the ratios table.
  const measured = await page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0;
    const tables = [...document.querySelectorAll('table.tp-compare-kpis')].filter(shown);
    const ratios = [...document.querySelectorAll('.tp-ratio-table table')].filter(shown);
    const cells = [...tables, ...ratios].flatMap((t) => [...t.querySelectorAll('th, td')]);
    const heads = tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''));
    return {
      tables: tables.length,
      // Each table: KPI, the baseline, then value, Δ, Δ % of each other scenario it holds.
      otherScenarios: heads.flatMap((h) => h.slice(2).filter((_, i) => i % 3 === 0)),
      deltaColumns: heads.flatMap((h) => h.slice(2).filter((_, i) => i % 3 !== 0)).length,
      rows: tables.map((t) => t.querySelectorAll('tbody tr').length),
      right: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
      left: Math.min(...cells.map((c) => c.getBoundingClientRect().left)),
      outside: cells.filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((c) => c.textContent?.trim()).slice(0, 5),
      // A cell whose text runs past its own box (a figure wider than a squeezed column) is cut off too.
      overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent?.trim()).slice(0, 5),
    };
  });
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `compare-${list.length}-print.png`), fullPage: true });
    for (const format of ['A4', 'Letter'] as const) writeFileSync(join(OUT, `compare-${list.length}-${format}.pdf`), await page.pdf({ format, margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } }));
  }
  await context.close();
  return measured;
}

function expectOnPaper(measured: Awaited<ReturnType<typeof printed>>) {
  expect(measured.left).toBeGreaterThanOrEqual(0);
  expect(measured.outside, 'cells right of the printed page').toEqual([]);
  expect(measured.right).toBeLessThanOrEqual(A4_CONTENT);
  expect(measured.overflowing, 'cells whose text runs past them').toEqual([]);
  // Every KPI row in every table.
  expect(new Set(measured.rows).size).toBe(1);
  expect(measured.rows[0]).toBeGreaterThan(5);
}

describe('compare page in print', { timeout: 180_000 }, () => {
  it('six scenarios (17 columns on screen): every cell of the KPI tables lies within the printed page width, no column lost', async () => {
    const measured = await printed(ids);
    expect(measured.tables).toBeGreaterThan(0);
    // No column lost: all five other scenarios, each with its Δ and Δ %.
    expect(measured.otherScenarios).toHaveLength(5);
    expect(new Set(measured.otherScenarios).size).toBe(5);
    expect(measured.deltaColumns).toBe(10);
    expectOnPaper(measured);
  });

  it('the demo pair: one KPI table, inside the printed page', async () => {
    const measured = await printed(ids.slice(0, 2));
    expect(measured.tables).toBe(1);
    expect(measured.otherScenarios).toHaveLength(1);
    expect(measured.deltaColumns).toBe(2);
    expectOnPaper(measured);
  });
});
