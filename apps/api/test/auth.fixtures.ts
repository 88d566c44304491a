// Shared by the auth and account tests: the session cookie a response sets, and request headers
// carrying a cookie from the test origin.
import type { LightMyRequestResponse } from 'fastify';
import { TEST_HOST, TEST_ORIGIN } from './helpers';

/** The `tokenplan_session=…` Set-Cookie of `res` (throws when there is none). */
export function setCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const hit = all.find((c) => c.startsWith('tokenplan_session='));
  if (!hit) throw new Error('no session cookie set');
  return hit;
}

export function withCookie(cookie: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, host: TEST_HOST, origin: TEST_ORIGIN, ...extra };
}
