// Actuals file job (run in a pool worker): parse a FOCUS, LiteLLM or OpenCost file of up to 10 MB
// (seconds of papaparse and row mapping), total it, and for a preview lay out its body. The route
// keeps the database work (stored-row counts, the import transaction) on the main thread.
// The parsed rows come back v8-serialised in chunks, transferred rather than copied, so the event
// loop takes them in slices (receiveRows) instead of one structured clone of tens of thousands of rows.
// A preview sends back its rows' keys instead (hashed here, not on the event loop: ~100 ms for 40,000).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import { parseActuals, totalsOf, type ActualsFormat, type ActualsIssue, type MappingRule, type ParsedActualRow } from '@tokenplan/model';
import { rowKeyOf } from '../repositories/actualsRowKey';
import { presentPreview } from '../routes/actuals/present';

export interface ActualsJob {
  kind: 'actuals';
  format: ActualsFormat;
  content: string;
  /** A dry run: the preview with these mapping rules. Else an import: the rows and totals, or the errors. */
  preview?: { rules: MappingRule[] } | undefined;
}

export type PreviewBody = ReturnType<typeof presentPreview>;

/**
 * A preview (its stored-row counts 0 until the route has asked the database) with its rows' distinct
 * keys; an import's rows and totals; or the problems that refuse an import. Rows and keys are
 * serialised in chunks of ROW_CHUNK.
 */
export type ActualsJobResult =
  | { outcome: 'preview'; preview: PreviewBody; keyChunks: Uint8Array[] }
  | { outcome: 'rows'; rowChunks: Uint8Array[]; totals: { cost: string; tokens: string } }
  | { outcome: 'invalid'; errors: ActualsIssue[] };

/** Rows per serialised chunk: a few milliseconds of the event loop to take back. */
export const ROW_CHUNK = 1000;

function serialized(items: readonly unknown[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < items.length; i += ROW_CHUNK) chunks.push(serialize(items.slice(i, i + ROW_CHUNK)));
  return chunks;
}

/** Runs in the worker: parse, then the preview body, or the totals (nothing but errors for a refused import). */
export function runActuals(job: ActualsJob): ActualsJobResult {
  const parsed = parseActuals(job.format, job.content);
  if (job.preview) {
    const preview = presentPreview(parsed, job.preview.rules, { newRows: 0, duplicateRows: 0 });
    return { outcome: 'preview', preview, keyChunks: serialized([...new Set(parsed.rows.map(rowKeyOf))]) };
  }
  if (parsed.errors.length > 0) return { outcome: 'invalid', errors: parsed.errors };
  return { outcome: 'rows', rowChunks: serialized(parsed.rows), totals: totalsOf(parsed.rows) };
}

/** On the main thread: the rows back, one chunk per turn of the event loop, so other requests run in between. */
export async function receiveRows(chunks: readonly Uint8Array[]): Promise<ParsedActualRow[]> {
  const rows: ParsedActualRow[] = [];
  for (const chunk of chunks) {
    for (const row of deserialize(chunk) as ParsedActualRow[]) rows.push(row);
    await nextTurn();
  }
  return rows;
}

/** On the main thread: the keys back, one chunk at a time as the caller asks for them. */
export function* receiveKeys(chunks: readonly Uint8Array[]): Generator<string[]> {
  for (const chunk of chunks) yield deserialize(chunk) as string[];
}
