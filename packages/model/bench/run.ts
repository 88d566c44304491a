/**
 * `pnpm bench`: performance of the projection engine and the analyses, written to docs/benchmarks.md.
 * Everything is measured in this one run on this machine, and reported beside its target as a ratio
 * (measured / target: ≤ 1 meets it). Targets from issue 8: typical projection (60 months, 10 apps,
 * 3 platforms) ≤ 5 ms median, large (120 months, 200 apps, 20 platforms) ≤ 250 ms, Monte Carlo of
 * 10,000 paths of the typical scenario ≤ 1.5 s, tornado of the typical scenario ≤ 100 ms.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { evaluatePathDecimal, runMonteCarlo, samplePathFactors, tornado } from '../src/analysis';
import { compileScenario, createWorkspace, projectFloat } from '../src/fast';
import { project } from '../src/projection/project';
import { runProjection } from '../src/projection/run';
import { clearSharedSeries } from '../src/projection/seriesCache';
import * as currentEngine from '../src/index';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';

const OUT = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
const large = largeScenario();
const loadAtStart = os.loadavg();
const started = new Date();

interface Row {
  name: string;
  median: number;
  p95: number;
  samples: number;
  target?: number;
}
const rows: Row[] = [];

function percentile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] ?? NaN;
  return a + (h - lo) * (b - a);
}

async function micro(name: string, fn: () => void, opts: { time: number; iterations: number; target?: number }) {
  const bench = new Bench({ time: opts.time, iterations: opts.iterations, warmupIterations: 3, warmupTime: 200 });
  bench.add(name, fn);
  await bench.run();
  const samples = [...(bench.tasks[0]?.result?.latency.samples ?? [])].sort((a, b) => a - b);
  const row: Row = { name, median: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length };
  if (opts.target !== undefined) row.target = opts.target;
  rows.push(row);
  console.log(`${name}: median ${row.median.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms (${samples.length} runs)`);
}

/** Wall-clock runs of a long operation (tinybench's minimums make no sense at seconds per run). */
function timed(name: string, fn: () => void, runs: number, target?: number): Row {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const row: Row = { name, median: percentile(times, 0.5), p95: percentile(times, 0.95), samples: runs };
  if (target !== undefined) row.target = target;
  rows.push(row);
  console.log(`${name}: median ${row.median.toFixed(1)} ms (${runs} runs)`);
  return row;
}

// Projections
await micro('project(), Decimal, typical', () => project(typicalScenario), { time: 4000, iterations: 30, target: 5 });
await micro('runProjection() (no formatting), Decimal, typical', () => runProjection(typicalScenario), { time: 3000, iterations: 30 });
await micro('project(), Decimal, typical, cold (series cache emptied first)', () => {
  clearSharedSeries();
  project(typicalScenario);
}, { time: 3000, iterations: 30 });
timed('project(), Decimal, large', () => project(large), 9, 250);
const fsTypical = compileScenario(typicalScenario);
const wsTypical = createWorkspace(fsTypical);
await micro('projectFloat(), float64 fast path, typical', () => projectFloat(fsTypical, wsTypical), { time: 2000, iterations: 200 });
const fsLarge = compileScenario(large);
const wsLarge = createWorkspace(fsLarge);
await micro('projectFloat(), float64 fast path, large', () => projectFloat(fsLarge, wsLarge), { time: 2000, iterations: 50 });

// Tornado
timed('tornado, Decimal engine, typical (17 projections)', () => tornado(typicalScenario), 5, 100);
await micro('tornado, float64 engine, typical (17 projections)', () => tornado(typicalScenario, { engine: 'float' }), { time: 2000, iterations: 20, target: 100 });

// Monte Carlo: 10,000 paths, and the Decimal engine on the same paths for the ratio
const mc = timed('Monte Carlo, 10,000 paths, typical (float64)', () => runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 }), 3, 1500);
const pathsPerSecond = 10_000 / (mc.median / 1000);
const decimalPaths = samplePathFactors({ seed: 1 }, 40);
evaluatePathDecimal(typicalScenario, decimalPaths[0] ?? new Float64Array(8));
const t0 = performance.now();
for (const f of decimalPaths) evaluatePathDecimal(typicalScenario, f);
const decimalPerSecond = decimalPaths.length / ((performance.now() - t0) / 1000);
console.log(`paths/s: float ${pathsPerSecond.toFixed(0)}, Decimal ${decimalPerSecond.toFixed(1)}`);

