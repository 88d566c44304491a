// Field readers shared by the three parsers: exact decimals, months from timestamps, CSV tables.
import Papa from 'papaparse';
import { Decimal } from '../decimal';
import type { ActualsIssue } from './types';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Listing more than this many row errors helps nobody (a wrong file would list thousands). */
export const MAX_ISSUES = 50;

/** Collects row issues (capped) for one file. */
export class Issues {
  readonly list: ActualsIssue[] = [];
  private dropped = 0;
  add(row: number, field: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ row, field, message });
    else this.dropped += 1;
  }
  get count(): number {
    return this.list.length + this.dropped;
  }
  done(): ActualsIssue[] {
    if (this.dropped > 0) this.list.push({ row: 0, field: '', message: `${this.dropped} more row error(s) not listed` });
    return this.list;
  }
}

/**
 * An exact decimal string from a cell or JSON value: numbers are read through their shortest
 * round-trip text (what the file said, for any number a tool writes with ≤ 17 digits).
 * Returns null when missing/blank (the caller decides whether that is allowed); throws a message otherwise.
 */
export function decimalOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('is not a finite number');
    return stored(new Decimal(String(value)));
  }
  if (typeof value !== 'string') throw new Error('is not a number');
  const text = value.trim();
  if (text === '') return null;
  if (!NUMBER.test(text) || text.length > 100) throw new Error(`"${text.slice(0, 40)}" is not a number`);
  return stored(new Decimal(text));
}

/** Largest magnitude a stored amount may have (NUMERIC(38, 20) keeps 18 integer digits). */
const MAX_MAGNITUDE = new Decimal('1e17');
/** Decimal places stored for money (NUMERIC(38, 20)) and for tokens (NUMERIC(38, 6)). */
export const COST_PLACES = 20;
export const TOKEN_PLACES = 6;

/** The value as stored: at most COST_PLACES decimals (half-even), bounded, so a sum of parsed rows is the stored sum. */
function stored(value: Decimal): string {
  if (value.abs().gte(MAX_MAGNITUDE)) throw new Error('is out of range (at most 1e17 in absolute value)');
  return value.toDecimalPlaces(COST_PLACES).toFixed();
}

/** Largest magnitude of a file's total cost (the import's NUMERIC(38, 20) total keeps 18 integer digits). */
export const MAX_TOTAL_COST = new Decimal('1e18');

/** Tokens of a row computed from a quantity and its unit, bounded as any amount read from a file. */
export function rowTokens(value: Decimal): string {
  if (value.abs().gte(MAX_MAGNITUDE)) throw new Error('is out of range (at most 1e17 tokens once ConsumedUnit is applied)');
  return tokensText(value);
}

/** Tokens as stored: at most TOKEN_PLACES decimals. */
export function tokensText(value: Decimal | string): string {
  return new Decimal(value).toDecimalPlaces(TOKEN_PLACES).toFixed();
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * "YYYY-MM" of a timestamp. A timestamp with a UTC offset ("…Z", "…+02:00") is taken in UTC
 * (FOCUS periods are UTC); a date or a timestamp without offset is taken as written.
 */
export function monthOf(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error('is missing');
  const text = value.trim();
  const match = DATE.exec(text);
  if (!match) throw new Error(`"${text.slice(0, 40)}" is not a date (expected YYYY-MM-DD…)`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`"${text.slice(0, 40)}" has no month ${match[2]}`);
  if (text.length > 10 && OFFSET.test(text)) {
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`"${text.slice(0, 40)}" is not a valid timestamp`);
    // 9999-12-31T23:00-05:00 is year 10000 in UTC: no YYYY-MM month.
    if (at.getUTCFullYear() > 9999) throw new Error(`"${text.slice(0, 40)}" is after year 9999 in UTC`);
    return `${String(at.getUTCFullYear()).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  return `${match[1]}-${match[2]}`;
}

/** Text of an optional string-ish value ("" and non-strings other than numbers are absent). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = storableText(value).trim();
  return text === '' ? undefined : text;
}

// NUL and unpaired surrogates cannot be stored in PostgreSQL text or JSONB: each becomes U+FFFD.
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be found
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text a dimension can be stored as (at most 1,000 characters). */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD').slice(0, 1000);
}

export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Data records with their row number (header = row 1). Blank lines skipped. */
  records: { row: number; cells: string[] }[];
}

/** A CSV file as a header and numbered records (papaparse: quoted fields, CRLF, BOM). */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((h) => h.trim());
  const records: CsvTable['records'] = [];
  lines.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    records.push({ row: i + 2, cells });
  });
  return { header, records };
}

/** Column finder: header names compared without case, spaces, dots, dashes or underscores. */
export function columnIndex(header: readonly string[]): (...names: string[]) => number {
  const norm = (s: string) => s.toLowerCase().replace(/[\s._-]/g, '');
  const normalized = header.map(norm);
  return (...names) => {
    for (const name of names) {
      const at = normalized.indexOf(norm(name));
      if (at >= 0) return at;
    }
    return -1;
  };
}

/** Levels of arrays and objects a JSON file or cell may nest (a spend log or allocation export needs ~5). */
export const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests arrays/objects deeper than `max` (brackets inside strings skipped); one linear scan. */
export function jsonDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * JSON.parse behind a nesting limit. 10 MB of "[[[…" parses into millions of nested arrays: the
 * parse job ran out of memory (503 after ~10 s) instead of naming the file's problem.
 */
export function parseJson(text: string): unknown {
  if (jsonDeeperThan(text, MAX_JSON_DEPTH)) throw new Error(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  return JSON.parse(text);
}

/** A JSON object of string values from a cell ('{"team":"x"}'); throws a message when malformed. */
export function tagsOf(value: unknown): Record<string, string> | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      parsed = parseJson(value);
    } catch {
      throw new Error('is not a JSON object of tags');
    }
  }
  if (parsed === null || parsed === undefined) return undefined;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('is not a JSON object of tags');
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    const text = textOf(v) ?? (typeof v === 'boolean' ? String(v) : undefined);
    if (text !== undefined) tags[storableText(k)] = text;
  }
  return tags;
}

/** Sum of decimal strings, exact. */
export function sumOf(values: Iterable<string>): string {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total.toFixed();
}
