// Text no database or log should take (an unpaired UTF-16 surrogate, NUL, other control characters) is
// refused with a 400 naming the field on every account route, before anything is written: before,
// a token name with a lone surrogate answered 500 yet left a live token behind. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { anonymousHeaders, createTestApp, createUser, type TestApp, type TestUser } from './helpers';
import { validDocument } from './scenarios/fixtures';

const targets = await testDatabaseTargets();

// JSON text (escapes kept as written, so a lone surrogate reaches the server as such).
const BAD = [
  ['lone high surrogate', String.raw`CI \ud800 token`],
  ['lone low surrogate', String.raw`\udc00CI`],
  ['reversed pair', String.raw`\udc00\ud800`],
  ['NUL', String.raw`CI\u0000`],
  ['escape (ANSI colours)', String.raw`\u001b[31mCI`],
  ['line feed in a one-line field', String.raw`CI\nadmin`],
  ['DEL', String.raw`CI\u007f`],
] as const;

interface ErrorShape {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

describe.each(targets)('unsafe text on account routes on $kind', ({ open }) => {
  let t: TestApp;
  let owner: TestUser;
  let inviteCode: string;

  beforeAll(async () => {
    t = await createTestApp(await open());
    owner = await createUser(t, 'OWNER');
    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: owner.headers, payload: { role: 'EDITOR' } });
    inviteCode = invite.json<{ code: string }>().code;
  });
  afterAll(async () => t.close());

  async function expect400(method: 'POST' | 'GET' | 'PATCH', url: string, rawJson: string | undefined, field: string, headers: Record<string, string>) {
    const res = await t.app.inject({ method, url, headers: { ...headers, ...(rawJson ? { 'content-type': 'application/json' } : {}) }, ...(rawJson ? { payload: rawJson } : {}) });
    expect(res.statusCode, `${url} ${rawJson ?? ''}: ${res.body}`).toBe(400);
    const body = res.json<ErrorShape>();
    expect(body.error.details?.map((d) => d.path), res.body).toContain(field);
  }

  it.each(BAD)('refuses a token name with a %s, and writes nothing', async (_label, text) => {
    const auditBefore = await t.db.prisma.auditEvent.count();
    await expect400('POST', '/api/v1/tokens', `{"name":"${text}","scope":"READ"}`, 'name', owner.headers);
    expect(await t.db.prisma.apiToken.count()).toBe(0);
    expect(await t.db.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it.each(BAD)('refuses a member name with a %s at invite acceptance and setup', async (_label, text) => {
    await expect400('POST', '/api/v1/invites/accept', `{"code":"${inviteCode}","email":"new@example.com","name":"${text}","password":"lantern orbit gravel tulip"}`, 'name', anonymousHeaders);
    await expect400('POST', '/api/v1/auth/setup', `{"email":"new@example.com","name":"${text}","password":"lantern orbit gravel tulip"}`, 'name', anonymousHeaders);
    expect(await t.db.prisma.user.count()).toBe(1);
  });

  it.each(BAD)('refuses an email with a %s on sign-in and invites', async (_label, text) => {
    await expect400('POST', '/api/v1/auth/login', `{"email":"a${text}@example.com","password":"lantern orbit gravel tulip"}`, 'email', anonymousHeaders);
    await expect400('POST', '/api/v1/invites', `{"role":"VIEWER","email":"a${text}@example.com"}`, 'email', owner.headers);
  });

  it('refuses NUL and control characters in audit filters (query strings)', async () => {
    for (const [field, value] of [['action', '%00'], ['entityType', 'user%00'], ['entityId', 'x%1B'], ['action', 'a%0Ab']] as const) {
      await expect400('GET', `/api/v1/audit?${field}=${value}`, undefined, field, owner.headers);
    }
  });

  it('refuses control characters in scenario names and searches; revision messages may keep line breaks', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: owner.headers, payload: { document: validDocument('Plan'), message: 'First cut\n\n- H100 fleet\r\n- energy at 90 $/MWh' } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, etag } = created.json<{ id: string; etag: string }>();
    // JSON text as sent: escapes kept as written.
    for (const raw of [String.raw`{"name":"Plan\u001b[2J"}`, String.raw`{"name":"Plan\u0007"}`, String.raw`{"name":"Plan\nB"}`, String.raw`{"name":"Plan \udfff"}`]) {
      await expect400('PATCH', `/api/v1/scenarios/${id}`, raw, 'name', { ...owner.headers, 'if-match': etag });
    }
    await expect400('GET', '/api/v1/scenarios?search=a%1Bb', undefined, 'search', owner.headers);
    await expect400('POST', '/api/v1/scenarios', JSON.stringify({ document: validDocument('Plan 2'), message: 'bell\u0007' }), 'message', owner.headers);
  });

  it('still takes ordinary Unicode: accents, CJK, emoji (surrogate pairs), inner spaces', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: owner.headers, payload: { name: 'Zoë 東京 🚀 nightly', scope: 'READ' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ token: { name: string } }>().token.name).toBe('Zoë 東京 🚀 nightly');
  });
});
