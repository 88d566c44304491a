// The fuzz loop on one database: build the app (rate limits off), set up the workspace, send `count`
// generated requests through inject() and a few hundred over a real socket, and count what comes back.
import { Writable } from 'node:stream';
import type { Database } from '@tokenplan/db';
import { buildApp, type App } from '../src/app';
import { buildRequest, type FuzzRequest } from './requests';
import { discoverRoutes, routeKey } from './routes';
import { newReport, record, type DatabaseReport } from './report';
import { Rng, requestSeed } from './rng';
import { runSocketRequests } from './socket';
import { createWorld, mayBreakCallers, repair, type World } from './world';

export interface FuzzOptions {
  database: string;
  db: Database;
  count: number;
  seed: number;
  /** Share of `count` also sent over a real socket (default 3 %, at least 1 per kind). */
  socketShare?: number;
  /** Epoch ms after which no new request starts. */
  deadline: number;
  /** Called before each request (the CLI keeps it to report a crash). */
  onRequest?: (index: number, req: FuzzRequest) => void;
  onProgress?: (sent: number) => void;
  /** Replay: send only these request indices (same seed), no socket requests. */
  only?: number[];
}

const HANG_MS = 60_000;
const MAX_SCENARIOS = 60;

/** Server-side errors logged while a request ran: the cause behind a generic 500 answer. */
function errorLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      try {
        const entry = JSON.parse(chunk.toString()) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
        const frames = entry.err?.stack?.split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
        lines.push(`${entry.err?.type ?? ''}: ${entry.err?.message ?? entry.msg ?? ''}${frames ? ` @ ${frames}` : ''}`);
      } catch {
        lines.push(chunk.toString().slice(0, 300));
      }
      done();
    },
  });
  return { stream, drain: () => lines.splice(0, lines.length).join(' ;; ') };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ms)));
  return Promise.race([promise, hung]).finally(() => clearTimeout(timer));
}

/** Keeps the world in step with what the requests did: new scenarios, new ETags, new token ids. */
function learn(world: World, req: FuzzRequest, status: number, headers: Record<string, unknown>, body: string): void {
  if (status >= 300 || !body.startsWith('{')) return;
  const etag = typeof headers.etag === 'string' ? headers.etag : undefined;
  const idInUrl = /^\/api\/v1\/scenarios\/([0-9a-f-]{36})(\/|$|\?)/i.exec(req.url)?.[1];
  if (etag && idInUrl && req.method !== 'GET') {
    const known = world.scenarios.find((s) => s.id === idInUrl);
    if (known) known.etag = etag;
  }
  if (status !== 201) return;
  let parsed: { id?: unknown; token?: { id?: unknown }; invite?: { id?: unknown } };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return;
  }
  if (typeof parsed.id === 'string' && req.url.startsWith('/api/v1/scenarios') && etag) {
    if (world.scenarios.length >= MAX_SCENARIOS) world.scenarios.splice(8 + (world.scenarios.length % (MAX_SCENARIOS - 8)), 1);
    world.scenarios.push({ id: parsed.id, etag });
  }
  const other = parsed.token?.id ?? parsed.invite?.id;
  if (typeof other === 'string') world.otherIds = [...world.otherIds.slice(-30), other];
}

async function send(app: App, req: FuzzRequest) {
  return app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(req.payload !== undefined ? { payload: req.payload } : {}) });
}

/** One database: returns its report (the caller decides the exit code). */
export async function runFuzz(options: FuzzOptions): Promise<DatabaseReport> {
  const started = Date.now();
  const report = newReport(options.database, options.seed, options.count);
  const log = errorLog();
  await options.db.migrate();
  const app = await buildApp({ db: options.db, logger: { level: 'error', stream: log.stream }, rateLimit: { enabled: false }});
  await app.ready();
  try {
    const world = await createWorld(app, options.db);
    world.otherIds.push(...Object.values(world.users).map((u) => u.userId));
    const routes = await discoverRoutes(app);
    report.routes = routes.map(routeKey);
    const socketCount = Math.max(40, Math.round(options.count * (options.socketShare ?? 0.03)));
    const injectCount = options.count - socketCount;
    const indices = options.only ?? Array.from({ length: injectCount }, (_, i) => i);
    for (const index of indices) {
      if (Date.now() > options.deadline) {
        report.stoppedByTimeLimit = true;
        break;
      }
      const seed = requestSeed(options.seed, index);
      const req = buildRequest(new Rng(seed), world, routes, seed);
      options.onRequest?.(index, req);
      const t0 = performance.now();
      let outcome: Parameters<typeof record>[3];
      try {
        const res = await withTimeout(send(app, req), HANG_MS);
        const ms = performance.now() - t0;
        if (res === 'hung') outcome = { ms, response: 'no answer', error: 'hung' };
        else {
          const errors = res.statusCode >= 500 ? log.drain() : (log.drain(), '');
          outcome = { status: res.statusCode, ms, response: errors ? `${res.body.slice(0, 200)} || server log: ${errors}` : res.body };
          learn(world, req, res.statusCode, res.headers, res.body);
        }
      } catch (err) {
        outcome = { ms: performance.now() - t0, response: err instanceof Error ? `${err.name}: ${err.message}` : String(err), error: 'threw' };
      }
      record(report, index, req, outcome);
      report.sent += 1;
      // Only an accepted request can sign a caller out or change a role.
      if (outcome.status !== undefined && outcome.status < 300 && mayBreakCallers(req.method, req.url)) await repair(world);
      if (report.sent % 500 === 0) options.onProgress?.(report.sent);
    }
    if (!report.stoppedByTimeLimit && !options.only) {
      const socketReport = await runSocketRequests(app, world, routes, new Rng(requestSeed(options.seed, -1)), socketCount, log.drain);
      for (const { index, req, outcome } of socketReport) {
        record(report, injectCount + index, req, outcome);
        report.socketSent += 1;
      }
    }
  } finally {
    await app.close();
    report.ms = Date.now() - started;
  }
  return report;
}
