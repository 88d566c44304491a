// Exchange-file export job (run in a pool worker): up to 500 scenario documents checked against the
// response schema and serialised to JSON bytes, so neither step holds the event loop.
import { z } from 'zod';
import type { ScenarioRecord } from '../repositories/scenarios';
import { exportFile, exportFileSchema } from '../scenarios/exchange';

export interface ExchangeJob {
  kind: 'exchange';
  records: ScenarioRecord[];
  exportedAt: Date;
}

/** The exchange file as UTF-8 JSON, exactly as the route's response serializer would write it. */
export function buildExchange(job: ExchangeJob): Uint8Array {
  const file = z.encode(exportFileSchema, exportFile(job.records, job.exportedAt));
  return Buffer.from(JSON.stringify(file), 'utf8');
}
