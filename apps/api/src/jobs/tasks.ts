// What a pool worker runs: one job in, one outcome out. Domain errors (HttpError) travel back as
// data, since a class does not survive the thread boundary; file bytes are transferred, not copied.
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { HttpError, type ErrorDetail } from '../errors';
import type { ActualsJob, ActualsJobResult } from './actualsJob';
import { runAnalysis, type AnalysisTask } from './analysis';
import type { ExchangeJob } from './exchangeJob';
import type { ExportedFile, ExportJob } from './exportJob';

/** `ping`: a no-op, to prove a pool's threads can start (JobPool.selfCheck). */
export type Job = { kind: 'analysis'; task: AnalysisTask } | ExportJob | ExchangeJob | ActualsJob | { kind: 'ping' };

/** What each kind of job gives back. */
export interface JobResults {
  /** The response body. */
  analysis: unknown;
  export: ExportedFile;
  exchange: Uint8Array;
  actuals: ActualsJobResult;
  ping: 'pong';
}

export interface JobFailure {
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[] | undefined;
}

export type JobOutcome<T = unknown> = { ok: true; value: T } | { ok: false; error: JobFailure };

/** `bytes` in an ArrayBuffer of its own: a small Buffer shares Node's pool slab, which must not be transferred. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

/** The outcome, with each of `bytes` moved to the main thread rather than copied. */
function moving<T>(value: T, ...bytes: Uint8Array[]): unknown {
  return move({ [transferableSymbol]: bytes.map((b) => b.buffer), [valueSymbol]: { ok: true, value } } as never);
}

async function run(job: Job): Promise<unknown> {
  switch (job.kind) {
    case 'analysis':
      return { ok: true, value: runAnalysis(job.task) };
    // Loaded on first use: the PDF and XLSX libraries take seconds to load, which an analysis need not wait for.
    case 'export': {
      const { buildExport } = await import('./exportJob');
      const file = await buildExport(job);
      const bytes = ownBytes(file.bytes);
      return moving({ ...file, bytes }, bytes);
    }
    case 'exchange': {
      const { buildExchange } = await import('./exchangeJob');
      const bytes = ownBytes(buildExchange(job));
      return moving(bytes, bytes);
    }
    case 'actuals': {
      const { runActuals } = await import('./actualsJob');
      const result = runActuals(job);
      if (result.outcome === 'invalid') return { ok: true, value: result };
      if (result.outcome === 'preview') {
        const keyChunks = result.keyChunks.map(ownBytes);
        return moving({ ...result, keyChunks }, ...keyChunks);
      }
      const rowChunks = result.rowChunks.map(ownBytes);
      return moving({ ...result, rowChunks }, ...rowChunks);
    }
    case 'ping':
      return { ok: true, value: 'pong' };
  }
}

/** The pool's task handler (re-exported by worker.mjs). */
export async function runJob(job: Job): Promise<unknown> {
  try {
    return await run(job);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const failure: JobFailure = { status: error.statusCode, code: error.code, message: error.message, details: error.details };
    return { ok: false, error: failure } satisfies JobOutcome;
  }
}
