// A newcomer's first start, as the README's first command gives it: setup screen, then the demo
// pair already in the workspace, with the answer to "what does Blackwell save us, and when does it pay back".
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { useApp } from './session';

const app = useApp({ env: { TOKENPLAN_DEMO_WORKSPACE: 'on' } });

describe('first start', () => {
  it('shows the setup screen, then the demo Blackwell vs Hopper pair with its answer', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(app.server.url);
    await page.waitForURL(/\/setup$/);
    await page.getByLabel('Your name').fill('Casey CFO');
    await page.getByLabel('Work email').fill('cfo@example.com');
    await page.getByLabel('Password', { exact: true }).fill('budget-cycle-planning-9');
    await page.getByLabel('Confirm password').fill('budget-cycle-planning-9');
    await page.getByRole('button', { name: /create|set up|start/i }).click();
    // The honest demo (issue 22): an internal budget pair (cost centre) and an inference service pair.
    await page.getByRole('link', { name: 'Blackwell B200 — internal budget' }).waitFor();
    await page.getByRole('link', { name: 'Hopper H100 — internal budget' }).waitFor();
    await page.getByRole('link', { name: 'Blackwell B200 — inference service' }).waitFor();
    const answer = page.getByText(/Blackwell B200 vs Hopper H100/).first();
    await answer.waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/saves \$\d/);
    // The budget pair earns nothing: no payback sentence to show.
    expect(text).not.toMatch(/pays back/);
    await page.screenshot({ path: screenshotPath('first-run-demo'), fullPage: true });
    await page.close();
  });
});
