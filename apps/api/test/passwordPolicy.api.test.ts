// The password policy (setup, invite acceptance, password change) refuses common passwords and their
// usual decorations ("Summer2026!!"), judged by zxcvbn's bundled common-password and word lists.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../src/auth/passwords';
import { anonymousHeaders, createTestApp, createUser, type TestApp } from './helpers';

const WEAK = ['Summer2026!!', 'Password123!', 'qwertyuiop12', 'Welcome2026!', 'Winter2025!!', 'iloveyou2024', 'Football1234'];
// Four words picked at random from a long list, and 14 random characters: far beyond any guessing.
const STRONG = ['lantern orbit gravel tulip', 'mXq7-Tz2!vLp9w'];

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
const error = (res: LightMyRequestResponse) => res.json<ErrorBody>().error;

describe('password policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it.each(WEAK)('refuses %s at setup with 400 weak_password, a reason and a suggestion', async (password) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: anonymousHeaders, payload: { email: 'cfo@example.com', name: 'Ada', password } });
    expect(res.statusCode, res.body).toBe(400);
    const body = error(res);
    expect(body.code).toBe('weak_password');
    expect(body.message).toMatch(/^Password is too easy to guess\. .+\.$/);
    expect(body.details).toEqual([{ path: 'password', message: body.message }]);
  });

  it('names the common password when zxcvbn recognises it', () => {
    expect(passwordProblem('qwertyuiop12')).toBe('is too easy to guess. This is similar to a commonly used password. Add more words that are less common');
  });

  it.each(STRONG)('accepts the passphrase %j', (password) => {
    expect(passwordProblem(password, { email: 'cfo@example.com', name: 'Ada' })).toBeNull();
  });

  it('refuses a weak new password on change and on invite acceptance too', async () => {
    const user = await createUser(t, 'OWNER');
    const change = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: user.headers, payload: { currentPassword: user.password, newPassword: 'Summer2026!!' } });
    expect(change.statusCode, change.body).toBe(400);
    expect(error(change)).toMatchObject({ code: 'weak_password', details: [{ path: 'newPassword' }] });

    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: user.headers, payload: { role: 'EDITOR' } });
    const { code } = invite.json<{ code: string }>();
    const accept = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { code, email: 'new@example.com', name: 'New', password: 'Password123!' } });
    expect(accept.statusCode, accept.body).toBe(400);
    expect(error(accept)).toMatchObject({ code: 'weak_password', details: [{ path: 'password' }] });
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { code, email: 'new@example.com', name: 'New', password: STRONG[0] } });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('still refuses passwords built on the email or the name', () => {
    expect(passwordProblem('grace.hopper-ledger-77', { email: 'grace.hopper@example.com' })).toBe('must not contain your email address');
  });
});
