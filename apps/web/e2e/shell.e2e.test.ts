import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, startServer, type RunningServer } from './harness';
import { signIn, useApp } from './session';

const OWNER = { email: 'owner@example.com', name: 'Owner', password: 'ledger-and-forecast-42' };

const app = useApp();

beforeAll(async () => {
  // The app needs a signed-in user: create the owner (first run) through the API.
  const setup = await fetch(`${app.server.url}/api/v1/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
  expect(setup.status).toBe(201);
});

async function signedInPage(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const login = await signIn(page, app.server, OWNER);
  expect(login.status()).toBe(200);
  return page;
}

describe('the production build', () => {
  it('loads in Chromium and shows its title and navigation', async () => {
    const page = await signedInPage();
    const response = await page.goto(app.server.url);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Tokenplan');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Scenarios');
    await page.screenshot({ path: screenshotPath('shell'), fullPage: true });
    await page.close();
  });

  it('serves deep links to the SPA and keeps API 404s as JSON', async () => {
    const page = await signedInPage();
    const response = await page.goto(`${app.server.url}/some/deep/link`);
    expect(response?.status()).toBe(200);
    await page.getByText('Page not found').waitFor();
    const api = await page.request.get(`${app.server.url}/api/v1/missing`);
    expect(api.status()).toBe(404);
    expect((await api.json()) as unknown).toMatchObject({ error: { code: 'not_found' } });
    await page.close();
  });
});

describe('restarting the server', () => {
  it('keeps data written before and applies no migration twice', async () => {
    const dir = app.server.dataDir;
    await app.server.stop();
    // Write a row through the database package while the server is down, then restart on the same directory.
    const { openDatabase } = await import('@tokenplan/db');
    const db = await openDatabase({ dataDir: dir });
    expect(await db.migrate()).toEqual([]);
    await db.prisma.auditEvent.deleteMany({});
    await db.prisma.auditEvent.create({ data: { action: 'e2e.marker', entityType: 'test' } });
    await db.close();

    app.server = await startServer({}, dir);
    const again = await openDatabaseAfterStop(app.server);
    expect(again).toEqual(['e2e.marker']);
  });
});

async function openDatabaseAfterStop(s: RunningServer): Promise<string[]> {
  const ready = await fetch(`${s.url}/readyz`);
  expect(ready.status).toBe(200);
  await s.stop();
  const { openDatabase } = await import('@tokenplan/db');
  const db = await openDatabase({ dataDir: s.dataDir });
  const applied = await db.migrate();
  const rows = await db.prisma.auditEvent.findMany({ select: { action: true } });
  await db.close();
  expect(applied).toEqual([]);
  return rows.map((r) => r.action);
}
