// `pnpm fuzz` — the API fuzzer (docs/api.md, "Fuzzing"). Options (argv or environment):
//   --count N      requests per database (FUZZ_COUNT, default 10000)
//   --seed N       (FUZZ_SEED, default 20261202; printed, so a run can be repeated)
//   --db KIND      pglite | postgres | both (FUZZ_DB; default both when PostgreSQL answers)
//   --minutes M    time bound for the whole run (FUZZ_MINUTES, default 8)
//   --only I,J     replay only these request indices of the run (same seed), e.g. from a report
//   --out FILE     JSON report (FUZZ_OUT, default fuzz-report.tmp.json in the working directory: git-ignored)
// Exit code 1 when any request got a 5xx, threw or hung.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { runFuzz } from './fuzz';
import { distinctFailures, failures, type DatabaseReport } from './report';
import type { FuzzRequest } from './requests';

// eslint-disable-next-line no-restricted-properties -- a developer tool, not the server: its options come from argv or env
const env = process.env;
const { values } = parseArgs({
  options: { count: { type: 'string' }, seed: { type: 'string' }, db: { type: 'string' }, minutes: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } },
});
const count = Number(values.count ?? env.FUZZ_COUNT ?? 10_000);
const seed = Number(values.seed ?? env.FUZZ_SEED ?? 20261202) >>> 0;
const wanted = values.db ?? env.FUZZ_DB ?? 'both';
const minutes = Number(values.minutes ?? env.FUZZ_MINUTES ?? 8);
const only = values.only?.split(',').map(Number);
const out = resolve(values.out ?? env.FUZZ_OUT ?? 'fuzz-report.tmp.json');
if (!Number.isInteger(count) || count < 1 || !Number.isFinite(minutes) || minutes <= 0 || !['pglite', 'postgres', 'both'].includes(wanted) || only?.some((i) => !Number.isInteger(i) || i < 0)) {
  console.error('usage: pnpm fuzz [--count N] [--seed N] [--db pglite|postgres|both] [--minutes M] [--only I,J] [--out file.json]');
  process.exit(2);
}

const started = Date.now();
const deadline = started + minutes * 60_000;
const reports: DatabaseReport[] = [];
let current: { database: string; index: number; req: FuzzRequest } | undefined;

function write(extra: Record<string, unknown> = {}): void {
  writeFileSync(out, JSON.stringify({ seed, count, minutes, startedAt: new Date(started).toISOString(), reports, ...extra }, null, 2));
}

// A crash of the process is a finding too: the request in flight goes into the report.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (err: unknown) => {
    write({ crash: { event, error: err instanceof Error ? err.stack : String(err), request: current } });
    console.error(`CRASH (${event}) during request ${current?.index} on ${current?.database}: ${current?.req.method} ${current?.req.url}; see ${out}`);
    process.exit(1);
  });
}

const targets = (await testDatabaseTargets()).filter((t) => wanted === 'both' || t.kind === wanted);
if (wanted === 'postgres' && targets.length === 0) {
  console.error('PostgreSQL does not answer at DATABASE_URL or 127.0.0.1:5432/test.');
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, ${count} requests per database on ${targets.map((t) => t.kind).join(' + ')}, at most ${minutes} min; report ${out}`);

for (const [i, target] of targets.entries()) {
  // Each database gets an equal share of the time that is left.
  const share = started + ((deadline - started) * (i + 1)) / targets.length;
  const db = await target.open();
  try {
    const report = await runFuzz({
      database: target.kind,
      db,
      count,
      seed,
      deadline: share,
      ...(only ? { only } : {}),
      onRequest: (index, req) => (current = { database: target.kind, index, req }),
      onProgress: (sent) => console.log(`  ${target.kind}: ${sent} sent, ${Math.round((Date.now() - started) / 1000)} s`),
    });
    reports.push(report);
    write();
    const bad = failures(report);
    console.log(`${target.kind}: ${report.sent + report.socketSent} requests (${report.socketSent} over a socket) in ${(report.ms / 1000).toFixed(1)} s, ${bad.length} failing, ${report.findings.length - bad.length} slow${report.stoppedByTimeLimit ? ' — STOPPED BY THE TIME LIMIT' : ''}`);
    for (const line of distinctFailures(report).slice(0, 40)) console.log(`  ${line}`);
  } finally {
    await db.close();
  }
}

write();
const failed = reports.some((r) => failures(r).length > 0);
const short = reports.some((r) => r.stoppedByTimeLimit);
console.log(failed ? `FAIL: see ${out}` : short ? `no 5xx, but the time limit stopped the run early (${out})` : `OK: no 5xx (${out})`);
process.exit(failed ? 1 : 0);
