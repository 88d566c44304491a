/**
 * The float path in fresh workers only (bench/floatWorker.ts), engines interleaved, `--rounds` rounds (default 3),
 * the median per figure and the ratio to the first engine:
 *   pnpm exec tsx packages/model/bench/float-worker.ts [/tmp/engine-before] [more engine dirs…] [--rounds 3] [--min]
 * This tree is always measured (last column).
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';

type FloatSide = Record<string, number>;
const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const rounds = ri >= 0 ? Number(args[ri + 1]) : 3;
const others = args.filter((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1));
const repoDir = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const dirs = [...(others.length > 0 ? others : ['/tmp/engine-before']), repoDir];
const tsxApi = import.meta.resolve('tsx/esm/api');
// --min: bench/float-min.ts (best of many batches: steadier on a loaded machine) instead of floatWorker.ts (medians, as pnpm bench)
const useMin = args.includes('--min');
const file = new URL(useMin ? './float-min.ts' : './floatWorker.ts', import.meta.url).href;
function run(dir: string): Promise<FloatSide> {
  const code = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { dir } });
    worker.once('message', (m: FloatSide) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}
const results = dirs.map(() => [] as FloatSide[]);
const load: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (let d = 0; d < dirs.length; d++) results[d]?.push(await run(dirs[d] as string));
  load.push(loadavg()[0] ?? NaN);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const keys = Object.keys(results[0]?.[0] ?? {});
const table = keys.map((k) => {
  const m = results.map((rs) => med(rs.map((x) => x[k] ?? NaN)));
  return { figure: k, ...Object.fromEntries(dirs.map((d, i) => [d.split('/').pop(), +(m[i] ?? NaN).toPrecision(4)])), ratio: +((m[m.length - 1] ?? NaN) / (m[0] ?? NaN)).toFixed(2) };
});
console.table(table);
console.log('load (1-min) per round', load.map((x) => x.toFixed(2)).join(' '));
