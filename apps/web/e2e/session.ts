// Signing in and seeding through the API, as the end-to-end tests do before driving the UI: every
// call carries the app's own Origin (the API's CSRF check) and signs in the context or page it is made from.
// `useApp` is a test file's whole setup: server, browser, the owner signed in, a scenario seeded.
import { afterAll, beforeAll, expect } from 'vitest';
import type { APIResponse, Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, shutDown, startServer, type RunningServer } from './harness';

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

/** Creates one scenario from `document` (201) and returns its id. */
export async function createScenario(client: Client, server: RunningServer, document: unknown): Promise<string> {
  const created = await postJson(client, server, '/api/v1/scenarios', { document });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The scenario a test file works on: made from a template (the one named `pick`, else the first), from a document, or found in the list (the demo workspace's). */
export type Seed = { template: string; pick?: RegExp } | { document: unknown } | { listed: RegExp };

async function seed(client: Client, server: RunningServer, how: Seed): Promise<string> {
  if ('document' in how) return createScenario(client, server, how.document);
  const items =
    'template' in how
      ? await createFromTemplate(client, server, how.template)
      : ((await (await client.request.get(`${server.url}/api/v1/scenarios`)).json()) as { items: { id: string; name: string }[] }).items;
  const pick = 'template' in how ? how.pick : how.listed;
  const found = pick ? items.find((s) => pick.test(s.name)) : items[0];
  if (!found) throw new Error(`no scenario${pick ? ` named ${pick}` : ''} among ${JSON.stringify(items.map((s) => s.name))}`);
  return found.id;
}

export interface AppOptions {
  /** Server environment on top of the harness's (e.g. the demo workspace on). */
  env?: Record<string, string>;
  /** Created by first-start setup and signed in on `context`; without an owner no context is opened. */
  owner?: Account;
  /** The owner's browser context (viewport 1440 × 900 unless given). */
  context?: BrowserContextOptions;
  /** Seeded through the API as the owner: its id is `scenarioId`. */
  scenario?: Seed;
  /** Of the setup hook, in ms. */
  timeout?: number;
}

/** What `useApp` sets up; its fields are filled by the file's first beforeAll. */
export interface App {
  server: RunningServer;
  browser: Browser;
  /** The owner's signed-in context (with `owner` only). */
  context: BrowserContext;
  /** The seeded scenario's id ('' without `scenario`). */
  scenarioId: string;
}

/**
 * Registers a test file's setup and teardown: the production server (harness.ts) and Chromium; with
 * `owner`, a context signed in by first-start setup; with `scenario`, that scenario seeded. The
 * file's own beforeAll hooks run after this one, its afterAll hooks before the teardown.
 */
export function useApp(options: AppOptions = {}): App {
  const app = { scenarioId: '' } as App;
  beforeAll(async () => {
    app.server = await startServer(options.env);
    app.browser = await launchBrowser();
    if (!options.owner) return;
    app.context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, ...options.context });
    await setUpOwner(app.context, app.server, options.owner);
    if (options.scenario) app.scenarioId = await seed(app.context, app.server, options.scenario);
  }, options.timeout ?? 120_000);
  afterAll(async () => {
    await app.context?.close();
    await shutDown(app.browser, app.server);
  });
  return app;
}

/** A new page of the owner's context at `path`, collecting its page errors. */
export async function openPage(app: App, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await app.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.server.url}${path}`);
  return { page, errors };
}
