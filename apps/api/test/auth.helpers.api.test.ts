import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createToken, createUser, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('test helpers', () => {
  it('createUser signs a user in with a working session', async () => {
    const viewer = await createUser(t, 'VIEWER');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: viewer.userId, role: 'VIEWER' }, via: 'session', canWrite: false });
  });

  it('createToken gives a bearer for the user with its scope', async () => {
    const editor = await createUser(t, 'EDITOR');
    const read = await createToken(t, editor, 'READ');
    const write = await createToken(t, editor, 'READ_WRITE');
    const r1 = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: read.headers });
    const r2 = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: write.headers });
    expect(r1.json()).toMatchObject({ user: { id: editor.userId }, via: 'token', canWrite: false });
    expect(r2.json()).toMatchObject({ user: { id: editor.userId }, via: 'token', canWrite: true });
  });
});
