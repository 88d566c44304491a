import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, shutDown, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let ownerContext: BrowserContext;
let owner: Page;
let inviteLink = '';

const OWNER = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'quarterly-budget-review-2031' };
const EDITOR = { name: 'Grace Hopper', email: 'grace@example.com', password: 'capacity-plan-for-fy27' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ownerContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  owner = await ownerContext.newPage();
});
afterAll(async () => {
  await shutDown(browser, server);
});

describe('first run, invitations and roles in Chromium', () => {
  it('a newcomer’s first start shows the setup screen, then the app', async () => {
    await owner.goto(server.url);
    await owner.waitForURL(`${server.url}/setup`);
    await owner.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
    await owner.screenshot({ path: screenshotPath('auth-setup') });

    await owner.getByLabel('Your name').fill(OWNER.name);
    await owner.getByLabel('Work email').fill(OWNER.email);
    await owner.getByLabel('Password', { exact: true }).fill('password1234');
    await owner.getByLabel('Confirm password').fill('password1234');
    await owner.getByRole('button', { name: 'Create owner account' }).click();
    await owner.getByText('Password is a commonly used password.').waitFor();

    await owner.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await owner.getByLabel('Confirm password').fill(OWNER.password);
    await owner.getByRole('button', { name: 'Create owner account' }).click();
    await owner.waitForURL(`${server.url}/`);
    await owner.getByRole('navigation', { name: 'Main' }).waitFor();
    const header = owner.locator('header');
    await header.getByText(OWNER.name).waitFor();
    expect(await header.textContent()).toContain('Sign out');
    await owner.screenshot({ path: screenshotPath('auth-app-after-setup') });

    // The session cookie is HttpOnly and SameSite=Lax; not Secure over plain HTTP.
    const cookies = await ownerContext.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.secure])).toEqual([['tokenplan_session', true, 'Lax', false]]);
    // Setup is closed now.
    const again = await owner.request.post(`${server.url}/api/v1/auth/setup`, {
      data: { email: 'x@example.com', name: 'X', password: 'another-long-password-9' },
      headers: { origin: server.url },
    });
    expect(again.status()).toBe(409);
  });

  it('the owner creates an invite link on Users & access', async () => {
    await owner.getByRole('link', { name: 'Users & access' }).click();
    await owner.getByRole('heading', { name: 'Users & access' }).waitFor();
    await owner.getByRole('button', { name: 'Create invite link' }).click();
    inviteLink = (await owner.getByTestId('invite-link').textContent()) ?? '';
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/invite#inv_[\\w-]{43}$`));
    await owner.screenshot({ path: screenshotPath('auth-access'), fullPage: true });
  });

  it('the invited editor joins, signs out and signs in again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const editor = await context.newPage();
    await editor.goto(inviteLink);
    await editor.getByRole('heading', { name: 'Join the workspace' }).waitFor();
    expect(await editor.locator('.auth-lede').textContent()).toContain('Editor');
    await editor.screenshot({ path: screenshotPath('auth-invite') });
    await editor.getByLabel('Your name').fill(EDITOR.name);
    await editor.getByLabel('Work email').fill(EDITOR.email);
    await editor.getByLabel('Password', { exact: true }).fill(EDITOR.password);
    await editor.getByRole('button', { name: 'Create account' }).click();
    await editor.waitForURL(`${server.url}/`);
    await editor.locator('header').getByText(EDITOR.name).waitFor();
    expect(await editor.locator('header').textContent()).not.toContain('Users & access');

    // The link was single use.
    const reuse = await editor.request.post(`${server.url}/api/v1/invites/inspect`, { data: { code: inviteLink.split('#')[1] }, headers: { origin: server.url } });
    expect(reuse.status()).toBe(404);

    await editor.getByRole('button', { name: 'Sign out' }).click();
    await editor.waitForURL(`${server.url}/login`);
    expect((await editor.request.get(`${server.url}/api/v1/auth/me`)).status()).toBe(401);
    await editor.getByLabel('Email').fill(EDITOR.email);
    await editor.getByLabel('Password').fill('wrong-password-123');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByText('Email or password is incorrect.').waitFor();
    await editor.screenshot({ path: screenshotPath('auth-login') });
    await editor.getByLabel('Password').fill(EDITOR.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.waitForURL(`${server.url}/`);
    await editor.locator('header').getByText(EDITOR.name).waitFor();

    // An owner-only page is not reachable for an editor, in the UI or the API.
    await editor.goto(`${server.url}/access`);
    await editor.waitForURL(`${server.url}/`);
    expect((await editor.request.get(`${server.url}/api/v1/users`)).status()).toBe(403);

    // A personal API token, shown once, works as a bearer.
    await editor.goto(`${server.url}/account`);
    await editor.getByRole('heading', { name: 'API tokens' }).waitFor();
    await editor.getByLabel('Name').fill('FY27 workbook');
    await editor.getByRole('button', { name: 'Create token' }).click();
    const secret = (await editor.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^tp_/);
    await editor.screenshot({ path: screenshotPath('auth-account'), fullPage: true });
    const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ user: { email: EDITOR.email, role: 'EDITOR' }, via: 'token', canWrite: false });
    await context.close();
  });

  it('the owner sees the new member and the audit trail', async () => {
    await owner.reload();
    await owner.getByRole('cell', { name: EDITOR.email, exact: true }).waitFor();
    const audit = owner.getByRole('table', { name: 'Audit log' });
    await audit.getByText('Joined by invite').waitFor();
    const text = (await audit.textContent()) ?? '';
    expect(text).toContain('Created an invite');
    expect(text).toContain('Created an API token');
    expect(text).not.toContain(EDITOR.password);
    await owner.screenshot({ path: screenshotPath('auth-access-after'), fullPage: true });
  });

  it('a cross-origin state change is refused even with the session cookie', async () => {
    const res = await owner.request.post(`${server.url}/api/v1/invites`, { data: { role: 'VIEWER' }, headers: { origin: 'https://evil.example' } });
    expect(res.status()).toBe(403);
  });
});
