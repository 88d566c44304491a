// Issue paths in 400 answers are written by the model's formatPath, whichever check found the
// problem: the request-body schemas (error handler), the storage checks on drafts, and the model's
// own validateScenario. Keys that are not identifiers (a throughput model id such as
// "llama-3.3-70b") are quoted, `platforms[0].throughput["llama-3.3-70b"]`; ordinary paths read
// `applications[0].growth.monthlyRate` as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let editor: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  editor = await createUser(t, 'EDITOR');
});
afterAll(async () => t.close());

const MODEL_ID = 'llama-3.3-70b';

interface ErrorBody {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}

async function badRequest(url: string, payload: unknown): Promise<ErrorBody['error']> {
  const res = await t.app.inject({ method: 'POST', url, headers: editor.headers, payload: payload as Record<string, unknown> });
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json<ErrorBody>();
  expect(error.code).toBe('validation_failed');
  return error;
}

const paths = (error: ErrorBody['error']) => error.details.map((d) => d.path);

describe('issue paths of request-body schema errors', () => {
  it('quotes an unknown field that is not an identifier, at the root and nested', async () => {
    const root = await badRequest('/api/v1/analysis/tornado', { scenario: {}, [MODEL_ID]: 1 });
    expect(root.details).toEqual([{ path: `["${MODEL_ID}"]`, message: 'Unknown field.' }]);

    const nested = await badRequest('/api/v1/analysis/montecarlo', {
      scenario: {},
      distributions: { revenuePrice: { low: 1, mode: 1, high: 1, [MODEL_ID]: 1 } },
    });
    expect(paths(nested)).toContain(`distributions.revenuePrice["${MODEL_ID}"]`);
  });

  it('writes ordinary paths as before: list items by index, identifiers after a dot', async () => {
    const file = {
      format: 'tokenplan.scenarios',
      schemaVersion: 1,
      scenarios: [{ draft: true, visibility: 'PRIVATE', document: { name: 'x' }, source: { id: 'a', version: 0, updatedAt: 'now', [MODEL_ID]: 1 } }],
    };
    const error = await badRequest('/api/v1/scenarios/import', file);
    expect(paths(error)).toEqual(expect.arrayContaining(['scenarios[0].source.version', `scenarios[0].source["${MODEL_ID}"]`]));
    expect(paths(await badRequest('/api/v1/analysis/tornado', { scenario: {}, swings: 0.1 }))).toEqual(['swings']);
    // A problem with the body as a whole has the empty path.
    expect(paths(await badRequest('/api/v1/analysis/tornado', []))).toEqual(['']);
  });
});

describe('issue paths of the storage checks on a draft', () => {
  it('quotes a non-identifier key and leaves ordinary paths unchanged', async () => {
    const error = await badRequest('/api/v1/scenarios', {
      draft: true,
      document: {
        name: 'Draft',
        platforms: [{ throughput: { [MODEL_ID]: 'a\u0000b' } }],
        applications: [{ growth: { monthlyRate: 'c\u0000d' } }],
      },
    });
    expect(paths(error).sort()).toEqual([`document.applications[0].growth.monthlyRate`, `document.platforms[0].throughput["${MODEL_ID}"]`]);
  });
});
