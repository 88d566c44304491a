// Benchmark (not a test): does /healthz stay fast while the server runs heavy jobs?
// Starts the app in a child process (serve.ts: fresh PGlite directory, ephemeral 127.0.0.1 port),
// sends 20 concurrent PDF/XLSX exports and 2 Monte Carlo runs of the largest allowed scenario from
// 11 users (2 requests each), polls /healthz every 20 ms meanwhile, and writes /healthz latency
// p50/p99/max, the answers by status and code, and the server's peak RSS to docs/benchmarks-server.md.
// Bounded: stops after 60 s. Talks to 127.0.0.1 only. Run: pnpm --filter @tokenplan/api bench:load
// (BENCH_CPU_PROF=<dir> writes V8 CPU profiles of the server's threads; BENCH_MC_PATHS sets the paths).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
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
/** A poll not answered within this counts as this long (and as `0 no answer`). */
const HEALTH_TIMEOUT_MS = 10_000;
const REPORT = fileURLToPath(new URL('../../../docs/benchmarks-server.md', import.meta.url));

interface Answer {
  status: number;
  /** `error.code` of an error body. */
  code?: string;
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(port: number, method: string, path: string, token?: string, body?: unknown, timeoutMs = DEADLINE_MS): Promise<Answer> {
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
        // A timer, not the socket's idle timeout: a stalled server may not even accept the connection.
        signal: AbortSignal.timeout(timeoutMs),
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
/** When the load started (performance.now()), for the server's exit time. */
const load = { startedAt: NaN };
let serverExit = '';
child.on('exit', (code, signal) => {
  serverExit = `exited (${signal ?? `code ${code}`}) ${((performance.now() - load.startedAt) / 1000).toFixed(1)} s after the first request`;
});
const killer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS * 3); // last resort: start-up is slow on a busy machine
killer.unref();
const [{ port, tokens, dataDir, readyAtS }] = (await once(child, 'message')) as [{ port: number; tokens: string[]; dataDir: string; readyAtS: number }];
const scenario = largestScenario();
// A server that has been answering: each user's token resolved once (first queries, JIT), /healthz hit.
for (const token of tokens) await request(port, 'GET', '/api/v1/scenarios', token);
for (let i = 0; i < 5; i++) await request(port, 'GET', '/healthz');
const loadBefore = os.loadavg()[0] ?? 0;
console.log(`server on 127.0.0.1:${port} (ready ${readyAtS.toFixed(1)} s after its start); sending ${EXPORTS} exports and ${MONTE_CARLO_RUNS} Monte Carlo runs (${MONTE_CARLO_PATHS} paths)`);

// /healthz every 20 ms, each on its own request, so a stalled server shows as long latencies.
const started = performance.now();
load.startedAt = started;
const health: { sentS: number; answer: Promise<Answer> }[] = [];
const poller = setInterval(() => health.push({ sentS: (performance.now() - started) / 1000, answer: request(port, 'GET', '/healthz', undefined, undefined, HEALTH_TIMEOUT_MS) }), POLL_EVERY_MS);

const heavy: { kind: string; answer: Promise<Answer> }[] = [];
for (let i = 0; i < EXPORTS; i++) {
  const format = i % 2 === 0 ? 'pdf' : 'xlsx';
  heavy.push({ kind: format, answer: request(port, 'POST', `/api/v1/exports/${format}`, tokens[Math.floor(i / 2)], { scenario }) });
}
for (let i = 0; i < MONTE_CARLO_RUNS; i++) {
  heavy.push({ kind: 'montecarlo', answer: request(port, 'POST', '/api/v1/analysis/montecarlo', tokens[EXPORTS / 2], { scenario, paths: MONTE_CARLO_PATHS }) });
}
const settled: (Answer | undefined)[] = heavy.map(() => undefined);
heavy.forEach((h, i) => void h.answer.then((a) => (settled[i] = a)));
const deadline = new Promise<'deadline'>((resolve) => setTimeout(() => resolve('deadline'), DEADLINE_MS).unref());
const finished = await Promise.race([Promise.all(heavy.map((h) => h.answer)), deadline]);
const elapsedS = (performance.now() - started) / 1000;
clearInterval(poller);
// Peak RSS of the server process (threads included), read as the load ends: Linux's VmHWM.
const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
const peakRssMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
const healthAnswers = await Promise.all(health.map((h) => h.answer));
const slowest = healthAnswers
  .map((a, i) => ({ ms: a.ms, sentS: health[i]?.sentS ?? NaN }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5)
  .map((p) => `${p.ms.toFixed(0)} ms at ${p.sentS.toFixed(1)} s`)
  .join(', ');

const exited = once(child, 'exit');
const stopping = serverExit === '';
if (stopping) child.send('stop');
// A server whose event loop is still busy cannot get to 'stop': 10 s, then it is killed.
if (stopping) {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
}
if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
await rm(dataDir, { recursive: true, force: true });
agent.destroy();

const latencies = healthAnswers.map((a) => a.ms).sort((a, b) => a - b);
// The burst itself (22 requests authenticated and parsed at once) against the steady state after it.
const afterFirstSecond = healthAnswers
  .filter((_, i) => (health[i]?.sentS ?? 0) >= 1)
  .map((a) => a.ms)
  .sort((a, b) => a - b);
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
const max = latencies.at(-1) ?? NaN;
function byKind(kind: string): string {
  const mine = settled.filter((_, i) => heavy[i]?.kind === kind);
  const answered = mine.filter((a): a is Answer => a !== undefined);
  const open = mine.length - answered.length;
  return [tally(answered), open > 0 ? `${open} unanswered at the deadline` : ''].filter((x) => x !== '').join(', ');
}
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
| /healthz p50 / p99 / max of the polls sent after the first second | ${fmt(percentile(afterFirstSecond, 50))} / ${fmt(percentile(afterFirstSecond, 99))} / ${fmt(afterFirstSecond.at(-1) ?? NaN)} |
| /healthz polls | ${latencies.length} (${tally(healthAnswers)}) |
| 5 slowest polls (sent at, from the first request) | ${slowest} |
| PDF exports | ${byKind('pdf')} |
| XLSX exports | ${byKind('xlsx')} |
| Monte Carlo runs | ${byKind('montecarlo')} |
| All answers in after | ${finished === 'deadline' ? `— (deadline of ${DEADLINE_MS / 1000} s reached)` : `${elapsedS.toFixed(1)} s`} |
| Server process | ${stopping ? 'up to the end' : serverExit} |
| Server peak RSS (main thread and workers) | ${Number.isNaN(peakRssMb) ? 'unknown (no /proc, or the server was gone)' : `${Math.round(peakRssMb)} MB`} |

503 \`server_busy\` / \`too_many_jobs\` are the pool's bounds at work (the client retries after
Retry-After); 503 \`job_timeout\` is a job stopped at its time limit.
`;
// A hand-written "## History" section of the report (earlier runs, before/after) is kept.
const history = (await readFile(REPORT, 'utf8').catch(() => '')).split(/^(?=## History$)/m)[1];
await writeFile(REPORT, history ? `${report}\n${history}` : report);
console.log(report);
process.exit(0);
