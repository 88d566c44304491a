// What a finished job stores for GET /api/v1/jobs/:id/result: the same content type, file name and
// bytes (or JSON body) the synchronous route would have sent.
import { exportFileName } from '../exports/content';
import type { ExportedFile } from '../jobs/exportJob';
import type { Job } from '../jobs/tasks';

export const FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8; header=present',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
} as const;

export interface StoredResult {
  contentType?: string;
  fileName?: string;
  bytes?: Uint8Array;
  body?: unknown;
}

export function presentResult(job: Job, value: unknown): StoredResult {
  switch (job.kind) {
    case 'export': {
      const file = value as ExportedFile;
      return { contentType: FILE_TYPES[job.format], fileName: exportFileName(file.names, job.generatedAt, job.format, file.suffix), bytes: file.bytes };
    }
    case 'exchange':
      return { contentType: FILE_TYPES.json, fileName: `tokenplan-scenarios-${job.exportedAt.toISOString().slice(0, 10)}.json`, bytes: value as Uint8Array };
    default: // an analysis: the response body
      return { body: value };
  }
}