// Memory: peak growth during 10,000- and 50,000-path runs, sampled after every chunk
function memoryRun(paths: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  let peakBuffers = before.arrayBuffers;
  const t = performance.now();
  runMonteCarlo(typicalScenario, { paths, seed: 2, chunkSize: 500 }, {
    onProgress: () => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
    },
  });
  const ms = performance.now() - t;
  const mb = (x: number) => x / 1024 / 1024;
  return { paths, ms, heap: mb(peakHeap - before.heapUsed), rss: mb(peakRss - before.rss), buffers: mb(peakBuffers - before.arrayBuffers), gc: gc !== undefined };
}
const mem10 = memoryRun(10_000);
const mem50 = memoryRun(50_000);
console.log('memory', mem10, mem50);

// The previous engine in this same run (BENCH_BEFORE=<worktree of an earlier commit>): the fair
// comparison on a shared machine, where the figures of another day are not comparable.
interface Side { project: number; projectFloat: number; monteCarlo: number }
let sameRun: { before: Side; after: Side; dir: string } | null = null;
const beforeDir = process.env.BENCH_BEFORE;
if (beforeDir) {
  const earlier = (await import(pathToFileURL(`${beforeDir}/packages/model/src/index.ts`).href)) as typeof currentEngine;
  const engines = { before: earlier, after: currentEngine };
  const median = (fn: () => void, runs: number) => {
    fn();
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const a = performance.now();
      fn();
      t.push(performance.now() - a);
    }
    return percentile(t.sort((x, y) => x - y), 0.5);
  };
  const side = (m: typeof engines.after): Side => {
    const fs = m.compileScenario(typicalScenario);
    const ws = m.createWorkspace(fs);
    return {
      project: median(() => m.project(typicalScenario), 200),
      projectFloat: median(() => { for (let i = 0; i < 100; i++) m.projectFloat(fs, ws); }, 200) / 100,
      monteCarlo: median(() => m.runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 }), 3),
    };
  };
  // interleaved twice, best of the two per figure (load comes and goes)
  const [b1, a1, b2, a2] = [side(engines.before), side(engines.after), side(engines.before), side(engines.after)];
  const best = (x: Side, y: Side): Side => ({ project: Math.min(x.project, y.project), projectFloat: Math.min(x.projectFloat, y.projectFloat), monteCarlo: Math.min(x.monteCarlo, y.monteCarlo) });
  sameRun = { before: best(b1, b2), after: best(a1, a2), dir: beforeDir };
  console.log('same run', sameRun);
}

