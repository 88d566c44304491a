// What a fuzz run found: counts per route and status, and every request worth a look (5xx, slow,
// thrown, hung), with enough of the request to replay it.
import type { FuzzRequest } from './requests';

export const SLOW_MS = 5_000;

export interface Finding {
  kind: '5xx' | 'slow' | 'threw' | 'hung';
  index: number;
  database: string;
  category: string;
  route: string;
  caller: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  bodyLength: number;
  bodyExcerpt: string;
  status?: number;
  ms: number;
  response: string;
}

export interface DatabaseReport {
  database: string;
  seed: number;
  requested: number;
  sent: number;
  socketSent: number;
  stoppedByTimeLimit: boolean;
  /** Every route fuzzed (from the app's OpenAPI document and route table). */
  routes: string[];
  ms: number;
  byRoute: Record<string, Record<string, number>>;
  byCategory: Record<string, Record<string, number>>;
  /** Total time spent per route (ms): where the run's time goes. */
  msByRoute: Record<string, number>;
  findings: Finding[];
}

export function newReport(database: string, seed: number, requested: number): DatabaseReport {
  return { database, seed, requested, sent: 0, socketSent: 0, stoppedByTimeLimit: false, routes: [], ms: 0, byRoute: {}, byCategory: {}, msByRoute: {}, findings: [] };
}

function bump(table: Record<string, Record<string, number>>, key: string, status: string): void {
  const row = (table[key] ??= {});
  row[status] = (row[status] ?? 0) + 1;
}

const excerpt = (text: string, n = 400) => (text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);

function bodyExcerpt(payload: FuzzRequest['payload']): string {
  if (payload === undefined) return '';
  if (typeof payload === 'string') return excerpt(payload);
  return `hex:${payload.subarray(0, 200).toString('hex')}`;
}

/** Headers without the caller's secrets (the report may be shared). */
function safeHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = k === 'cookie' || k === 'authorization' ? excerpt(v.replace(/(tp_|=)[A-Za-z0-9_-]{8,}/g, '$1…'), 80) : excerpt(v, 200);
  return out;
}

/** Counts one answered (or failed) request; returns the finding it made, if any. */
export function record(
  report: DatabaseReport,
  index: number,
  req: FuzzRequest,
  outcome: { status?: number; ms: number; response: string; error?: 'threw' | 'hung' },
): Finding | undefined {
  const status = outcome.error ?? String(outcome.status);
  bump(report.byRoute, req.route, status);
  bump(report.byCategory, req.category, status);
  report.msByRoute[req.route] = Math.round((report.msByRoute[req.route] ?? 0) + outcome.ms);
  let kind: Finding['kind'] | undefined;
  if (outcome.error) kind = outcome.error;
  else if ((outcome.status ?? 0) >= 500) kind = '5xx';
  else if (outcome.ms > SLOW_MS) kind = 'slow';
  if (!kind) return undefined;
  const payloadLength = req.payload === undefined ? 0 : typeof req.payload === 'string' ? Buffer.byteLength(req.payload) : req.payload.length;
  const finding: Finding = {
    kind,
    index,
    database: report.database,
    category: req.category,
    route: req.route,
    caller: req.caller,
    method: req.method,
    url: excerpt(req.url, 300),
    headers: safeHeaders(req.headers),
    bodyLength: payloadLength,
    bodyExcerpt: bodyExcerpt(req.payload),
    ...(outcome.status !== undefined ? { status: outcome.status } : {}),
    ms: Math.round(outcome.ms),
    response: excerpt(outcome.response, 600),
  };
  report.findings.push(finding);
  return finding;
}

/** Findings that fail the run: every 5xx, crash and hang (slow answers are reported, not failed). */
export function failures(report: DatabaseReport): Finding[] {
  return report.findings.filter((f) => f.kind !== 'slow');
}

/** The gist of a failure: the server's logged error (Prisma's database message), else the answer. */
export function causeOf(f: Finding): string {
  const log = f.response.split(' || server log: ')[1];
  const text = (log ?? f.response).replace(/\s+/g, ' ');
  const database = /Message: `([^`]*)`/.exec(text)?.[1];
  const type = /^(\w+Error)/.exec(text)?.[1];
  if (database) return `${type ?? 'Error'}: ${database}`;
  return text.slice(0, 160);
}

/** Distinct failures: one line per route, status and cause (for a short summary). */
export function distinctFailures(report: DatabaseReport): string[] {
  const seen = new Map<string, number>();
  for (const f of failures(report)) {
    const key = `${f.kind} ${f.status ?? ''} ${f.route} → ${causeOf(f)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].map(([k, n]) => `${n}× ${k}`);
}
