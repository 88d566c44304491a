// The claim check in Chromium on the production build: the three vendor claims checked against the
// reference library (2 cents per M tokens at 60,000 tokens/s → $4.32 per GPU-hour at 100 % busy),
// a typed claim's 400 shown at its field, and "build a scenario" opening the built scenario.
// Screenshot: test-results/claim-check.png (copied to docs/screenshots/ by hand).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './harness';
import { openPage, useApp } from './session';

const OWNER = { email: 'cfo@example.com', name: 'Casey CFO', password: 'ledger-green-summit-41' };

const app = useApp({ owner: OWNER });

async function openClaims(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(app, `/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claim check' }).click();
  await page.getByRole('heading', { name: 'Claim check' }).waitFor();
  return { page, errors };
}

describe('claim check', () => {
  it('checks the 2-cents claim: $4.32 per GPU-hour at 100 % busy, with library sources one click away', async () => {
    const { page, errors } = await openClaims();
    await page.getByRole('button', { name: /2 cents per million tokens on B200/ }).click();
    const result = page.getByRole('article', { name: /Check: 2 cents/ });
    await result.waitFor();
    // 0.02 × 60,000 × 3,600 / 1e6 = 4.32
    const implied = result.getByRole('definition').first();
    expect(await implied.textContent()).toContain('$4.32');
    expect(await result.getByRole('status').textContent()).toMatch(/\$4\.32 per GPU-hour at 100 % busy/);
    const sources = result.locator('a.claim-source');
    expect(await sources.count()).toBeGreaterThan(3);
    expect(await sources.first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks all three vendor claims and takes the screenshot', async () => {
    const { page } = await openClaims();
    await page.getByRole('button', { name: /\$5M → \$75M/ }).click();
    const revenue = page.getByRole('article', { name: /Check: \$5M/ });
    await revenue.waitFor();
    // 75e6 / (72 × 3 × 8,760) = $39.64 per GPU-hour
    expect(await revenue.getByRole('status').textContent()).toContain('$39.64');
    await page.getByRole('button', { name: /10x tokens per megawatt/ }).click();
    const power = page.getByRole('article', { name: /Check: 10x/ });
    await power.waitFor();
    expect(await power.getByRole('status').textContent()).toMatch(/tokens per MW/);
    await page.getByRole('button', { name: /2 cents per million tokens on B200/ }).click();
    await page.getByRole('article', { name: /Check: 2 cents/ }).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('claim-check'), fullPage: true });
    await page.close();
  });

  it('shows a bad typed value at its field, then builds a scenario from a checked claim', async () => {
    const { page } = await openClaims();
    await page.getByLabel('Cost, $ per million tokens').fill('-1');
    await page.getByRole('button', { name: 'Check this claim' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.claim-form__error').count()).toBe(1);
    await page.getByLabel('Cost, $ per million tokens').fill('0.05');
    await page.getByRole('button', { name: 'Check this claim' }).click();
    await page.getByRole('article', { name: /Check: Cost per million tokens/ }).waitFor();
    await page.getByRole('button', { name: 'Build a scenario from these inputs' }).click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
    await page.close();
  });
});
