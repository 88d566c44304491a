// The mixed load of the scale proof, through the proxy: each client (an editor with an API token)
// reads its scenarios and the list, and replaces its own scenario with If-Match, remembering every
// version the server acknowledged (checked against the database afterwards: no write may be lost);
// job submitters queue Monte Carlo runs and PDF exports (Prefer: respond-async) and poll them.
import { apiOnly } from '../test/helpers';

export interface Sample {
  op: string;
  status: number;
  ms: number;
  /** When it was sent (epoch ms): the warm-up's samples are left out of the figures. */
  at: number;
}

export interface AckedWrite {
  scenarioId: string;
  version: number;
  message: string;
}

export interface Client {
  name: string;
  bearer: string;
  scenarioId: string;
  etag: string;
}

export interface LoadResult {
  samples: Sample[];
  acked: AckedWrite[];
  jobs: string[];
}

async function call(base: string, client: Client, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const at = Date.now();
  const started = performance.now();
  try {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${client.bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, at, text, etag: res.headers.get('etag') };
  } catch {
    return { status: 0, ms: performance.now() - started, at, text: '', etag: null };
  }
}

/** Keeps one answer's figures, stamped with when it was sent (the warm-up's are left out later). */
function record(out: LoadResult, op: string, res: { status: number; ms: number; at: number }): void {
  out.samples.push({ op, status: res.status, ms: res.ms, at: res.at });
}

/**
 * One client's read/write loop until `until` (epoch ms): a request every `everyMs` on a fixed schedule
 * (paced, like autocannon's --overallRate: an answer later than that delays the next request, never
 * causes a burst to catch up); 0 sends each request as soon as the last one is answered.
 */
export async function clientLoop(base: string, client: Client, until: number, out: LoadResult, everyMs = 0): Promise<void> {
  let n = 0;
  let next = Date.now() + Math.random() * everyMs; // editors out of step with each other
  while (Date.now() < until) {
    if (everyMs > 0) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      next = Math.max(next + everyMs, Date.now());
    }
    n += 1;
    const roll = n % 4;
    if (roll === 0) {
      const message = `${client.name} write ${n}`;
      const document = { ...apiOnly, name: `${client.name} v${n}` };
      const res = await call(base, client, 'PUT', `/api/v1/scenarios/${client.scenarioId}`, { document, message }, { 'if-match': client.etag });
      record(out, 'write', res);
      if (res.status === 200 && res.etag) {
        client.etag = res.etag;
        out.acked.push({ scenarioId: client.scenarioId, version: (JSON.parse(res.text) as { version: number }).version, message });
      } else if (res.status === 412 || res.status === 0 || res.status === 502) {
        // Unknown outcome or stale tag: read the current tag, as the web app does after a 412.
        const fresh = await call(base, client, 'GET', `/api/v1/scenarios/${client.scenarioId}`);
        if (fresh.etag) client.etag = fresh.etag;
      }
    } else if (roll === 1) {
      const res = await call(base, client, 'GET', '/api/v1/scenarios?limit=20');
      record(out, 'list', res);
    } else {
      const res = await call(base, client, 'GET', `/api/v1/scenarios/${client.scenarioId}`);
      record(out, 'read', res);
    }
  }
}

/** Queues a job (alternating Monte Carlo and PDF), polls it to its end, and again, until `until`. */
export async function jobLoop(base: string, client: Client, until: number, out: LoadResult, paths: number): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    n += 1;
    const [path, body]: [string, unknown] = n % 2 === 1 ? ['/api/v1/analysis/montecarlo', { scenario: apiOnly, paths, seed: n }] : ['/api/v1/exports/pdf', { scenario: apiOnly }];
    const res = await call(base, client, 'POST', path, body, { prefer: 'respond-async' });
    record(out, 'job-submit', res);
    if (res.status !== 202) {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    const id = (JSON.parse(res.text) as { job: { id: string } }).job.id;
    out.jobs.push(id);
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      const poll = await call(base, client, 'GET', `/api/v1/jobs/${id}`);
      record(out, 'job-poll', poll);
      const status = poll.status === 200 ? (JSON.parse(poll.text) as { job: { status: string } }).job.status : '';
      if (['completed', 'failed', 'cancelled'].includes(status)) {
        if (status === 'completed') {
          const result = await call(base, client, 'GET', `/api/v1/jobs/${id}/result`);
          record(out, 'job-result', result);
        }
        break;
      }
      if (Date.now() > until + 120_000) break;
    }
  }
}

/** GET /healthz on one replica every `everyMs` until `until` or it is killed; latencies in ms. */
export async function probeHealth(port: number, until: number, stopped: () => boolean, everyMs = 100): Promise<number[]> {
  const latencies: number[] = [];
  while (Date.now() < until && !stopped()) {
    const started = performance.now();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      await res.text();
      if (!stopped()) latencies.push(performance.now() - started);
    } catch {
      // killed meanwhile
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return latencies;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
