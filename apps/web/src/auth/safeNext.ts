// Where to go after signing in. `next` comes from the query string, so anyone can craft a link: it is
// resolved the way the browser would resolve it (backslashes, tabs, schemes, `//host`…) and kept only
// when it lands on this origin. The absolute URL is returned, so no relative spelling is re-read later.
export function safeNext(next: string | null | undefined, origin: string = window.location.origin): string {
  const home = new URL('/', origin).href;
  if (!next) return home;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return home;
  }
  if (url.origin !== origin) return home;
  // Back to the sign-in page would be a loop.
  if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return home;
  return url.href;
}
