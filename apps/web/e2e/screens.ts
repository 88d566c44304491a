// Every screen of the app, reachable by URL (and a click where a panel opens): what the
// accessibility test (a11y.e2e.test.ts), the phone-width check and the screenshot script
// (screenshots.ts) visit. `prepareWorkspace` seeds the demo workspace the screens show: the owner,
// the demo pair, one saved edit (so History has a diff) and its actuals.
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from './harness';
import { setUpOwner, type App } from './session';

export const OWNER = { email: 'board@example.com', name: 'Bea Board', password: 'paper-and-screens-42' };

export interface Workspace {
  /** The demo budget scenario (Hopper, with actuals) and the Blackwell one it is compared with. */
  scenarioId: string;
  otherId: string;
}

export interface Screen {
  /** File-name stem and test name, e.g. "dashboard". */
  id: string;
  /** Visited signed out (setup, login). */
  signedOut?: boolean;
  /** Only before the owner exists (first-start setup). */
  beforeSetup?: boolean;
  path: (w: Workspace) => string;
  /** Waits until the screen shows what it is for (and opens its panel). */
  ready: (page: Page) => Promise<void>;
}

const heading = (name: string | RegExp, level = 1) => async (page: Page) => {
  await page.getByRole('heading', { name, level }).first().waitFor({ timeout: 60_000 });
};

/** A scenario tab: its tab selected and its panel rendered (charts drawn). */
const tab = (label: string) => async (page: Page) => {
  await page.getByRole('tab', { name: label, selected: true }).waitFor({ timeout: 60_000 });
  await page.locator('.tab-panel').first().waitFor();
  await page.waitForLoadState('networkidle');
};

export const SCREENS: readonly Screen[] = [
  { id: 'setup', signedOut: true, beforeSetup: true, path: () => '/setup', ready: async (page) => page.locator('form').first().waitFor({ timeout: 90_000 }) },
  { id: 'login', signedOut: true, path: () => '/login', ready: async (page) => page.locator('form').first().waitFor({ timeout: 90_000 }) },
  { id: 'scenario-list', path: () => '/', ready: heading('Scenarios') },
  { id: 'editor', path: (w) => `/scenarios/${w.scenarioId}?tab=assumptions`, ready: tab('Assumptions') },
  { id: 'dashboard', path: (w) => `/scenarios/${w.scenarioId}?tab=dashboard`, ready: tab('Dashboard') },
  { id: 'ledger', path: (w) => `/scenarios/${w.scenarioId}?tab=ledger`, ready: tab('Ledger') },
  { id: 'allocation', path: (w) => `/scenarios/${w.scenarioId}?tab=allocation`, ready: tab('Allocation') },
  { id: 'sensitivity', path: (w) => `/scenarios/${w.scenarioId}?tab=sensitivity`, ready: tab('Sensitivity') },
  { id: 'plan-vs-actuals', path: (w) => `/scenarios/${w.scenarioId}?tab=variance`, ready: tab('Plan vs actuals') },
  {
    id: 'history',
    path: (w) => `/scenarios/${w.scenarioId}?tab=assumptions`,
    ready: async (page) => {
      await tab('Assumptions')(page);
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await page.getByRole('heading', { name: 'History', level: 2 }).waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  { id: 'compare', path: (w) => `/compare?ids=${w.otherId},${w.scenarioId}`, ready: heading('Compare scenarios') },
  { id: 'account', path: () => '/account', ready: heading('Your account') },
  { id: 'access', path: () => '/access', ready: heading('Users & access') },
  {
    id: 'audit',
    path: () => '/access',
    ready: async (page) => {
      const title = page.getByRole('heading', { name: 'Audit log', level: 2 });
      await title.waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await title.scrollIntoViewIfNeeded();
    },
  },
  { id: 'actuals', path: (w) => `/actuals?scenario=${w.scenarioId}`, ready: heading('Actuals') },
  { id: 'reference', path: () => '/reference', ready: heading('Reference library') },
  { id: 'claims', path: () => '/claims', ready: heading('Claim check') },
];

/** Opens `screen` in a new page of `context` and waits until it is ready. */
export async function openScreen(context: BrowserContext, server: RunningServer, screen: Screen, w: Workspace): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${screen.id}: page error: ${e.message}`));
  await page.goto(`${server.url}${screen.path(w)}`);
  await screen.ready(page);
  // Fonts and chart animations settle before anything measures or photographs the page.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  return page;
}

/**
 * The owner signed in on `context` (on a server started with the demo workspace), the demo scenarios,
 * and one saved edit of the budget so its history has two versions.
 */
export async function prepareWorkspace(context: BrowserContext, server: RunningServer): Promise<Workspace> {
  await setUpOwner(context, server, OWNER);
  const list = (await (await context.request.get(`${server.url}/api/v1/scenarios`)).json()) as { items: { id: string; name: string }[] };
  const scenarioId = list.items.find((s) => s.name.startsWith('Hopper'))?.id ?? list.items[0]?.id ?? '';
  const otherId = list.items.find((s) => s.id !== scenarioId && s.name.startsWith('Blackwell'))?.id ?? list.items.find((s) => s.id !== scenarioId)?.id ?? '';
  if (!scenarioId || !otherId) throw new Error(`the demo workspace has no two scenarios: ${JSON.stringify(list.items)}`);
  const current = await context.request.get(`${server.url}/api/v1/scenarios/${scenarioId}`);
  const etag = current.headers()['etag'] ?? '';
  const edited = await context.request.patch(`${server.url}/api/v1/scenarios/${scenarioId}`, {
    data: { document: { discountRateAnnual: '0.08' }, message: 'Hurdle rate lowered to 8 %' },
    headers: { origin: server.url, 'if-match': etag },
  });
  if (edited.status() >= 300) throw new Error(`saving an edit failed: ${edited.status()} ${await edited.text()}`);
  return { scenarioId, otherId };
}


/** The owner's contexts on the prepared workspace (filled by useWorkspaceContexts' beforeAll). */
export interface WorkspaceContexts {
  /** 1440 × 900, where prepareWorkspace signed the owner in. */
  desktop: BrowserContext;
  /** The phone viewport, signed in as the same owner. */
  phone: BrowserContext;
  workspace: Workspace;
}

/**
 * Registers a beforeAll (after the file's earlier ones, e.g. a check made before the owner exists)
 * preparing the workspace in a desktop context and opening a phone one signed in as the same owner,
 * and an afterAll closing both.
 */
export function useWorkspaceContexts(app: Pick<App, 'browser' | 'server'>, phone: { width: number; height: number }): WorkspaceContexts {
  const contexts = {} as WorkspaceContexts;
  beforeAll(async () => {
    contexts.desktop = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.workspace = await prepareWorkspace(contexts.desktop, app.server);
    contexts.phone = await app.browser.newContext({ viewport: phone, storageState: await contexts.desktop.storageState() });
  }, 180_000);
  afterAll(async () => {
    await contexts.desktop?.close();
    await contexts.phone?.close();
  });
  return contexts;
}
