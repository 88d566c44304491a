// Measures how long a 10 MB actuals import holds the event loop: a 1 ms timer records every gap
// over 20 ms while one request runs through the whole app (PostgreSQL if it answers, else PGlite).
// Run: cd apps/api && pnpm exec tsx test/actuals/stall.measure.ts [runs]   (report `uptime` with it)
import { ACTUALS_FORMATS, type ActualsFormat } from '@tokenplan/model';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createUser } from '../helpers';
import { largeFile } from './largeFiles';

const MAX_CHARS = 10 * 1024 * 1024;
const runs = Number(process.argv[2] ?? 3);

/** Gaps of a 1 ms interval timer longer than 20 ms: the event loop was held that long. */
function gapRecorder() {
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 20) gaps.push(now - last);
    last = now;
  }, 1);
  return {
    /** The gaps, counting the one still open: a request that never yields to timers is one long gap. */
    stop: () => {
      clearInterval(timer);
      const open = performance.now() - last;
      return open > 20 ? [...gaps, open] : gaps;
    },
  };
}

const targets = await testDatabaseTargets();
const target = targets.find((x) => x.kind === 'postgres') ?? targets[0];
if (!target) throw new Error('no database');
const t = await createTestApp(await target.open());
const editor = await createUser(t, 'EDITOR');
const files = Object.fromEntries(ACTUALS_FORMATS.map((f) => [f, largeFile(f, MAX_CHARS).content])) as Record<ActualsFormat, string>;
// A bad last row: the whole file is parsed, then refused (400) without touching the database.
const bad = `${files.focus.trimEnd()}\nnot-a-date\n`;
const cases = [
  ...ACTUALS_FORMATS.map((format) => ({ name: `${format} preview`, url: '/api/v1/actuals/imports?dryRun=true', format, content: files[format], status: 200 })),
  { name: 'focus 400 (bad last row)', url: '/api/v1/actuals/imports', format: 'focus' as const, content: bad, status: 400 },
  ...ACTUALS_FORMATS.map((format) => ({ name: `${format} import`, url: '/api/v1/actuals/imports', format, content: files[format], status: 201 })),
];
const results = new Map<string, { max: number[]; total: number[]; wall: number[] }>();
// Warm-up: the first request of a kind loads code (and, with the pool, starts a worker).
await t.app.inject({ method: 'POST', url: '/api/v1/actuals/imports?dryRun=true', headers: { ...editor.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ format: 'focus', fileName: 'w.csv', content: files.focus.slice(0, 2000).replace(/\n[^\n]*$/, '\n') }) });
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const payload = JSON.stringify({ format: c.format, fileName: `big-${c.format}`, content: c.content });
    const rec = gapRecorder();
    const start = performance.now();
    const res = await t.app.inject({ method: 'POST', url: c.url, headers: { ...editor.headers, 'content-type': 'application/json' }, payload });
    const wall = performance.now() - start;
    const gaps = rec.stop();
    if (res.statusCode !== c.status) throw new Error(`${c.name}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const r = results.get(c.name) ?? { max: [], total: [], wall: [] };
    r.max.push(Math.max(0, ...gaps));
    r.total.push(gaps.reduce((s, g) => s + g, 0));
    r.wall.push(wall);
    results.set(c.name, r);
  }
}
const median = (xs: number[]) => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN).toFixed(0);
console.log(`database ${target.kind}, ${runs} run(s); ms, median (all runs)`);
for (const [name, r] of results) {
  console.log(`${name.padEnd(26)} longest stall ${median(r.max).padStart(6)} (${r.max.map((x) => x.toFixed(0)).join(', ')})  stalls summed ${median(r.total).padStart(6)}  request ${median(r.wall).padStart(6)}`);
}
await t.close();
