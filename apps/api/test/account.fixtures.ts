// Shared by the account tests (account.password.api.test.ts, account.deactivation.api.test.ts):
// signing in again, reading /auth/me and the stored hash, and an app with a hook after authentication
// (to line up a request with a racing change).
import type { FastifyRequest, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../src/app';
import { anonymousHeaders, cookieFrom, createTestApp, type TestApp, type TestUser } from './helpers';
import { withCookie } from './auth.fixtures';

export { withCookie };

export const error = (res: LightMyRequestResponse) => res.json<{ error: { code: string; message: string; details?: { path: string; message: string }[] } }>().error;

export function login(t: TestApp, email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email, password } });
}

/** Signs `user` in once more (another browser): the new session's headers. */
export async function anotherSession(t: TestApp, user: TestUser): Promise<Record<string, string>> {
  const res = await login(t, user.email, user.password);
  expect(res.statusCode).toBe(200);
  return withCookie(cookieFrom(res.headers['set-cookie']) ?? '');
}

export const me = (t: TestApp, headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

export async function storedHash(t: TestApp, user: TestUser): Promise<string> {
  return (await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.userId } })).passwordHash;
}

/** A second app (rate limits off) on a fresh test app's database, running `preHandler` after authentication. */
export async function createTestAppWithHook(preHandler: (request: FastifyRequest) => Promise<void>): Promise<TestApp> {
  const base = await createTestApp();
  const app = await buildApp({ db: base.db, rateLimit: { enabled: false } });
  app.addHook('preHandler', preHandler);
  await app.ready();
  return {
    app,
    db: base.db,
    close: async () => {
      await app.close();
      await base.close();
    },
  };
}