// The float path in a fresh worker that never runs the Decimal engine (bench/floatWorker.ts), as the
// browser's Monte Carlo worker runs it; with BENCH_BEFORE, the previous engine in another fresh worker.
interface FloatSide { projectFloatTypical: number; projectFloatLarge: number; monteCarlo: number }
const tsxApi = import.meta.resolve('tsx/esm/api');
function floatInWorker(dir: string): Promise<FloatSide> {
  const file = new URL('./floatWorker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { dir } });
    worker.once('message', (m: FloatSide) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}
const repoDir = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const isolated: { after: FloatSide; before: FloatSide | null } = { after: await floatInWorker(repoDir), before: null };
if (beforeDir) {
  // interleaved, best of two per figure
  const [b1, a2, b2] = [await floatInWorker(beforeDir), await floatInWorker(repoDir), await floatInWorker(beforeDir)];
  const best = (x: FloatSide, y: FloatSide): FloatSide => ({
    projectFloatTypical: Math.min(x.projectFloatTypical, y.projectFloatTypical),
    projectFloatLarge: Math.min(x.projectFloatLarge, y.projectFloatLarge),
    monteCarlo: Math.min(x.monteCarlo, y.monteCarlo),
  });
  isolated.after = best(isolated.after, a2);
  isolated.before = best(b1, b2);
}
console.log('float path in a dedicated worker', isolated);

// Report
const loadAtEnd = os.loadavg();
const cpus = os.cpus();
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toPrecision(2));
const ratio = (r: Row) => (r.target === undefined ? '' : `${(r.median / r.target).toPrecision(2)}`);
const verdict = (r: Row) => (r.target === undefined ? '' : r.median <= r.target ? 'meets' : 'misses');
const find = (name: string) => rows.find((r) => r.name.startsWith(name));
/** Medians of docs/benchmarks.md of 2026-11-25, before the engine was written once (issue 15). */
const BEFORE_ISSUE_15: Readonly<Record<string, number>> = {
  'project(), Decimal, typical': 4.17,
  'runProjection() (no formatting), Decimal, typical': 3.02,
  'project(), Decimal, typical, cold (series cache emptied first)': 5.48,
  'project(), Decimal, large': 134,
  'projectFloat(), float64 fast path, typical': 0.0094,
  'projectFloat(), float64 fast path, large': 0.26,
  'tornado, Decimal engine, typical (17 projections)': 39.5,
  'tornado, float64 engine, typical (17 projections)': 0.74,
  'Monte Carlo, 10,000 paths, typical (float64)': 256,
};
const previous = (name: string): number | undefined => BEFORE_ISSUE_15[name];
const floatTypical = find('projectFloat(), float64 fast path, typical');
const decTypical = find('runProjection()');
const md = `# Benchmarks

Written by \`pnpm bench\` (packages/model/bench/run.ts) on ${started.toISOString()}. Every number below comes
from this one run; "ratio" is measured median / target (≤ 1 meets the target).

- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'} (${cpus[0]?.speed ? `${cpus[0].speed} MHz` : 'clock not reported'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}
- Node ${process.version}, V8 ${process.versions.v8}
- Load average (1, 5, 15 min) at start ${loadAtStart.map((x) => x.toFixed(2)).join(', ')}, at end ${loadAtEnd.map((x) => x.toFixed(2)).join(', ')}.
  ${loadAtStart[0] !== undefined && loadAtStart[0] > cpus.length * 0.5 ? '**The machine was shared and busy during this run (load above half the cores): timings are pessimistic and noisy.**' : 'The machine was mostly idle during this run.'}

## Timings (ms)

| benchmark | median | p95 | runs | target | ratio | | before issue 15 | × before |
|---|---:|---:|---:|---:|---:|---|---:|---:|
${rows.map((r) => {
  const was = previous(r.name);
  return `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${r.samples} | ${r.target ?? ''} | ${ratio(r)} | ${verdict(r)} | ${was === undefined ? '' : fmt(was)} | ${was === undefined ? '' : (r.median / was).toFixed(2)} |`;
}).join('\n')}

"Before issue 15": the medians of the run of 2026-11-25 (idle machine), with the Decimal engine and the
float64 fast path as two implementations; since issue 15 both run the formulas written once
(docs/model.md §10). Budgets: Decimal within its targets, float64 within 2× of before.

${sameRun === null ? '' : `## Previous engine, same run

The engine of \`${sameRun.dir}\` (a worktree of the commit before issue 15) and this one, interleaved in this process
(median of each, best of two rounds):

| typical scenario | before (ms) | after (ms) | × before |
|---|---:|---:|---:|
${(['project', 'projectFloat', 'monteCarlo'] as const).map((k) => `| ${{ project: 'project(), Decimal', projectFloat: 'projectFloat(), float64', monteCarlo: 'Monte Carlo, 10,000 paths' }[k]} | ${fmt(sameRun.before[k])} | ${fmt(sameRun.after[k])} | ${(sameRun.after[k] / sameRun.before[k]).toFixed(2)} |`).join('\n')}

`}## Float path in a dedicated worker (as the browser runs Monte Carlo)

