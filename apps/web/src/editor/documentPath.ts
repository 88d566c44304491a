/**
 * Paths into a scenario document, written the way validation issues name them
 * (`applications[3].servedBy.platform`, `platforms[0].throughput["llama-3.3-70b"]`), and an
 * immutable setter the editor uses for every change.
 */
import { formatPath } from '@tokenplan/model';

export type PathKey = string | number;
export type DocPath = readonly PathKey[];

/** The same text `validateScenario` uses for issue paths (it is the model's formatter). */
export function pathText(path: DocPath): string {
  return formatPath(path);
}

/** A DOM id for the input editing `path` (stable, valid in CSS selectors after escaping). */
export function fieldId(path: DocPath): string {
  return `f-${path.map((k) => String(k).replace(/[^\w-]/g, '_')).join('-')}`;
}

export function getIn(doc: unknown, path: DocPath): unknown {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/** A copy of `doc` with `value` at `path` (undefined deletes an object key). */
export function setIn<T>(doc: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  if (Array.isArray(doc)) {
    const copy = [...(doc as unknown[])];
    copy[key as number] = setIn(copy[key as number], rest, value);
    return copy as T;
  }
  const source = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  const next = setIn(source[key as string], rest, value);
  const copy: Record<string, unknown> = { ...source };
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy as T;
}

/** A CSS selector for the input editing the path named `text` (see `data-path` on fields). */
export function fieldSelector(text: string): string {
  return `[data-path="${text.replace(/["\\]/g, '\\$&')}"]`;
}

/** The objects of a list value of the document (anything else, e.g. a half-typed draft, reads as no items). */
export function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value.filter((v) => v !== null && typeof v === 'object') as Record<string, unknown>[]) : [];
}
