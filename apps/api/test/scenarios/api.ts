// Request helpers for the scenario API tests (app.inject, no network).
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestUser } from '../helpers';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ScenarioBody {
  id: string;
  name: string;
  ownerId: string;
  version: number;
  etag: string;
  draft: boolean;
  visibility: 'PRIVATE' | 'WORKSPACE';
  document: Record<string, unknown>;
  issues?: { code: string; path: string; message: string }[];
  missing?: string[];
  deletedAt: string | null;
  permissions: { edit: boolean; manage: boolean };
}

export function client(t: TestApp, user: Pick<TestUser, 'headers'>) {
  return (
    method: Method,
    url: string,
    options: { payload?: unknown; ifMatch?: string; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method,
      url,
      headers: { ...user.headers, ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }), ...options.headers },
      ...(options.payload === undefined ? {} : { payload: options.payload as Record<string, unknown> }),
    });
}

export type Client = ReturnType<typeof client>;

export function body<T = ScenarioBody>(res: LightMyRequestResponse): T {
  return res.json<T>();
}
