// Signing in and seeding through the API, as the end-to-end tests do before driving the UI: every
// call carries the app's own Origin (the API's CSRF check) and signs in the context or page it is made from.
import { expect } from 'vitest';
import type { APIResponse, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from './harness';

export interface Account {
  email: string;
  name: string;
  password: string;
}

type Client = BrowserContext | Page;

/** POSTs `data` to `path` on the server with the app's Origin header. */
export function postJson(client: Client, server: RunningServer, path: string, data: unknown): Promise<APIResponse> {
  return client.request.post(`${server.url}${path}`, { data, headers: { origin: server.url } });
}

/** First-start setup: creates the owner and signs `client` in. */
export async function setUpOwner(client: Client, server: RunningServer, owner: Account): Promise<APIResponse> {
  const response = await postJson(client, server, '/api/v1/auth/setup', owner);
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}

/** Signs `client` in as an existing account. */
export async function signIn(client: Client, server: RunningServer, account: Pick<Account, 'email' | 'password'>): Promise<APIResponse> {
  const response = await postJson(client, server, '/api/v1/auth/login', { email: account.email, password: account.password });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}

/** Creates the scenario(s) of a template (201) and returns them as the API lists them. */
export async function createFromTemplate<T = { id: string; name: string }>(client: Client, server: RunningServer, templateId: string): Promise<T[]> {
  const created = await postJson(client, server, '/api/v1/scenarios/from-template', { templateId });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { items: T[] }).items;
}
