// Issue 6 end to end: setup owner → invite editor → the editor signs in and creates a private scenario
// that the owner cannot list (nor open: 404).
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { createFromTemplate, setUpOwner, useApp } from './session';

const app = useApp();

interface Listed {
  items: { id: string }[];
}

describe('a private scenario', () => {
  it('of an invited editor is invisible to the owner', async () => {
    const same = { origin: app.server.url };
    const ownerContext = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const owner = await ownerContext.newPage();
    const setup = await setUpOwner(owner, app.server, { email: 'owner@example.com', name: 'Olivia Owner', password: 'treasury-outlook-2030' });
    expect(setup.status()).toBe(201);
    const invite = await owner.request.post(`${app.server.url}/api/v1/invites`, { data: { role: 'EDITOR' }, headers: same });
    expect(invite.status()).toBe(201);
    const { path } = (await invite.json()) as { path: string };

    const editorContext = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const editor = await editorContext.newPage();
    await editor.goto(`${app.server.url}${path}`);
    await editor.getByLabel('Your name').fill('Eddie Editor');
    await editor.getByLabel('Work email').fill('editor@example.com');
    await editor.getByLabel('Password', { exact: true }).fill('gpu-fleet-plan-2027');
    await editor.getByRole('button', { name: 'Create account' }).click();
    await editor.waitForURL(`${app.server.url}/`);

    // The editor logs in (fresh context: the sign-in screen, then the app).
    const again = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const signedIn = await again.newPage();
    await signedIn.goto(app.server.url);
    await signedIn.waitForURL(/\/login/);
    await signedIn.getByLabel('Email').fill('editor@example.com');
    await signedIn.getByLabel('Password').fill('gpu-fleet-plan-2027');
    await signedIn.getByRole('button', { name: 'Sign in' }).click();
    await signedIn.waitForURL(`${app.server.url}/`);

    const scenario = (await createFromTemplate<{ id: string; visibility: string }>(signedIn, app.server, 'own-vs-api'))[0];
    expect(scenario?.visibility).toBe('PRIVATE');
    const id = scenario?.id ?? '';

    const editorList = (await (await signedIn.request.get(`${app.server.url}/api/v1/scenarios`)).json()) as Listed;
    expect(editorList.items.map((s) => s.id)).toContain(id);
    const ownerList = await owner.request.get(`${app.server.url}/api/v1/scenarios`);
    expect(ownerList.status()).toBe(200);
    expect(((await ownerList.json()) as Listed).items.map((s) => s.id)).not.toContain(id);
    expect((await owner.request.get(`${app.server.url}/api/v1/scenarios/${id}`)).status()).toBe(404);

    await owner.goto(app.server.url);
    await owner.getByRole('navigation', { name: 'Main' }).waitFor();
    await owner.screenshot({ path: screenshotPath('auth-owner-list-without-private'), fullPage: true });
    await Promise.all([ownerContext.close(), editorContext.close(), again.close()]);
  });
});
