// The screenshots of every screen (issue 19) in docs/screenshots/: each screen of screens.ts at
// desktop (1440 × 900), phone (390 × 844, the page's first 2,600 px) and print (print media, A4
// width 794 px, first 2,600 px), named
// <screen>-<width>.png (…-1440, …-390, …-print). Run on the production build:
//   pnpm build && node --import tsx apps/web/e2e/screenshots.ts [screen ids…]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { REPO_ROOT, launchBrowser, shutDown, startServer, type RunningServer } from './harness';
import { SCREENS, openScreen, prepareWorkspace, type Screen, type Workspace } from './screens';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const MAX_HEIGHT = 2600;
const only = new Set(process.argv.slice(2));
const wanted = (s: Screen) => only.size === 0 || only.has(s.id);

async function shoot(server: RunningServer, context: BrowserContext, screen: Screen, w: Workspace, name: string, options: { fullPage: boolean; print?: boolean }) {
  let page;
  try {
    page = await openScreen(context, server, screen, w);
  } catch (error) {
    // Photograph what the screen shows instead, and say so: a failed screen is what needs looking at.
    console.error(`${screen.id}-${name}: not ready: ${String(error).split('\n')[0]}`);
    page = context.pages().at(-1);
    if (!page) throw error;
  }
  if (options.print) {
    await page.emulateMedia({ media: 'print' });
    // The charts redraw at the print width (ResizeObserver) and animate in: let them finish.
    await page.waitForTimeout(2500);
  }
  // Long pages are cut at MAX_HEIGHT: a 9,000 px phone page is unreadable as one picture.
  const height = options.fullPage ? Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight)) : undefined;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(OUT, `${screen.id}-${name}.png`), fullPage: options.fullPage, ...(height ? { clip: { x: 0, y: 0, width, height } } : {}) });
  await page.close();
  console.log(`${screen.id}-${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const server = await startServer({ TOKENPLAN_DEMO_WORKSPACE: 'on' });
const browser = await launchBrowser();
try {
  const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 }, print: { width: 794, height: 1123 } } as const;
  const none: Workspace = { scenarioId: '', otherId: '' };
  for (const screen of SCREENS.filter((s) => s.beforeSetup && wanted(s))) {
    for (const [name, viewport] of [['1440', sizes.desktop], ['390', sizes.phone], ['print', sizes.print]] as const) {
      const context = await browser.newContext({ viewport });
      await shoot(server, context, screen, none, name, { fullPage: name !== '1440', print: name === 'print' });
      await context.close();
    }
  }
  const desktop = await browser.newContext({ viewport: sizes.desktop });
  const workspace = await prepareWorkspace(desktop, server);
  const state = await desktop.storageState();
  const phone = await browser.newContext({ viewport: sizes.phone, storageState: state });
  const print = await browser.newContext({ viewport: sizes.print, storageState: state });
  for (const screen of SCREENS.filter((s) => !s.beforeSetup && wanted(s))) {
    const signedOut = screen.signedOut === true;
    const contexts = signedOut
      ? await Promise.all([sizes.desktop, sizes.phone, sizes.print].map((viewport) => browser.newContext({ viewport })))
      : [desktop, phone, print];
    await shoot(server, contexts[0] as BrowserContext, screen, workspace, '1440', { fullPage: false });
    await shoot(server, contexts[1] as BrowserContext, screen, workspace, '390', { fullPage: true });
    await shoot(server, contexts[2] as BrowserContext, screen, workspace, 'print', { fullPage: true, print: true });
    if (signedOut) await Promise.all(contexts.map((c) => c.close()));
  }
} finally {
  await shutDown(browser, server);
}
