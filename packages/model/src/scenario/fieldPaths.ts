/**
 * Every input field of the Scenario, read off the schema (not a hand-kept list), as path patterns:
 * list items as `[]`, the model key of a throughput record as `[model]`
 * (`platforms[].throughput[model].curve[].interactivity`). A field a union offers in any of its
 * forms is listed (a rented platform's price, a fixed fleet's nodes, a migration path's steps).
 * Tests walk these to check that every field has a label, an editor input and an export row.
 */
import type { z } from 'zod';
import { scenarioObjectSchema } from './objectSchema';

export interface ScenarioFieldPath {
  /** `platforms[].fleet.nodes`, `applications[].servedBy[].target.api`, `tax` … */
  readonly path: string;
  /** A value the user types or picks (no object or list of fields below it, in this form). */
  readonly leaf: boolean;
}

/** The parts of a zod 4 schema's definition (`_zod.def`) the walkers read. */
export interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
}
export const zodDef = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** The forms a value may take, wrappers (optional, default, pipe) removed, unions spread. */
function forms(schema: z.ZodType): z.ZodType[] {
  const d = zodDef(schema);
  if (d.innerType) return forms(d.innerType);
  if (d.type === 'pipe' && d.in) return forms(d.in);
  if (d.type === 'union') return (d.options ?? []).flatMap(forms);
  return [schema];
}

function walk(schema: z.ZodType, prefix: string, out: Map<string, boolean>): void {
  for (const form of forms(schema)) {
    const d = zodDef(form);
    if (d.type === 'object') {
      for (const [key, child] of Object.entries(d.shape ?? {})) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        out.set(path, out.get(path) ?? false);
        walk(child, path, out);
      }
    } else if (d.type === 'array' && d.element) {
      walk(d.element, `${prefix}[]`, out);
    } else if (d.type === 'record' && d.valueType) {
      const path = `${prefix}[model]`;
      out.set(path, out.get(path) ?? false);
      walk(d.valueType, path, out);
    } else if (prefix !== '') {
      out.set(prefix, true);
    }
  }
}

/** Every field path of the Scenario schema, in schema order. */
export function scenarioFieldPaths(): ScenarioFieldPath[] {
  const out = new Map<string, boolean>();
  walk(scenarioObjectSchema, '', out);
  return [...out].map(([path, leaf]) => ({ path, leaf }));
}

/**
 * A concrete path (`platforms[2].throughput["llama-3"].input`, as formatPath writes it) as its
 * pattern (`platforms[].throughput[model].input`).
 */
export function fieldPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\["(?:[^"\\]|\\.)*"\]/g, '[model]').replace(/\.throughput\.([A-Za-z_$][\w$]*)/g, '.throughput[model]');
}
