/**
 * Paths into a scenario document, written the way validation issues name them
 * (`applications[3].servedBy.platform`, `platforms[0].throughput["llama-3.3-70b"]`), and an
 * immutable setter the editor uses for every change.
 */
import { formatPath, type ScenarioInput } from '@tokenplan/model';

export type PathKey = string | number;
/** Any path (diffs, issue paths read back from the server): no check against the Scenario type. */
export type AnyPath = readonly PathKey[];

type Leaf = string | number | boolean | bigint | symbol | null | undefined | Date;

/**
 * Every path into a value of type T, as a tuple: `[]`, then a key (an index for arrays, any string
 * for records such as `throughput`) and a path into that key's value. Distributes over unions, so
 * `acquisition` of either kind offers `type`, and the rent kind also `pricePerGpuHour`.
 */
export type PathsOf<T> = T extends Leaf
  ? []
  : T extends readonly (infer Item)[]
    ? [] | [number, ...PathsOf<Item>]
    : T extends object
      ? [] | { [K in keyof T & string]-?: [K, ...PathsOf<NonNullable<T[K]>>] }[keyof T & string]
      : [];

/** A path into the Scenario input: a renamed field of the model no longer compiles where it is edited. */
export type DocPath = Readonly<PathsOf<ScenarioInput>>;
/** Where a platform sits in the document (the base of its sub-editors). */
export type PlatformPath = readonly ['platforms', number];

/** The same text `validateScenario` uses for issue paths (it is the model's formatter). */
export function pathText(path: AnyPath): string {
  return formatPath(path);
}

/** A DOM id for the input editing `path` (stable, valid in CSS selectors after escaping). */
export function fieldId(path: AnyPath): string {
  return `f-${path.map((k) => String(k).replace(/[^\w-]/g, '_')).join('-')}`;
}

export function getIn(doc: unknown, path: AnyPath): unknown {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/** A copy of `doc` with `value` at `path` (undefined deletes an object key). */
export function setIn<T>(doc: T, path: AnyPath, value: unknown): T {
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
