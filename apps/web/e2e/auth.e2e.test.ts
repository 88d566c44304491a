import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { useApp } from './session';

const app = useApp();
let ownerContext: BrowserContext;
let owner: Page;
let inviteLink = '';

const OWNER = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'quarterly-budget-review-2031' };
const EDITOR = { name: 'Grace Hopper', email: 'grace@example.com', password: 'capacity-plan-for-fy27' };
const NEW_EDITOR_PASSWORD = 'variance-bridge-to-fy28';

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${app.server.url}/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.server.url}/`);
}

beforeAll(async () => {
  ownerContext = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
  owner = await ownerContext.newPage();
});

describe('first run, invitations and roles in Chromium', () => {
  it('a newcomer’s first start shows the setup screen, then the app', async () => {
    await owner.goto(app.server.url);
    await owner.waitForURL(`${app.server.url}/setup`);
    await owner.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
    await owner.screenshot({ path: screenshotPath('auth-setup') });

    await owner.getByLabel('Your name').fill(OWNER.name);
    await owner.getByLabel('Work email').fill(OWNER.email);
    await owner.getByLabel('Password', { exact: true }).fill('password1234');
    await owner.getByLabel('Confirm password').fill('password1234');
    await owner.getByRole('button', { name: 'Create owner account' }).click();
    await owner.getByText('Password is too easy to guess. This is similar to a commonly used password.').waitFor();

    await owner.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await owner.getByLabel('Confirm password').fill(OWNER.password);
    await owner.getByRole('button', { name: 'Create owner account' }).click();
    await owner.waitForURL(`${app.server.url}/`);
    await owner.getByRole('navigation', { name: 'Main' }).waitFor();
    const header = owner.locator('header');
    await header.getByText(OWNER.name).waitFor();
    expect(await header.textContent()).toContain('Sign out');
    await owner.screenshot({ path: screenshotPath('auth-app-after-setup') });

    // The session cookie is HttpOnly and SameSite=Lax; not Secure over plain HTTP.
    const cookies = await ownerContext.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.secure])).toEqual([['tokenplan_session', true, 'Lax', false]]);
    // Setup is closed now.
    const again = await owner.request.post(`${app.server.url}/api/v1/auth/setup`, {
      data: { email: 'x@example.com', name: 'X', password: 'another-long-password-9' },
      headers: { origin: app.server.url },
    });
    expect(again.status()).toBe(409);
  });

  it('the owner creates an invite link on Users & access', async () => {
    await owner.getByRole('link', { name: 'Users & access' }).click();
    await owner.getByRole('heading', { name: 'Users & access' }).waitFor();
    await owner.getByRole('button', { name: 'Create invite link' }).click();
    inviteLink = (await owner.getByTestId('invite-link').textContent()) ?? '';
    expect(inviteLink).toMatch(new RegExp(`^${app.server.url}/invite#inv_[\\w-]{43}$`));
    await owner.screenshot({ path: screenshotPath('auth-access'), fullPage: true });
  });

  it('the invited editor joins, signs out and signs in again', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const editor = await context.newPage();
    await editor.goto(inviteLink);
    await editor.getByRole('heading', { name: 'Join the workspace' }).waitFor();
    expect(await editor.locator('.auth-lede').textContent()).toContain('Editor');
    await editor.screenshot({ path: screenshotPath('auth-invite') });
    await editor.getByLabel('Your name').fill(EDITOR.name);
    await editor.getByLabel('Work email').fill(EDITOR.email);
    await editor.getByLabel('Password', { exact: true }).fill(EDITOR.password);
    await editor.getByRole('button', { name: 'Create account' }).click();
    await editor.waitForURL(`${app.server.url}/`);
    await editor.locator('header').getByText(EDITOR.name).waitFor();
    expect(await editor.locator('header').textContent()).not.toContain('Users & access');

    // The link was single use.
    const reuse = await editor.request.post(`${app.server.url}/api/v1/invites/inspect`, { data: { code: inviteLink.split('#')[1] }, headers: { origin: app.server.url } });
    expect(reuse.status()).toBe(404);

    await editor.getByRole('button', { name: 'Sign out' }).click();
    await editor.waitForURL(`${app.server.url}/login`);
    expect((await editor.request.get(`${app.server.url}/api/v1/auth/me`)).status()).toBe(401);
    await editor.getByLabel('Email').fill(EDITOR.email);
    await editor.getByLabel('Password').fill('wrong-password-123');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByText('Email or password is incorrect.').waitFor();
    await editor.screenshot({ path: screenshotPath('auth-login') });
    await editor.getByLabel('Password').fill(EDITOR.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.waitForURL(`${app.server.url}/`);
    await editor.locator('header').getByText(EDITOR.name).waitFor();

    // An owner-only page is not reachable for an editor, in the UI or the API.
    await editor.goto(`${app.server.url}/access`);
    await editor.waitForURL(`${app.server.url}/`);
    expect((await editor.request.get(`${app.server.url}/api/v1/users`)).status()).toBe(403);

    // A personal API token, shown once, works as a bearer.
    await editor.goto(`${app.server.url}/account`);
    await editor.getByRole('heading', { name: 'API tokens' }).waitFor();
    await editor.getByLabel('Name').fill('FY27 workbook');
    await editor.getByRole('button', { name: 'Create token' }).click();
    const secret = (await editor.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^tp_/);
    await editor.screenshot({ path: screenshotPath('auth-account'), fullPage: true });
    const me = await fetch(`${app.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
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

  it('the owner deactivates a member after confirming: signed out at once, no sign-in until reactivated', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const editor = await context.newPage();
    await signIn(editor, EDITOR);

    await owner.goto(`${app.server.url}/access`);
    const members = owner.getByRole('region', { name: 'Members' });
    const row = members.getByRole('row').filter({ hasText: EDITOR.email });
    expect(await members.getByRole('row').filter({ hasText: OWNER.email }).getByRole('button').count()).toBe(0); // not yourself
    await row.getByRole('button', { name: `Deactivate ${EDITOR.name}` }).click();
    const dialog = owner.getByRole('dialog', { name: `Deactivate ${EDITOR.name}?` });
    await dialog.waitFor();
    await owner.screenshot({ path: screenshotPath('auth-members-confirm') });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Reactivate ${EDITOR.name}` }).waitFor();
    await members.screenshot({ path: screenshotPath('auth-members-disabled') });
    await owner.getByRole('table', { name: 'Audit log' }).getByText('Deactivated a member').waitFor();

    // The member's open page loses its session at once, and signing in answers as a wrong password.
    expect((await editor.request.get(`${app.server.url}/api/v1/auth/me`)).status()).toBe(401);
    await editor.goto(`${app.server.url}/account`);
    await editor.waitForURL(/\/login/);
    await editor.getByLabel('Email').fill(EDITOR.email);
    await editor.getByLabel('Password').fill(EDITOR.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByText('Email or password is incorrect.').waitFor();

    await row.getByRole('button', { name: `Reactivate ${EDITOR.name}` }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.waitForURL(/\/account$/);
    await context.close();
  });

  it('a member changes their password on the Account page; their other sessions end', async () => {
    const laptopContext = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const laptop = await laptopContext.newPage();
    await signIn(laptop, EDITOR);
    const phoneContext = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const phone = await phoneContext.newPage();
    await signIn(phone, EDITOR);

    await laptop.goto(`${app.server.url}/account`);
    const form = laptop.getByRole('region', { name: 'Change password' });
    await form.getByLabel('Current password').fill(EDITOR.password);
    await form.getByLabel('New password', { exact: true }).fill(NEW_EDITOR_PASSWORD);
    await form.getByLabel('Confirm new password').fill(`${NEW_EDITOR_PASSWORD}!`);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('The new passwords do not match.').waitFor();

    // Keyboard only: fix the confirmation, Enter submits; the server's own message for a wrong current password.
    await form.getByLabel('Current password').fill('not-my-password-at-all');
    await form.getByLabel('Confirm new password').fill(NEW_EDITOR_PASSWORD);
    await form.getByLabel('Confirm new password').press('Enter');
    await form.getByText('Your current password is incorrect.').waitFor();
    expect(await laptop.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('current-password');

    await form.getByLabel('Current password').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText(/Password changed\./).waitFor();
    await laptop.screenshot({ path: screenshotPath('auth-account-password'), fullPage: true });

    expect((await laptop.request.get(`${app.server.url}/api/v1/auth/me`)).status()).toBe(200);
    expect((await phone.request.get(`${app.server.url}/api/v1/auth/me`)).status()).toBe(401);
    const oldPassword = await fetch(`${app.server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }),
    });
    expect(oldPassword.status).toBe(401);
    await laptopContext.close();
    await phoneContext.close();
  });

  it('a cross-origin state change is refused even with the session cookie', async () => {
    const res = await owner.request.post(`${app.server.url}/api/v1/invites`, { data: { role: 'VIEWER' }, headers: { origin: 'https://evil.example' } });
    expect(res.status()).toBe(403);
  });
});
