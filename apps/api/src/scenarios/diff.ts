// Field-level diff of two scenario documents (JSON values): one change per leaf that differs.
// Objects are compared key by key (in sorted key order); arrays of objects that all carry a unique string `id` (platforms,
// apiOptions, applications) are matched by id, so inserting or reordering one item does not report
// every item after it; other arrays compare by index. Paths are written like validation paths
// (`applications[2].growth.monthlyRate`, `platforms[0].throughput["llama-70b"]`), with the index of
// the item in the document where it exists (`after` for additions and changes, `before` for removals).
import { isDeepStrictEqual } from 'node:util';
import { formatPath } from '@tokenplan/model';

export type PathKey = string | number;

export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Absent when added. */
  before?: unknown;
  /** Absent when removed. */
  after?: unknown;
}

/** Written as validation issue paths are: the model's formatter. */
export function formatDocPath(path: readonly PathKey[]): string {
  return formatPath(path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The ids of an array whose items are all objects with distinct string ids, else null. */
function idsOf(items: readonly unknown[]): string[] | null {
  const ids: string[] = [];
  for (const item of items) {
    if (!isObject(item) || typeof item['id'] !== 'string') return null;
    ids.push(item['id']);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

function walk(before: unknown, after: unknown, path: PathKey[], out: Change[]): void {
  if (isDeepStrictEqual(before, after)) return;
  if (before === undefined) {
    out.push({ path: formatDocPath(path), kind: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path: formatDocPath(path), kind: 'removed', before });
    return;
  }
  if (isObject(before) && isObject(after)) {
    // Sorted: stored documents (jsonb) do not keep key order, the diff must not depend on it.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], [...path, key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeIds = idsOf(before);
    const afterIds = idsOf(after);
    if (beforeIds && afterIds && (before.length > 0 || after.length > 0)) {
      afterIds.forEach((id, index) => {
        const old = beforeIds.indexOf(id);
        walk(old === -1 ? undefined : before[old], after[index], [...path, index], out);
      });
      beforeIds.forEach((id, index) => {
        if (!afterIds.includes(id)) walk(before[index], undefined, [...path, index], out);
      });
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i += 1) walk(before[i], after[i], [...path, i], out);
    return;
  }
  out.push({ path: formatDocPath(path), kind: 'changed', before, after });
}

/** Every leaf-level difference from `before` to `after`: keys sorted, list items in document order. */
export function diffDocuments(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, [], out);
  return out;
}
