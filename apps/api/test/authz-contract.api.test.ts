// The route contract behind the authorization matrix: an /api/v1 route must declare its rule
// (config.auth, one of public, user, writer, owner), or the app refuses to start.
import { describe, expect, it } from 'vitest';
import type { AuthRule } from '../src/auth/actor';
import { buildApp } from '../src/app';
import { createTestApp } from './helpers';

describe('the route contract', () => {
  it('refuses to start when an /api/v1 route declares no config.auth', async () => {
    const t = await createTestApp();
    const app = await buildApp({ db: t.db, rateLimit: { enabled: false } });
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow('Route GET /api/v1/forgotten must declare config.auth (one of public, user, writer, owner).');
    // A route outside /api/v1 (health, SPA) needs no rule.
    expect(() => app.get('/metrics-example', async () => ({}))).not.toThrow();
    await app.close();
    await t.close();
  });

  it('refuses an unknown rule', async () => {
    const t = await createTestApp();
    const app = await buildApp({ db: t.db, rateLimit: { enabled: false } });
    expect(() => app.get('/api/v1/typo', { config: { auth: 'admin' as AuthRule } }, async () => ({}))).toThrow(/must declare config.auth/);
    await app.close();
    await t.close();
  });
});
