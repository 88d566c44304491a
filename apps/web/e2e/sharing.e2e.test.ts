// Issue 19 end to end: the owner shares a private scenario with an invited viewer from the Share
// dialog; the viewer sees it (Shared badge), opens it and comments with an @mention picked from the
// autocomplete; the mention is stored as the owner's id. Screenshots at 1440×900 of the share
// dialog, the comments panel, the history diff, the audit log and the compare page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './a11y';
import { screenshotPath } from './harness';
import { createFromTemplate, setUpOwner, useApp } from './session';

const app = useApp();

const VIEWPORT = { width: 1440, height: 900 };

/**
 * axe's serious and critical violations inside one part of the page (the share dialog, the comments
 * panel): what this test adds. Whole screens are a11y.e2e.test.ts's to check. The first call loads
 * axe into the page (seriousA11yViolations); its whole-page answer is not this test's concern.
 */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  await seriousA11yViolations(page);
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(sel, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector);
}

async function acceptInvite(page: Page, path: string, name: string, email: string, password: string) {
  await page.goto(`${app.server.url}${path}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${app.server.url}/`);
}

describe('sharing and comments', () => {
  it('owner shares with a viewer; the viewer sees it and comments with a mention', async () => {
    const same = { origin: app.server.url };
    const ownerContext = await app.browser.newContext({ viewport: VIEWPORT });
    const owner = await ownerContext.newPage();
    await setUpOwner(owner, app.server, { email: 'owner@example.com', name: 'Olivia Owner', password: 'treasury-outlook-2030' });
    const [scenario] = await createFromTemplate<{ id: string; name: string; visibility: string }>(owner, app.server, 'own-vs-api');
    expect(scenario?.visibility).toBe('PRIVATE');
    const id = scenario?.id ?? '';
    const invite = await owner.request.post(`${app.server.url}/api/v1/invites`, { data: { role: 'VIEWER' }, headers: same });
    const { path } = (await invite.json()) as { path: string };

    const viewerContext = await app.browser.newContext({ viewport: VIEWPORT });
    const viewer = await viewerContext.newPage();
    await acceptInvite(viewer, path, 'Vera Viewer', 'viewer@example.com', 'gpu-fleet-plan-2027');
    expect((await viewer.request.get(`${app.server.url}/api/v1/scenarios/${id}`)).status()).toBe(404);

    // The owner shares it from the Share dialog, by keyboard where it matters.
    await owner.goto(`${app.server.url}/scenarios/${id}`);
    await owner.getByRole('button', { name: 'Share' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel('Add a person').selectOption({ label: 'Vera Viewer (viewer@example.com)' });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => dialog.getByLabel('Access of Vera Viewer').inputValue()).toBe('VIEWER');
    expect(await seriousViolationsIn(owner, 'dialog')).toEqual([]);
    await owner.screenshot({ path: screenshotPath('share') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => owner.evaluate(() => document.activeElement?.textContent)).toBe('Share');

    // The viewer sees it in the list with the Shared badge, opens it, and comments with a mention.
    await viewer.goto(app.server.url);
    const row = viewer.getByRole('row', { name: new RegExp(scenario?.name ?? '') });
    await row.getByText('Shared').waitFor();
    await row.getByRole('link').click();
    await viewer.waitForURL(`${app.server.url}/scenarios/${id}`);
    const box = viewer.getByRole('combobox', { name: 'New comment' });
    await box.click();
    await box.pressSequentially('Is the API price current? @Oli');
    await viewer.getByRole('option', { name: 'Olivia Owner' }).waitFor();
    await box.press('Enter');
    await box.pressSequentially('please check.');
    await viewer.getByRole('button', { name: 'Comment', exact: true }).click();
    const posted = viewer.getByRole('article', { name: 'Comment by Vera Viewer' });
    await posted.getByText('@Olivia Owner').waitFor();
    expect(await seriousViolationsIn(viewer, '.comments-panel')).toEqual([]);
    await posted.scrollIntoViewIfNeeded();
    await viewer.screenshot({ path: screenshotPath('comments') });

    const me = (await (await owner.request.get(`${app.server.url}/api/v1/auth/me`)).json()) as { user: { id: string } };
    const listed = (await (await viewer.request.get(`${app.server.url}/api/v1/scenarios/${id}/comments`)).json()) as { comments: { body: string; mentions: { id: string }[] }[] };
    expect(listed.comments).toHaveLength(1);
    expect(listed.comments[0]?.body).toBe(`Is the API price current? <@${me.user.id}> please check.`);
    expect(listed.comments[0]?.mentions.map((m) => m.id)).toEqual([me.user.id]);

    // The viewer may not edit the document.
    const got = await viewer.request.get(`${app.server.url}/api/v1/scenarios/${id}`);
    const etag = ((await got.json()) as { etag: string }).etag;
    const edit = await viewer.request.patch(`${app.server.url}/api/v1/scenarios/${id}`, { data: { name: 'Mine now' }, headers: { ...same, 'if-match': etag } });
    expect(edit.status()).toBe(403);

    // The audit log names the scenario and the share, with a human date.
    await owner.goto(`${app.server.url}/access`);
    const audit = owner.getByRole('table', { name: 'Audit log' });
    await audit.getByText(`scenario ${scenario?.name ?? ''}`).first().waitFor();
    expect(await audit.textContent()).toContain('Changed who sees a scenario');
    await audit.scrollIntoViewIfNeeded();
    await owner.screenshot({ path: screenshotPath('audit') });
    await Promise.all([ownerContext.close(), viewerContext.close()]);
  });

  it('history reads forwards in words; compare reads ratios as "× the cost"', async () => {
    const context = await app.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.request.post(`${app.server.url}/api/v1/auth/login`, { data: { email: 'owner@example.com', password: 'treasury-outlook-2030' }, headers: { origin: app.server.url } });
    const pair = await createFromTemplate<{ id: string; name: string; etag: string; document: Record<string, unknown> }>(page, app.server, 'blackwell-vs-hopper');
    const first = pair[0];
    if (!first) throw new Error('template made nothing');
    // A second version: discount rate 10 % → 12 %, fiscal year from January to July.
    const saved = await page.request.patch(`${app.server.url}/api/v1/scenarios/${first.id}`, {
      data: { document: { discountRateAnnual: '0.12', fiscalYearStartMonth: 7 }, message: 'Board hurdle rate and fiscal year' },
      headers: { origin: app.server.url, 'if-match': first.etag },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await page.goto(`${app.server.url}/scenarios/${first.id}`);
    await page.getByRole('button', { name: /History/ }).click();
    await page.getByRole('button', { name: 'Compare version 1 with the editor' }).click();
    const changes = page.locator('.change-list');
    await changes.waitFor();
    const text = (await changes.textContent()) ?? '';
    expect(text).toMatch(/Fiscal year starts in: (January|December|[A-Z][a-z]+) → July/);
    expect(text).toMatch(/Discount rate: [\d.]+%\/yr → 12\.0%\/yr/);
    await page.getByText('Up to date').waitFor();
    await page.screenshot({ path: screenshotPath('history') });

    await page.goto(`${app.server.url}/compare?ids=${pair.map((s) => s.id).join(',')}`);
    await page.getByRole('table', { name: 'KPI comparison' }).waitFor();
    const headlines = (await page.locator('.tp-headlines').textContent()) ?? '';
    expect(headlines).toMatch(/× the cost per M tokens \(\d[\d,]*% (higher|lower)\)/);
    expect(headlines).not.toMatch(/\dx higher/);
    await page.getByRole('button', { name: 'Board pack (PDF)' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('compare'), fullPage: false });
    await context.close();
  });
});
