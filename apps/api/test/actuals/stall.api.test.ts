// A large actuals file is parsed in the job pool (src/jobs/actualsJob.ts), not on the event loop:
// while the import's parse runs, other requests of the same app are answered. The import request
// signals when its handler is about to run (a preHandler hook); only then are the other requests
// sent, and they must be answered before the import is. Parsed on the event loop, the handler would
// hold it until the parse ended and the import would answer first.
// Comparing a file's rows with the stored ones needs each row's key (a sha256): the pool job computes
// them, so the event loop does not hash tens of thousands of rows (~100 ms for 40,000) in one go.
import { readFileSync } from 'node:fs';
import type * as Crypto from 'node:crypto';
import { openDatabase } from '@tokenplan/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app';
import { createUser, type TestApp, type TestUser } from '../helpers';
import { largeFile, SAMPLE_FILES } from './largeFiles';

/** sha256 hashes made on this (the main) thread; pool workers load their own node:crypto. */
const hashes = vi.hoisted(() => ({ sha256: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  const createHash = (algorithm: string, ...rest: []) => {
    if (algorithm === 'sha256') hashes.sha256 += 1;
    return crypto.createHash(algorithm, ...rest);
  };
  return { ...crypto, default: { ...crypto, createHash }, createHash };
});

const IMPORTS = '/api/v1/actuals/imports';

/** samples/actuals/README.md: the FOCUS sample has 24 rows, cost 285,289.20, tokens 3,088,000,000. */
const FOCUS_ROWS = 24;
const FOCUS_CENTS = 28_528_920n;
const FOCUS_TOKENS = 3_088_000_000n;

/** A whole number of cents as the API writes decimals: no trailing zeros, no trailing point. */
const decimalOfCents = (cents: bigint) => `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`.replace(/\.?0+$/, '');

describe('actuals imports are parsed off the event loop', () => {
  let t: TestApp;
  let editor: TestUser;
  let viewer: TestUser;
  let handlerReached: () => void = () => {};

  beforeAll(async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await db.migrate();
    const app = await buildApp({ db, rateLimit: { enabled: false } });
    app.addHook('preHandler', async (request) => {
      if (request.routeOptions.url === IMPORTS && request.method === 'POST') handlerReached();
    });
    await app.ready();
    t = { app, db, close: async () => (await app.close(), await db.close()) };
    editor = await createUser(t, 'EDITOR');
    viewer = await createUser(t, 'VIEWER');
  });
  afterAll(async () => t.close());

  const post = (url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: editor.headers, payload });

  it('answers /healthz and another user’s request while a 4 MB FOCUS file is parsed, before the import’s 400', async () => {
    // A first small import starts a pool worker, so the big one below waits on its parse, not on a worker's start.
    const small = largeFile('focus', 10_000);
    expect(small.copies).toBe(1);
    expect((await post(`${IMPORTS}?dryRun=true`, { format: 'focus', fileName: 'small.csv', content: small.content })).statusCode).toBe(200);

    // Every row is parsed; the last one (a copy of the first with a bad ChargePeriodStart) refuses the file.
    const { content, copies } = largeFile('focus', 4 * 1024 * 1024);
    const lines = content.trimEnd().split('\n');
    const badRow = (lines[1] ?? '').replace(/^([^,]*,)2027-01-01T00:00:00Z/, '$1not-a-date');
    expect(badRow).toContain(',not-a-date,');
    const file = `${lines.join('\n')}\n${badRow}\n`;
    const badRowNumber = 1 + copies * FOCUS_ROWS + 1; // the header is row 1

    const answered: string[] = [];
    const reached = new Promise<void>((resolve) => (handlerReached = resolve));
    const importing = post(IMPORTS, { format: 'focus', fileName: 'big.csv', content: file }).then((res) => (answered.push('import'), res));
    await reached;
    const [health, list] = await Promise.all([
      t.app.inject({ method: 'GET', url: '/healthz' }).then((res) => (answered.push('healthz'), res)),
      t.app.inject({ method: 'GET', url: IMPORTS, headers: viewer.headers }).then((res) => (answered.push('list'), res)),
    ]);
    const res = await importing;

    expect(health.statusCode).toBe(200);
    expect(list.statusCode).toBe(200);
    expect(answered).toEqual([expect.any(String), expect.any(String), 'import']); // after both others
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string; details: { path: string }[]; issues: { row: number; field: string; message: string }[] } }>();
    expect(error.code).toBe('invalid_actuals_file');
    expect(error.message).toContain(`the first at row ${badRowNumber}`);
    expect(error.details.map((d) => d.path)).toEqual([`content.rows[${badRowNumber}].ChargePeriodStart`]);
    expect(error.issues).toEqual([{ row: badRowNumber, field: 'ChargePeriodStart', message: expect.stringContaining('not-a-date') }]);
    expect(t.app.jobs.inFlight).toBe(0);
  });

  it('a preview of a 2 MB file counts every row the worker parsed (rows come back in chunks)', async () => {
    const { content, copies } = largeFile('focus', 2 * 1024 * 1024);
    expect(copies * FOCUS_ROWS).toBeGreaterThan(3000); // several chunks of rows
    const res = await post(`${IMPORTS}?dryRun=true`, { format: 'focus', fileName: 'big.csv', content });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ preview: unknown }>().preview).toMatchObject({
      format: 'focus',
      rows: copies * FOCUS_ROWS,
      newRows: copies * FOCUS_ROWS,
      duplicateRows: 0,
      months: ['2027-01', '2027-02', '2027-03'],
      totals: { cost: decimalOfCents(FOCUS_CENTS * BigInt(copies)), tokens: String(FOCUS_TOKENS * BigInt(copies)) },
      errors: [],
    });
  });

  it('a re-import preview compares a 2 MB file with the stored rows without hashing them on the event loop', async () => {
    const { content, copies } = largeFile('focus', 2 * 1024 * 1024);
    const rows = copies * FOCUS_ROWS;
    expect((await post(IMPORTS, { format: 'focus', fileName: 'big.csv', content })).json()).toMatchObject({ import: { rows, insertedRows: rows } });
    const hashesOf = async (payload: Record<string, unknown>) => {
      const before = hashes.sha256;
      const res = await post(`${IMPORTS}?dryRun=true`, payload);
      return { preview: res.json<{ preview: unknown }>().preview, hashes: hashes.sha256 - before };
    };
    // The LiteLLM sample's 36 records twice, never imported: 36 new rows, 36 repeats (duplicates too).
    const records = JSON.parse(readFileSync(new URL(`../../../../samples/actuals/${SAMPLE_FILES.litellm}`, import.meta.url), 'utf8')) as unknown[];
    const twice = await hashesOf({ format: 'litellm', fileName: 'twice.json', content: JSON.stringify([...records, ...records]) });
    expect(twice.preview).toMatchObject({ rows: 72, newRows: 36, duplicateRows: 36 });
    const again = await hashesOf({ format: 'focus', fileName: 'again.csv', content });
    expect(again.preview).toMatchObject({ rows, newRows: 0, duplicateRows: rows });
    // The request's own hashing (its session) is the same for both: none is per row.
    expect(again.hashes).toBe(twice.hashes);
  });
});

describe('an actuals import takes a place in the job pool', () => {
  let t: TestApp;
  let editor: TestUser;
  beforeAll(async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await db.migrate();
    // No user may have a job: every request that needs a place is refused before its body is read.
    const app = await buildApp({ db, rateLimit: { enabled: false }, jobs: { perUser: 0, retryAfterSeconds: 9 } });
    await app.ready();
    t = { app, db, close: async () => (await app.close(), await db.close()) };
    editor = await createUser(t, 'EDITOR');
  });
  afterAll(async () => t.close());

  it('is refused with 503 too_many_jobs and Retry-After when the user has no place left, preview and import alike', async () => {
    for (const url of [`${IMPORTS}?dryRun=true`, IMPORTS]) {
      const res = await t.app.inject({ method: 'POST', url, headers: editor.headers, payload: { format: 'focus', fileName: 'f.csv', content: largeFile('focus', 10_000).content } });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('9');
      expect(res.json()).toMatchObject({ error: { code: 'too_many_jobs' } });
    }
    expect((await t.app.inject({ method: 'GET', url: IMPORTS, headers: editor.headers })).json<{ imports: unknown[] }>().imports).toEqual([]);
  });
});
