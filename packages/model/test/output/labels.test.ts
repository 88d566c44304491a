import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { INPUT_LABELS, inputLabel, inputPattern } from '../../src/output/inputLabels';
import { OUTPUT_LABELS } from '../../src/output/outputLabels';
import { projectionSchema } from '../../src/output/projectionSchema';
import { scenarioFieldPaths, zodDef } from '../../src/scenario/fieldPaths';

/** Object shapes reachable from `schema` without passing a list: unions of objects merge. */
function shapes(schema: z.ZodType): Record<string, z.ZodType>[] {
  const d = zodDef(schema);
  if (d.type === 'object') return [d.shape ?? {}];
  if (d.innerType) return shapes(d.innerType);
  if (d.type === 'pipe' && d.in) return shapes(d.in);
  if (d.type === 'union') return (d.options ?? []).flatMap(shapes);
  return [];
}

describe('input labels', () => {
  // Every field and group of the schema, the forms of a throughput figure included (scenarioFieldPaths).
  const paths = scenarioFieldPaths().map((f) => f.path);

  it('label every field of the scenario schema, with a unit and a description', () => {
    expect(paths.length).toBeGreaterThan(60);
    expect(paths).toContain('platforms[].acquisition.pricePerGpuHour');
    expect(paths).toContain('platforms[].softwareCurve.steps[].multiplier');
    expect(paths).toContain('platforms[].throughput[model].curve[].interactivity');
    const unlabelled = paths.filter((path) => !INPUT_LABELS[path]?.label || !INPUT_LABELS[path]?.description);
    expect(unlabelled).toEqual([]);
  });

  it('label nothing the schema does not have', () => {
    expect(Object.keys(INPUT_LABELS).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it('find a field by its path with any list index', () => {
    expect(inputPattern('platforms[2].acquisition.pricePerGpuHour')).toBe('platforms[].acquisition.pricePerGpuHour');
    expect(inputPattern(['applications', 3, 'growth', 'capacity'])).toBe('applications[].growth.capacity');
    expect(inputLabel(['platforms', 0, 'acquisition', 'pricePerGpuHour'])?.label).toBe('Price per GPU-hour');
    // A throughput's model key, in brackets or as an identifier, reads [model].
    expect(inputPattern('platforms[1].throughput["llama-3.3-70b"].curve[2].interactivity')).toBe('platforms[].throughput[model].curve[].interactivity');
    expect(inputPattern('platforms[0].throughput.coder.input')).toBe('platforms[].throughput[model].input');
    expect(inputLabel(['platforms', 0, 'throughput', 'coder', 'output'])?.label).toBe('Output (decode) rate');
    expect(inputPattern(['platforms', 0, 'throughput'])).toBe('platforms[].throughput');
  });
});

/** Every field of the projection schema, by name, with its JSON Schema title and description. */
function outputFields(schema: z.ZodType): { name: string; title: unknown; description: unknown }[] {
  const d = zodDef(schema);
  if (d.type === 'array' && d.element) return outputFields(d.element);
  if (d.innerType) return outputFields(d.innerType);
  return shapes(schema).flatMap((shape) =>
    Object.entries(shape).flatMap(([name, child]) => {
      const meta = child.meta() ?? {};
      return [{ name, title: meta['title'], description: meta['description'] }, ...outputFields(child)];
    }),
  );
}

describe('output labels', () => {
  const fields = outputFields(projectionSchema);

  it('give every line of the projection a title and a description', () => {
    expect(fields.length).toBeGreaterThan(100);
    const missing = fields.filter((f) => (typeof f.title !== 'string' || typeof f.description !== 'string'));
    expect(missing.map((f) => f.name)).toEqual([]);
  });

  it('name each concept once, in one wording', () => {
    expect(OUTPUT_LABELS.rentalCost.label).toBe('GPU rental');
    expect(OUTPUT_LABELS.pnlCost.label).toBe('P&L cost');
    const byName = new Map(fields.map((f) => [f.name, f.title]));
    expect(byName.get('servedTokens')).toBe('Tokens served');
    // Two fields, two labels: no label is shared by different fields except the id.
    const labels = Object.values(OUTPUT_LABELS).map((l) => l.label);
    const shared = labels.filter((label, i) => labels.indexOf(label) !== i);
    expect(shared.sort()).toEqual(['Tokens served', 'Total opex'].sort());
  });
});