The browser runs Monte Carlo in a Web Worker of its own that only calls \`monteCarloSteps\`
(apps/web/src/sensitivity/monteCarlo.worker.ts), so the shared formulas there only ever see float64.
Here the same in a fresh \`worker_threads\` worker (bench/floatWorker.ts), median per figure${isolated.before === null ? '' : '; the previous engine in a fresh worker of its own, interleaved, best of two'}:

| float64 path | ${isolated.before === null ? '' : 'before (ms) | '}this engine (ms) |${isolated.before === null ? '' : ' × before |'}
|---|${isolated.before === null ? '' : '---:|'}---:|${isolated.before === null ? '' : '---:|'}
${(['projectFloatTypical', 'projectFloatLarge', 'monteCarlo'] as const).map((k) => `| ${{ projectFloatTypical: 'projectFloat(), typical', projectFloatLarge: 'projectFloat(), large', monteCarlo: 'Monte Carlo, 10,000 paths, typical' }[k]} | ${isolated.before === null ? '' : `${fmt(isolated.before[k])} | `}${fmt(isolated.after[k])} |${isolated.before === null ? '' : ` ${(isolated.after[k] / isolated.before[k]).toFixed(2)} |`}`).join('\n')}

In the tables above the float path runs in the same process as the Decimal engine (as a server job
worker does): V8's type feedback of a shared formula is per isolate, so once Decimal has run there the
float calls are polymorphic and slower.

## Monte Carlo

- 10,000 paths of the typical scenario: **${fmt(mc.median)} ms** median, **${pathsPerSecond.toFixed(0)} paths/s** on the float64 fast path.
- The Decimal engine on the same paths (${decimalPaths.length} paths, \`evaluatePathDecimal\`): ${decimalPerSecond.toFixed(1)} paths/s.
  Fast path / Decimal path speed ratio: **${(pathsPerSecond / decimalPerSecond).toFixed(0)}×** (a path includes the projection, NPV, IRR,
  payback and the fan-chart updates on the fast path; projection and KPIs on the Decimal path).
- One projection: Decimal \`runProjection\` ${decTypical ? fmt(decTypical.median) : '?'} ms vs float64 \`projectFloat\` ${floatTypical ? fmt(floatTypical.median) : '?'} ms
  (${decTypical && floatTypical ? (decTypical.median / floatTypical.median).toFixed(0) : '?'}×).

## Memory (bounded: streamed percentiles)

Peak growth over the value before the run, sampled after every chunk of 500 paths (\`process.memoryUsage()\`${mem10.gc ? ', after a forced GC' : '; no forced GC: run with `--expose-gc` for a cleaner baseline'}):

| paths | time (ms) | heap used (MiB) | RSS (MiB) | array buffers (MiB) |
|---:|---:|---:|---:|---:|
| ${mem10.paths} | ${fmt(mem10.ms)} | ${mem10.heap.toFixed(1)} | ${mem10.rss.toFixed(1)} | ${mem10.buffers.toFixed(1)} |
| ${mem50.paths} | ${fmt(mem50.ms)} | ${mem50.heap.toFixed(1)} | ${mem50.rss.toFixed(1)} | ${mem50.buffers.toFixed(1)} |

What a run keeps: three Float64Arrays of one number per path (NPV, IRR, payback: 50,000 paths = 1.2 MB) and
2 × H × 3 P² estimators for the monthly fans, whatever the number of paths; no path's ledger is stored
(50,000 ledgers of the typical scenario would be ≈ 50,000 × 60 months × 17 lines × 8 B ≈ 408 MB).

## Notes

- Targets are checked here, not in timed tests. Missed in this run: ${rows.filter((r) => r.target !== undefined && r.median > r.target).map((r) => `${r.name} (×${ratio(r)})`).join('; ') || 'none'}.
- Profile of the Decimal projection (\`node --cpu-prof\`, 2026-11-25, after \`wordArithmetic.ts\`): typical
  \`project()\`: formatting ≈ 18 %, platform operations ≈ 19 % inclusive, allocation ≈ 12 %, month totals ≈ 9 %,
  sums ≈ 13 % (across all of them), garbage collection ≈ 7 % (was 18 %); decimal.js itself is left only off the
  hot paths. Large \`project()\`: GC ≈ 23 % (its 100,000+ live values are copied by each young-generation
  collection), formatting ≈ 18 %, platform operations ≈ 12 %, allocation ≈ 10 %, sums ≈ 12 %. Every product,
  quotient, sum, comparison and grid rounding of a cell is done on decimal.js's words with the same result as
  decimal.js (docs/model.md §10), which took the typical projection from ≈ 10 ms to ≈ 4.2 ms here (same machine, same day).
- Repeated projections reuse the per-month series that depend only on a few inputs (demand, powers, price
  series: \`seriesCache.ts\`), as the tornado, goal seek and an edited scenario do: the timings above are
  warm. A scenario never projected before also pays for those series (on the large scenario ≈ 75 ms of
  \`runProjection\`, mostly logistic demand). The Decimal tornado projects the KPIs only (\`projectionKpis\`).
- The float64 engine of the tornado (\`engine: 'float'\`) is held to 1e-9 of the Decimal engine by the tests.
`;
writeFileSync(OUT, md);
console.log(`wrote ${OUT}`);
