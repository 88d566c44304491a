// Benchmark (not a test): does /healthz stay fast while the server runs heavy jobs?
// Starts the app in a child process (serve.ts: fresh PGlite directory, ephemeral 127.0.0.1 port),
// sends 20 concurrent PDF/XLSX exports and 2 Monte Carlo runs of the largest allowed scenario from
// 11 users (2 requests each), polls /healthz every 20 ms meanwhile, and writes /healthz latency
// p50/p99/max, the answers by status and code, and the server's peak RSS to docs/benchmarks-server.md.
// Bounded: stops after 60 s. Talks to 127.0.0.1 only. Run: pnpm --filter @tokenplan/api bench:load
// (BENCH_CPU_PROF=<dir> writes V8 CPU profiles of the server's threads; BENCH_MC_PATHS sets the paths).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MAX_PATHS } from '@tokenplan/model';
import { largestScenario } from './largestScenario';

const DEADLINE_MS = 60_000;
const POLL_EVERY_MS = 20;
const EXPORTS = 20;
const MONTE_CARLO_RUNS = 2;
const MONTE_CARLO_PATHS = Number(process.env['BENCH_MC_PATHS'] ?? MAX_PATHS);
const TARGET_P99_MS = 100;
const REPORT = fileURLToPath(new URL('../../../docs/benchmarks-server.md', import.meta.url));

interface Answer {
  status: number;
  /** `error.code` of an error body. */
  code?: string;
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(port: number, method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer: Answer = { status: res.statusCode ?? 0, ms: performance.now() - start };
          if (answer.status >= 400) {
            try {
              answer.code = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code?: string } }).error?.code;
            } catch {
              answer.code = 'unparsed';
            }
          }
          resolve(answer);
        });
      },
    );
    req.setTimeout(DEADLINE_MS, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, code: 'no answer', ms: performance.now() - start }));
    req.end(payload);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.code ? `${a.status} ${a.code}` : String(a.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort().map(([k, n]) => `${n} × ${k}`).join(', ');
}

const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [], {
  execArgv: ['--import', 'tsx', ...(process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [])],
  env: { ...process.env, BENCH_USERS: String(EXPORTS / 2 + 1) },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const killer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS * 2);
killer.unref();
const [{ port, tokens, readyAtS }] = (await once(child, 'message')) as [{ port: number; tokens: string[]; readyAtS: number }];
const scenario = largestScenario();
// A server that has been answering: each user's token resolved once (first queries, JIT), /healthz hit.
for (const token of tokens) await request(port, 'GET', '/api/v1/scenarios', token);
for (let i = 0; i < 5; i++) await request(port, 'GET', '/healthz');
const loadBefore = os.loadavg()[0] ?? 0;
console.log(`server on 127.0.0.1:${port} (ready ${readyAtS.toFixed(1)} s after its start); sending ${EXPORTS} exports and ${MONTE_CARLO_RUNS} Monte Carlo runs (${MONTE_CARLO_PATHS} paths)`);

// /healthz every 20 ms, each on its own request, so a stalled server shows as long latencies.
const started = performance.now();
const health: { sentS: number; answer: Promise<Answer> }[] = [];
const poller = setInterval(() => health.push({ sentS: (performance.now() - started) / 1000, answer: request(port, 'GET', '/healthz') }), POLL_EVERY_MS);

const heavy: { kind: string; answer: Promise<Answer> }[] = [];
for (let i = 0; i < EXPORTS; i++) {
  const format = i % 2 === 0 ? 'pdf' : 'xlsx';
  heavy.push({ kind: format, answer: request(port, 'POST', `/api/v1/exports/${format}`, tokens[Math.floor(i / 2)], { scenario }) });
}
for (let i = 0; i < MONTE_CARLO_RUNS; i++) {
  heavy.push({ kind: 'montecarlo', answer: request(port, 'POST', '/api/v1/analysis/montecarlo', tokens[EXPORTS / 2], { scenario, paths: MONTE_CARLO_PATHS }) });
}
const deadline = new Promise<'deadline'>((resolve) => setTimeout(() => resolve('deadline'), DEADLINE_MS).unref());
const finished = await Promise.race([Promise.all(heavy.map((h) => h.answer)), deadline]);
const elapsedS = (performance.now() - started) / 1000;
clearInterval(poller);
const healthAnswers = await Promise.all(health.map((h) => h.answer));
const slowest = healthAnswers
  .map((a, i) => ({ ms: a.ms, sentS: health[i]?.sentS ?? NaN }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5)
  .map((p) => `${p.ms.toFixed(0)} ms at ${p.sentS.toFixed(1)} s`)
  .join(', ');

child.send('stop');
const [{ maxRssKb }] = (await once(child, 'message')) as [{ maxRssKb: number }];
agent.destroy();

const latencies = healthAnswers.map((a) => a.ms).sort((a, b) => a - b);
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
const max = latencies.at(-1) ?? NaN;
const heavyAnswers = finished === 'deadline' ? [] : finished;
const byKind = (kind: string) => tally(heavyAnswers.filter((_, i) => heavy[i]?.kind === kind));
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const report = `# Server benchmark: /healthz under export and analysis load

Generated by \`pnpm --filter @tokenplan/api bench:load\` (apps/api/bench/healthz-under-load.ts) on
${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at start
(the machine is shared, so absolute times vary from run to run).

The app runs in its own process on a fresh PGlite directory (127.0.0.1, ephemeral port), with its
default job pool limits (apps/api/src/jobs/pool.ts: 2 jobs running, 4 waiting, 2 per user, 20 s per
job, 512 MB heap per worker, workers at nice +10), warmed by one authenticated request per user. ${EXPORTS / 2} users each send one PDF and one XLSX export of the largest allowed
scenario (120 months, 20 platforms × 200 models, 20 API options, 200 applications; ${Math.round(JSON.stringify(scenario).length / 1024)} KB of JSON),
an 11th user sends ${MONTE_CARLO_RUNS} Monte Carlo runs of ${MONTE_CARLO_PATHS} paths on it, all at once; /healthz is polled every
${POLL_EVERY_MS} ms (each poll its own request) until every answer is in (or ${DEADLINE_MS / 1000} s).

| Measure | Value |
| --- | --- |
| /healthz p50 | ${fmt(p50)} |
| /healthz p99 (target < ${TARGET_P99_MS} ms) | ${fmt(p99)} ${p99 < TARGET_P99_MS ? '(met)' : '(NOT met)'} |
| /healthz max | ${fmt(max)} |
| /healthz polls | ${latencies.length} (${tally(healthAnswers)}) |
| 5 slowest polls (sent at, from the first request) | ${slowest} |
| PDF exports | ${byKind('pdf') || 'unfinished at the deadline'} |
| XLSX exports | ${byKind('xlsx') || 'unfinished at the deadline'} |
| Monte Carlo runs | ${byKind('montecarlo') || 'unfinished at the deadline'} |
| All answers in after | ${finished === 'deadline' ? `— (deadline of ${DEADLINE_MS / 1000} s reached)` : `${elapsedS.toFixed(1)} s`} |
| Server peak RSS (main thread and workers) | ${Math.round(maxRssKb / 1024)} MB |

503 \`server_busy\` / \`too_many_jobs\` are the pool's bounds at work (the client retries after
Retry-After); 503 \`job_timeout\` is a job stopped at its time limit.
`;
await writeFile(REPORT, report);
console.log(report);
process.exit(0);
