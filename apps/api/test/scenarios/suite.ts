// The scenario API suite's shared setup (scenarios.*.api.db.test.ts): each file runs on PGlite and,
// when it answers, PostgreSQL; per database a fresh app with two editors (Alice, Bob) and a viewer.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '@tokenplan/db';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { body, client, type Client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';

export const targets = await testDatabaseTargets();
console.info(`scenario API suite runs on: ${targets.map((t) => t.kind).join(' + ')}`);

/** What the server stores for validDocument(name): the same values plus the schema's defaults. */
export function normalised(name: string): Record<string, unknown> {
  const doc = validDocument(name);
  const platforms = doc['platforms'] as Record<string, unknown>[];
  return {
    ...doc,
    contingencyPct: '0',
    fixedOpexPerMonth: '0',
    idlePolicy: 'separate',
    platforms: platforms.map((p) => ({ ...p, acquisition: { type: 'own' } })),
  };
}

export interface ScenarioSuite {
  /** Filled in by the suite's beforeAll. */
  t: TestApp;
  alice: TestUser;
  bob: TestUser;
  viewer: TestUser;
  /** Requests as Alice, Bob and the viewer (usable from the start: they call the clients beforeAll made). */
  asAlice: Client;
  asBob: Client;
  asViewer: Client;
  /** Creates scenario `name` (validDocument) as `as` (201) and returns its body. */
  create(as: Client, name: string, extra?: Record<string, unknown>): Promise<ScenarioBody>;
  /** How many scenarios, revisions and audit events the database holds. */
  counts(): Promise<{ scenarios: number; revisions: number; audit: number }>;
}

/** Registers the beforeAll/afterAll of one database's suite (inside `describe.each(targets)`). */
export function useScenarioSuite(open: () => Promise<Database>): ScenarioSuite {
  const clients: Partial<Record<'alice' | 'bob' | 'viewer', Client>> = {};
  const as = (who: keyof typeof clients): Client => (...args) => {
    const call = clients[who];
    if (!call) throw new Error('the scenario suite is not set up yet');
    return call(...args);
  };
  // t and the users are set by beforeAll, before any test reads them.
  const suite = {
    asAlice: as('alice'),
    asBob: as('bob'),
    asViewer: as('viewer'),
    async create(by: Client, name: string, extra: Record<string, unknown> = {}) {
      const res = await by('POST', '/api/v1/scenarios', { payload: { document: validDocument(name), ...extra } });
      expect(res.statusCode, res.body).toBe(201);
      return body(res);
    },
    counts: async () => ({
      scenarios: await suite.t.db.prisma.scenario.count(),
      revisions: await suite.t.db.prisma.scenarioRevision.count(),
      audit: await suite.t.db.prisma.auditEvent.count(),
    }),
  } as ScenarioSuite;

  beforeAll(async () => {
    suite.t = await createTestApp(await open());
    suite.alice = await createUser(suite.t, 'EDITOR');
    suite.bob = await createUser(suite.t, 'EDITOR');
    suite.viewer = await createUser(suite.t, 'VIEWER');
    clients.alice = client(suite.t, suite.alice);
    clients.bob = client(suite.t, suite.bob);
    clients.viewer = client(suite.t, suite.viewer);
  });
  afterAll(async () => suite.t.close());
  return suite;
}
