// A fetch stub for the actuals screens' component tests: routes by method and path, records calls.
import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (call: Call) => Response | Promise<Response>;

export const OWNER = { id: 'u1', email: 'ada@example.com', name: 'Ada Owner', role: 'OWNER', createdAt: '2026-01-01T00:00:00.000Z', disabled: false, disabledAt: null };

/** Stubs fetch; `routes` keys are "METHOD /path" (query ignored unless the key has one). */
export function mockApi(routes: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const call: Call = { method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined, headers: (init?.headers ?? {}) as Record<string, string> };
      calls.push(call);
      const path = url.split('?')[0];
      const handler = routes[`${method} ${url}`] ?? routes[`${method} ${path}`] ?? defaults(`${method} ${path}`);
      if (!handler) return Response.json({ error: { code: 'not_found', message: `no mock for ${method} ${url}` } }, { status: 404 });
      return handler(call);
    }),
  );
  return calls;
}

function defaults(key: string): Handler | undefined {
  if (key === 'GET /api/v1/auth/status') return () => Response.json({ setupRequired: false, me: { user: OWNER, via: 'session', canWrite: true } });
  if (key === 'GET /api/v1/users') return () => Response.json({ users: [OWNER] });
  return undefined;
}

export const json = (body: unknown, status = 200) => () => Response.json(body, { status });
