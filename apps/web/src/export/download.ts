// Downloading an export: fetch the file (GET for a stored scenario, POST for unsaved edits),
// report progress while the bytes arrive, then hand the blob to the browser under the name the
// server chose (Content-Disposition). PDF and XLSX ask for an asynchronous answer: a server with a
// job queue (PostgreSQL, several replicas) answers 202 with a job, polled here (its progress shown)
// until its result can be fetched; a single-process server ignores the request and sends the file.
import type { Driver, Triangular } from '@tokenplan/model';
import { ApiError, redirectToLogin, toApiError } from '../api/client';

export type ExportFormat = 'xlsx' | 'csv' | 'pdf';

export interface ExportRequest {
  format: ExportFormat;
  /** A stored scenario with no unsaved edits: GET /api/v1/scenarios/:id/export.<format>. */
  scenarioId?: string;
  /** Unsaved documents (one, or 2–6 to compare): POST /api/v1/exports/<format>. */
  documents?: Record<string, unknown>[];
  /** Stored ids to compare (POST). */
  ids?: string[];
  table?: 'ledger' | 'allocation' | 'fiscal-years' | 'assumptions';
  paper?: 'a4' | 'letter';
  /** PDF: add the Monte Carlo page for the run made in the Sensitivity tab. */
  monteCarlo?: MonteCarloRun | null;
}

/** A Monte Carlo run as the PDF export repeats it: same paths, seed and distributions, same result. */
export interface MonteCarloRun {
  paths: number;
  seed: number;
  distributions?: Partial<Record<Driver, Triangular>>;
}

export interface Progress {
  received: number;
  /** From Content-Length, when the server sent it. */
  total: number | null;
  /** While a queued job runs on the server (202): its status and progress (0–1). */
  job?: { status: string; progress: number };
}

const POLL_MS = 700;

interface JobBody {
  job: { id: string; status: string; progress: number; resultUrl: string | null; error: { message: string } | null };
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection and retry.');
  }
  if (response.status === 401) redirectToLogin();
  if (!response.ok) throw await toApiError(response, `The export failed (${response.status}).`);
  return response;
}

/** Polls a queued job (202) until it completes, then fetches its result; cancels it when `signal` aborts. */
async function awaitJob(accepted: Response, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<Response> {
  let { job } = (await accepted.json()) as JobBody;
  const cancel = () => void fetch(`/api/v1/jobs/${job.id}`, { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    while (job.status === 'queued' || job.status === 'running') {
      onProgress?.({ received: 0, total: null, job: { status: job.status, progress: job.progress } });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
      ({ job } = (await (await send(`/api/v1/jobs/${job.id}`, signal ? { signal } : {})).json()) as JobBody);
    }
    if (job.status !== 'completed' || !job.resultUrl) throw new ApiError(503, 'job_failed', job.error?.message ?? `The export was ${job.status}.`);
    return await send(job.resultUrl, signal ? { signal } : {});
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** `attachment; filename="x.xlsx"; filename*=UTF-8''x.xlsx` → "x.xlsx". */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

export function exportUrl(request: ExportRequest): { method: 'GET' | 'POST'; url: string; body?: unknown } {
  const { format, table, paper } = request;
  const monteCarlo = format === 'pdf' ? request.monteCarlo : null;
  // A Monte Carlo run carries its distributions: those go in a POST body, so a stored scenario is posted by id.
  if (request.scenarioId && !request.documents && !request.ids && !monteCarlo) {
    const query = new URLSearchParams();
    if (format === 'csv' && table) query.set('table', table);
    if (format === 'pdf' && paper) query.set('paper', paper);
    const qs = query.toString();
    return { method: 'GET', url: `/api/v1/scenarios/${encodeURIComponent(request.scenarioId)}/export.${format}${qs ? `?${qs}` : ''}` };
  }
  const ids = request.ids ?? (request.scenarioId && !request.documents ? [request.scenarioId] : []);
  const scenarios = [...ids.map((id) => ({ id })), ...(request.documents ?? []).map((document) => ({ document }))];
  const body: Record<string, unknown> = { scenarios };
  if (format === 'csv' && table) body['table'] = table;
  if (format === 'pdf' && paper) body['paper'] = paper;
  if (monteCarlo) body['monteCarlo'] = monteCarlo;
  return { method: 'POST', url: `/api/v1/exports/${format}`, body };
}

/** Fetches the export and saves it; resolves with the file name. Throws ApiError on a 4xx/5xx. */
export async function downloadExport(request: ExportRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<string> {
  const { method, url, body } = exportUrl(request);
  // The heavy ones (PDF, workbook) may be queued on a multi-replica server; CSV is small enough to wait for.
  const prefer: Record<string, string> = request.format === 'csv' ? {} : { prefer: 'respond-async' };
  let response = await send(url, {
    method,
    headers: body === undefined ? prefer : { ...prefer, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  if (response.status === 202) response = await awaitJob(response, onProgress, signal);
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.({ received, total });
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    chunks.push(buffer);
    onProgress?.({ received: buffer.byteLength, total });
  }
  const name = fileNameFrom(response.headers.get('content-disposition'), `tokenplan-export.${request.format}`);
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  saveBlob(blob, name);
  return name;
}

/** Hands a blob to the browser's download manager under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
