// downloadExport against a server with a job queue: the PDF is asked with `Prefer: respond-async`,
// the 202 job is polled (its progress reported) and the result fetched and saved under its name.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadExport, type Progress } from './download';

const job = (status: string, progress: number) => ({
  job: { id: 'j1', status, progress, resultUrl: status === 'completed' ? '/api/v1/jobs/j1/result' : null, error: null },
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('downloadExport with a queued job', () => {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('polls the job to completion, reporting its progress, then saves the result', async () => {
    const answers = [
      json(202, job('queued', 0)),
      json(200, job('running', 0.05)),
      json(200, job('completed', 1)),
      new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="board.pdf"` } }),
    ];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => (calls.push({ url, init }), answers.shift() ?? json(500, {}))));
    const seen: Progress[] = [];
    const done = downloadExport({ format: 'pdf', scenarioId: 's1' }, (p) => seen.push(p));
    await vi.runAllTimersAsync();
    expect(await done).toBe('board.pdf');
    expect(new Headers(calls[0]?.init?.headers).get('prefer')).toBe('respond-async');
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/scenarios/s1/export.pdf', '/api/v1/jobs/j1', '/api/v1/jobs/j1', '/api/v1/jobs/j1/result']);
    expect(seen.filter((p) => p.job).map((p) => p.job)).toEqual([{ status: 'queued', progress: 0 }, { status: 'running', progress: 0.05 }]);
    // The 4 bytes of the result, once the download started.
    expect(seen.at(-1)).toMatchObject({ received: 4 });
  });

  it('reports a failed job as an error', async () => {
    const answers = [json(202, job('queued', 0)), json(200, { job: { ...job('failed', 0.05).job, error: { message: 'The job did not finish within 120 s.' } } })];
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift() ?? json(500, {})));
    const done = downloadExport({ format: 'xlsx', scenarioId: 's1' });
    const caught = done.catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await caught).toMatchObject({ message: 'The job did not finish within 120 s.' });
  });
});
