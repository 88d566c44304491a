// Preset templates whose figures are references to library entries: `ref(id)` leaves resolve to the
// entry's planning value, and the resolved document comes with a map path → entry id, so every
// figure in a template can be traced (and the traceability test can check it).
import { referenceEntry } from '../reference/entries';

export interface RefLeaf {
  readonly $ref: string;
  readonly as: 'string' | 'number';
}

/** A decimal-string field taken from a library entry. */
export const ref = (id: string): RefLeaf => ({ $ref: id, as: 'string' });
/** An integer field (gpusPerNode, months) taken from a library entry. */
export const refInt = (id: string): RefLeaf => ({ $ref: id, as: 'number' });

/** A scenario (fragment) whose figures may be `ref` leaves. */
export type Template = { readonly [key: string]: unknown };

export interface Traced<T = Record<string, unknown>> {
  doc: T;
  /** Document path (e.g. `platforms[0].capexPerNode`) → library entry id. */
  sources: Record<string, string>;
}

function isRef(value: unknown): value is RefLeaf {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

function walk(value: unknown, path: string, sources: Record<string, string>): unknown {
  if (isRef(value)) {
    const entry = referenceEntry(value.$ref);
    sources[path] = entry.id;
    return value.as === 'number' ? Number(entry.value) : entry.value;
  }
  if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`, sources));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, path ? `${path}.${k}` : k, sources);
    return out;
  }
  return value;
}

/** The document with every `ref` replaced by its entry's value, and where each value came from. */
export function resolveTemplate<T = Record<string, unknown>>(template: unknown): Traced<T> {
  const sources: Record<string, string> = {};
  const doc = walk(template, '', sources) as T;
  return { doc, sources };
}
