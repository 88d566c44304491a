// API tokens (/api/v1/tokens): the secret shown once and stored hashed, bearer use, revocation,
// expiry, the scopes a role may mint, and another user's token hidden as 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../src/auth/secrets';
import { createTestApp, createToken, createUser, type TestApp } from './helpers';

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('shows the secret once, stores only its hash, works as a bearer, and stops at revocation', async () => {
    const editor = await createUser(t, 'EDITOR');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: editor.headers, payload: { name: 'Excel refresh', scope: 'READ_WRITE' } });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json<{ token: { id: string; prefix: string; scope: string }; secret: string }>();
    expect(secret).toMatch(/^tp_[\w-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 9));
    expect(token.scope).toBe('READ_WRITE');
    const row = await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashSecret(secret));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: editor.headers });
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(row.tokenHash);

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.json()).toMatchObject({ user: { id: editor.userId }, via: 'token', canWrite: true });
    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: editor.headers });
    expect(revoke.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json<{ error: { code: string } }>().error.code).toBe('invalid_token');
  });

  it('refuses expired and malformed tokens', async () => {
    const editor = await createUser(t, 'EDITOR');
    const expired = await createToken(t, editor, 'READ', { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: expired.headers })).statusCode).toBe(401);
    for (const authorization of ['Bearer', 'Bearer nope', 'Basic dXNlcjpwYXNz', `Bearer tp_${'x'.repeat(43)}`]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  it('keeps viewers to read tokens, and tokens cannot mint tokens', async () => {
    const viewer = await createUser(t, 'VIEWER');
    const rw = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: viewer.headers, payload: { name: 'x', scope: 'READ_WRITE' } });
    expect(rw.statusCode).toBe(403);
    const editor = await createUser(t, 'EDITOR');
    const token = await createToken(t, editor, 'READ_WRITE');
    const minted = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: token.headers, payload: { name: 'x', scope: 'READ' } });
    expect(minted.statusCode).toBe(403);
    expect(minted.json<{ error: { code: string } }>().error.code).toBe('session_required');
  });

  it('hides another user’s token as 404 and rejects ids that are not uuids with 400', async () => {
    const a = await createUser(t, 'EDITOR');
    const b = await createUser(t, 'EDITOR');
    const tokenOfA = await createToken(t, a, 'READ');
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${tokenOfA.tokenId}`, headers: b.headers });
    expect(res.statusCode).toBe(404);
    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenOfA.tokenId } })).revokedAt).toBeNull();
    const bad = await t.app.inject({ method: 'DELETE', url: '/api/v1/tokens/42', headers: b.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe('id');
  });

  it('a read token of the owner cannot change the workspace', async () => {
    const owner = await createUser(t, 'OWNER');
    const read = await createToken(t, owner, 'READ');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: read.headers })).statusCode).toBe(200);
    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: read.headers, payload: { role: 'EDITOR' } });
    expect(invite.statusCode).toBe(403);
  });
});
