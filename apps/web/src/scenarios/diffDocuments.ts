// Field-by-field differences between two scenario documents, for the conflict and revision views.
import { pathText, type PathKey } from '../editor/documentPath';
import { formatForInput } from '../editor/parseNumber';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Changed leaves from `a` to `b` (arrays compared by index; added/removed items are one change). */
export function diffDocuments(a: unknown, b: unknown, path: PathKey[] = []): FieldChange[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) out.push({ path: pathText([...path, i]), before: a[i], after: b[i] });
      else out.push(...diffDocuments(a[i], b[i], [...path, i]));
    }
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => diffDocuments(a[key], b[key], [...path, key]));
  }
  return stableJson(a) === stableJson(b) ? [] : [{ path: pathText(path), before: a, after: b }];
}

/** Equal as JSON, whatever the key order (the database may reorder keys). */
export function sameDocument(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A value as one short line of text. */
export function showValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return /^-?\d{4,}(\.\d+)?$/.test(value) ? formatForInput(value) : value;
  if (isObject(value) && typeof value['name'] === 'string') return `${value['name']} (${Object.keys(value).length} fields)`;
  return JSON.stringify(value);
}
