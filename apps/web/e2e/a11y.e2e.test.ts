// Every screen in Chromium on the production build (screens.ts): no serious or critical axe-core
// violation at desktop width, and at phone width (390 × 844) no page wider than the screen, the
// header's links and Sign out reachable behind the Menu button.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, pageWidth } from './a11y';
import { SCREENS, openScreen, useWorkspaceContexts } from './screens';
import { useApp } from './session';

const app = useApp({ env: { TOKENPLAN_DEMO_WORKSPACE: 'on' }, timeout: 180_000 });
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  // Setup is a screen only before the owner exists: checked first, signed out.
  const fresh = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  for (const screen of SCREENS.filter((s) => s.beforeSetup)) {
    const page = await openScreen(fresh, app.server, screen, { scenarioId: '', otherId: '' });
    await expectNoSeriousA11yViolations(page, screen.id);
    await page.setViewportSize(PHONE);
    const { scrollWidth, offenders } = await pageWidth(page, PHONE.width);
    expect(scrollWidth, `${screen.id} at 390 px: ${offenders}`).toBeLessThanOrEqual(PHONE.width);
  }
  await fresh.close();
}, 180_000);
// Then the owner, the demo workspace and its desktop and phone contexts.
const screens = useWorkspaceContexts(app, PHONE);

const signedOut = () => app.browser.newContext({ viewport: { width: 1440, height: 900 } });

describe('accessibility of every screen (axe-core)', { timeout: 120_000 }, () => {
  for (const screen of SCREENS.filter((s) => !s.beforeSetup)) {
    it(`${screen.id}: no serious or critical violation`, async () => {
      const context = screen.signedOut ? await signedOut() : screens.desktop;
      const page = await openScreen(context, app.server, screen, screens.workspace);
      await expectNoSeriousA11yViolations(page, screen.id);
      await page.close();
      if (screen.signedOut) await context.close();
    });
  }
});

describe('phone width (390 × 844)', { timeout: 120_000 }, () => {
  for (const screen of SCREENS.filter((s) => !s.beforeSetup)) {
    it(`${screen.id}: the page is no wider than the screen`, async () => {
      const context = screen.signedOut ? await app.browser.newContext({ viewport: PHONE }) : screens.phone;
      const page = await openScreen(context, app.server, screen, screens.workspace);
      const { scrollWidth, offenders } = await pageWidth(page, PHONE.width);
      expect(scrollWidth, offenders).toBeLessThanOrEqual(PHONE.width);
      await page.close();
      if (screen.signedOut) await context.close();
    });
  }

  it('the header links and Sign out open from the Menu button', async () => {
    const page = await screens.phone.newPage();
    await page.goto(`${app.server.url}/`);
    const signOut = page.getByRole('button', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await signOut.waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Scenarios', 'Compare', 'Claim check', 'Actuals', 'Reference']) {
      const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? -1) + (box?.width ?? 0), name).toBeLessThanOrEqual(PHONE.width);
    }
    // Following a link closes the menu.
    await nav.getByRole('link', { name: 'Reference', exact: true }).click();
    await page.getByRole('heading', { name: 'Reference library', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});

describe('print of the dashboard', { timeout: 120_000 }, () => {
  it('hides navigation and the PNG/SVG buttons; the charts fit the paper without overlapping', async () => {
    const dashboard = SCREENS.find((s) => s.id === 'dashboard');
    if (!dashboard) throw new Error('no dashboard screen');
    // A4 at 96 px per inch: 794 px across.
    const context = await app.browser.newContext({ viewport: { width: 794, height: 1123 }, storageState: await screens.desktop.storageState() });
    const page = await openScreen(context, app.server, dashboard, screens.workspace);
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(500);
    expect(await page.locator('.chart-export__button').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-export__button:visible').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    const boxes = (await page.locator('.tp-chart').evaluateAll((charts) => charts.map((c) => c.getBoundingClientRect().toJSON() as DOMRect))).filter((b) => b.width > 0);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [i, a] of boxes.entries()) {
      expect(a.right, `chart ${i} within the paper`).toBeLessThanOrEqual(794);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `charts overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
      }
    }
    const spill = await page.locator('.tp-chart').evaluateAll((charts) =>
      charts.filter((c) => [...c.querySelectorAll('svg.recharts-surface')].some((svg) => svg.getBoundingClientRect().right > c.getBoundingClientRect().right + 1)).length,
    );
    expect(spill).toBe(0);
    // …and each chart is drawn: its plot at least half its frame's width (not squeezed to nothing).
    const drawn = await page.locator('.tp-chart').evaluateAll((charts) =>
      charts.map((c) => Math.max(0, ...[...c.querySelectorAll('svg.recharts-surface')].map((svg) => svg.getBoundingClientRect().width)) / c.getBoundingClientRect().width),
    );
    expect(drawn.filter((share) => share < 0.5)).toEqual([]);
    await context.close();
  });
});
