// Rate limits follow the route a request reaches, not how its URL is spelt: percent-encoding, case,
// double or trailing slashes and query tricks either reach no route (404) or are counted like the
// canonical spelling. Static files and the SPA stay unlimited.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousHeaders, createTestApp, createUser, type TestApp } from './helpers';

const LOGIN_SPELLINGS = [
  '/%61pi/v1/auth/login',
  '/api/v1/auth/%6Cogin',
  '/%61%70%69/%76%31/%61%75%74%68/%6c%6f%67%69%6e',
  '/api/v1/auth/login?',
  '/api/v1/auth/login?next=/static/app.js',
  '/api/v1/auth/login#x',
  '//api/v1/auth/login',
  '/api//v1/auth/login',
  '/api/v1/auth/login/',
  '/API/v1/auth/login',
  '/api/v1/auth/LOGIN',
  '/api/v1/auth/login;x',
  '/api/v1/auth/./login',
  '/api/v1/x/../auth/login',
  '/%2561pi/v1/auth/login',
];

describe('rate limits whatever the spelling of the URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A built SPA of one file, so the static and client-side routes exist.
    const dist = mkdtempSync(join(tmpdir(), 'tokenplan-spa-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tokenplan</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    t = await createTestApp(undefined, { webDist: dist, rateLimit: { enabled: true, authPerMinute: 10, generalPerMinute: 20 } });
  });
  afterAll(async () => t.close());

  it('counts every spelling that reaches the login handler against the same strict limit', async () => {
    const reached: string[] = [];
    let counted = 0;
    for (const url of LOGIN_SPELLINGS) {
      const res = await t.app.inject({ method: 'POST', url, headers: anonymousHeaders, payload: { email: `nobody-${counted}@example.com`, password: 'not-the-password-1' } });
      // Either no route (and so no handler) or the login handler, counted.
      expect([401, 404, 429], `${url}: ${res.body}`).toContain(res.statusCode);
      if (res.statusCode !== 404) {
        reached.push(url);
        counted += 1;
        expect(res.headers['x-ratelimit-limit'], url).toBe('10');
      }
    }
    // The percent-encoded spellings do reach the handler (the router decodes them): all counted.
    expect(reached).toEqual(expect.arrayContaining(['/%61pi/v1/auth/login', '/api/v1/auth/%6Cogin']));
    const statuses: number[] = [];
    for (let i = counted; i < 11; i += 1) {
      const url = LOGIN_SPELLINGS[i % 2] ?? '';
      statuses.push((await t.app.inject({ method: 'POST', url, headers: anonymousHeaders, payload: { email: `nobody-${i}@example.com`, password: 'not-the-password-1' } })).statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
  });

  it('counts a percent-encoded spelling of any other API route against the general limit', async () => {
    const user = await createUser(t, 'VIEWER');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const url = i % 2 === 0 ? '/%61pi/v1/auth/me' : '/api/v1/auth/%6De';
      statuses.push((await t.app.inject({ method: 'GET', url, headers: user.headers })).statusCode);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses[20]).toBe(429);
  });

  it('never limits static files and client-side routes', async () => {
    for (let i = 0; i < 30; i += 1) {
      const file = await t.app.inject({ method: 'GET', url: '/app.js' });
      expect(file.statusCode).toBe(200);
      expect(file.headers['x-ratelimit-limit']).toBeUndefined();
      const page = await t.app.inject({ method: 'GET', url: '/scenarios/42', headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
    }
  });
});
