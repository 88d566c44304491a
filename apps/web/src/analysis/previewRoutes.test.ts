// Issue 19: the development preview does not ship in the product.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function paths(): Promise<(string | undefined)[]> {
  vi.resetModules();
  const { analysisRoutes } = await import('./previewRoutes');
  return analysisRoutes.map((r) => r.path);
}

describe('analysis routes', { timeout: 60_000 }, () => {
  it('have no /preview/dashboard in a production build', async () => {
    vi.stubEnv('DEV', false);
    expect(await paths()).toEqual(['compare']);
  });
  it('keep the preview for development', async () => {
    vi.stubEnv('DEV', true);
    expect(await paths()).toEqual(['compare', 'preview/dashboard']);
  });
});
