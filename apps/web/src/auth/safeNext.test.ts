// Open redirects after sign-in: `next` comes from the query string, so anyone can craft a link.
import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

// jsdom's page is http://localhost:3000/ (vitest's default URL).
const origin = window.location.origin;

/** Where the browser would end up if it followed safeNext(next). */
const landing = (next: string | null) => new URL(safeNext(next), window.location.href);

describe('safeNext', () => {
  it.each([
    ['/\\evil.example/'], // ?next=%2F%5Cevil.example%2F: browsers read \ as /
    ['/\t/evil.example'], // ?next=/%09/evil.example: tabs and newlines are dropped from URLs
    ['/\n/evil.example'],
    ['\\\\evil.example'],
    ['/\\\\evil.example'],
    ['//evil.example'],
    ['///evil.example'],
    ['https://evil.example'],
    ['HTTPS://evil.example/login'],
    [' //evil.example'],
    ['javascript:alert(document.domain)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['mailto:x@evil.example'],
    ['https://localhost:3000@evil.example/'],
    ['http://localhost:3001/'], // same host, another port: another origin
  ])('sends %j home, not off-site', (next) => {
    const to = landing(next);
    expect(to.origin).toBe(origin);
    expect(to.pathname).toBe('/');
    expect(to.host).toBe(window.location.host);
  });

  it.each([[null], [''], ['/login'], ['/login?next=/x']])('sends %j home', (next) => {
    expect(landing(next).href).toBe(`${origin}/`);
  });

  it('returns an absolute URL, so a path that normalises to //evil.example stays a path here', () => {
    expect(safeNext('/.//evil.example')).toBe(`${origin}//evil.example`);
    expect(landing('/.//evil.example').origin).toBe(origin);
    // A scheme-relative spelling of the same scheme is a path on this origin, as in the browser.
    expect(safeNext('http:evil.example')).toBe(`${origin}/evil.example`);
  });

  it('keeps a same-origin path with its query and fragment', () => {
    expect(landing('/scenarios/42?tab=compare#kpis').href).toBe(`${origin}/scenarios/42?tab=compare#kpis`);
    expect(landing(`${origin}/account`).href).toBe(`${origin}/account`);
    expect(landing('/settings/../account').href).toBe(`${origin}/account`);
  });
});
