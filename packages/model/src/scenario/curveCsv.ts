/**
 * Interactivity curves from a CSV of `hardware, model, interactivity, throughput` rows (spec §9,
 * the shape InferenceX publishes): a header row (names case-insensitive, extra columns ignored,
 * quoted fields allowed). Pure: the editor's "Import curve CSV" wires it. Rows are numbered as
 * lines of the file (the header is row 1). Any bad row fails the whole file with row-level
 * messages, so an import changes nothing on error; duplicate and non-monotonic points are notes.
 */
import Papa from 'papaparse';
import { Decimal } from '../decimal';
import { MODEL_ID_PATTERN } from './fields';
import { LIMITS } from './limits';

export const CURVE_CSV_COLUMNS = ['hardware', 'model', 'interactivity', 'throughput'] as const;

export interface CurvePoint {
  readonly interactivity: string;
  readonly tokensPerSecondPerGpu: string;
}

/** One model's curve on one hardware, sorted by interactivity. */
export interface ImportedCurve {
  readonly model: string;
  readonly points: readonly CurvePoint[];
}

export interface CurveCsvHardware {
  readonly hardware: string;
  readonly curves: readonly ImportedCurve[];
}

export type CurveCsvResult =
  | { readonly ok: true; readonly hardware: readonly CurveCsvHardware[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

interface Row {
  readonly line: number;
  readonly hardware: string;
  readonly model: string;
  readonly x: Decimal;
  readonly y: Decimal;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** At most this many row errors are listed (a wrong file would otherwise list thousands). */
const MAX_ERRORS = 20;

/** Parse the file; with `hardware`, keep only that hardware's rows (matched case-insensitively). */
export function parseCurveCsv(text: string, options: { hardware?: string } = {}): CurveCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = CURVE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (header.every((h) => h === '')) return { ok: false, errors: ['the file is empty: expected a header row hardware, model, interactivity, throughput'] };
  if (missing.length > 0) return { ok: false, errors: missing.map((c) => `row 1: missing column ${c} (the header needs hardware, model, interactivity, throughput)`) };
  const column = Object.fromEntries(CURVE_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof CURVE_CSV_COLUMNS)[number], number>;

  const errors: string[] = [];
  const rows: Row[] = [];
  lines.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return; // blank line
    const row = readRow(cells, line, column, errors);
    if (row) rows.push(row);
  });
  if (errors.length > 0) return { ok: false, errors: cap(errors) };
  if (rows.length === 0) return { ok: false, errors: ['no data rows below the header'] };

  const wanted = options.hardware?.trim().toLowerCase();
  const kept = wanted === undefined ? rows : rows.filter((r) => r.hardware.toLowerCase() === wanted);
  if (kept.length === 0) {
    const found = [...new Set(rows.map((r) => r.hardware))].join(', ');
    return { ok: false, errors: [`no rows for hardware ${options.hardware ?? ''} (the file has: ${found})`] };
  }
  return buildCurves(kept);
}

function readRow(cells: readonly string[], line: number, column: Record<(typeof CURVE_CSV_COLUMNS)[number], number>, errors: string[]): Row | null {
  const before = errors.length;
  const cell = (name: (typeof CURVE_CSV_COLUMNS)[number]): string | null => {
    const value = cells[column[name]]?.trim();
    if (value === undefined || value === '') {
      errors.push(`row ${line}: missing column ${name}`);
      return null;
    }
    return value;
  };
  const number = (name: 'interactivity' | 'throughput', max: string): Decimal | null => {
    const value = cell(name);
    if (value === null) return null;
    if (!NUMBER.test(value)) {
      errors.push(`row ${line}: ${name} is not a number ("${value.slice(0, 40)}")`);
      return null;
    }
    const d = new Decimal(value);
    // Throughput has the schema's floor (0.001 tokens/s); interactivity only needs to be positive.
    const low = name === 'throughput' ? d.lt(LIMITS.throughputPerGpu.min) : !d.gt(0);
    if (low || d.gt(max)) errors.push(`row ${line}: ${name} must be ${name === 'throughput' ? `at least ${LIMITS.throughputPerGpu.min}` : 'greater than 0'} and at most ${max}`);
    return d;
  };
  const hardware = cell('hardware');
  const model = cell('model');
  if (model !== null && !MODEL_ID_PATTERN.test(model)) errors.push(`row ${line}: model "${model.slice(0, 40)}" is not a model id (letters, digits, . _ -)`);
  const x = number('interactivity', LIMITS.interactivity.max);
  const y = number('throughput', LIMITS.throughputPerGpu.max);
  if (errors.length > before || hardware === null || model === null || x === null || y === null) return null;
  return { line, hardware, model, x, y };
}

function cap(errors: readonly string[]): string[] {
  return errors.length <= MAX_ERRORS ? [...errors] : [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more rows with errors`];
}

/** Group by hardware then model, sort by interactivity, drop repeated interactivities (first row kept). */
function buildCurves(rows: readonly Row[]): CurveCsvResult {
  const notes: string[] = [];
  const errors: string[] = [];
  const byHardware = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    const key = row.hardware;
    const models = byHardware.get(key) ?? new Map<string, Row[]>();
    byHardware.set(key, models);
    models.set(row.model, [...(models.get(row.model) ?? []), row]);
  }
  const hardware = [...byHardware].map(([name, models]) => ({
    hardware: name,
    curves: [...models].map(([model, list]) => ({ model, points: curvePoints(name, model, list, notes, errors) })),
  }));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, hardware, notes };
}

function curvePoints(hardware: string, model: string, rows: readonly Row[], notes: string[], errors: string[]): CurvePoint[] {
  const where = `${model} on ${hardware}`;
  const sorted = [...rows].sort((a, b) => a.x.comparedTo(b.x) || a.line - b.line);
  const kept: Row[] = [];
  for (const row of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && previous.x.eq(row.x)) {
      notes.push(`${where}: interactivity ${row.x.toFixed()} appears twice (rows ${previous.line} and ${row.line}); row ${previous.line} kept`);
      continue;
    }
    if (previous !== undefined && row.y.gt(previous.y)) {
      notes.push(`${where}: throughput rises from ${previous.y.toFixed()} to ${row.y.toFixed()} between interactivity ${previous.x.toFixed()} and ${row.x.toFixed()} (rows ${previous.line} and ${row.line}); a curve must not rise — fix the point before saving`);
    }
    kept.push(row);
  }
  if (kept.length < 2) errors.push(`${where}: only one point (row ${kept[0]?.line ?? '?'}); a curve needs at least 2`);
  if (kept.length > LIMITS.curvePoints.max) errors.push(`${where}: ${kept.length} points; a curve takes at most ${LIMITS.curvePoints.max}`);
  return kept.map((r) => ({ interactivity: r.x.toFixed(), tokensPerSecondPerGpu: r.y.toFixed() }));
}
