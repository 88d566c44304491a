// Every figure in every preset, template and editor default traces to a library entry that has a
// source URL and a date, and equals that entry's planning value.
import { describe, expect, it } from 'vitest';
import { Decimal, NEW_ITEM_DEFAULTS, PRESETS, findReferenceEntry, resolveTemplate } from '../../src/index';

const FIGURE = /^-?\d+(?:\.\d+)?$/;
/** Not figures: a calendar convention. Zero is not a figure either: it assumes nothing (no revenue, no contingency). */
const NOT_FIGURES = [/(^|\.)fiscalYearStartMonth$/];

/** Paths of figures in `doc` that lack a traced library entry with a source, or differ from it. */
function untracedFigures(doc: unknown, sources: Record<string, string>): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
      return;
    }
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    if (!FIGURE.test(text) || new Decimal(text).isZero() || NOT_FIGURES.some((re) => re.test(path))) return;
    const id = sources[path];
    const entry = id === undefined ? undefined : findReferenceEntry(id);
    if (!entry) return void problems.push(`${path} = ${text}: no library entry`);
    if (!entry.source.url.startsWith('https://') || !entry.source.date) problems.push(`${path}: entry ${id} has no source url/date`);
    if (!new Decimal(entry.value).eq(text)) problems.push(`${path} = ${text}: entry ${id} says ${entry.value}`);
  };
  visit(doc, '');
  return problems;
}

describe('traceability of presets, templates and defaults to the reference library', () => {
  const docs = PRESETS.flatMap((p) => p.scenarios.map((doc, i) => [`${p.id} #${i}`, doc, p.sources[i] ?? {}] as const));

  it.each(docs)('%s: every figure comes from a sourced, dated library entry', (_label, doc, sources) => {
    expect(untracedFigures(doc, sources)).toEqual([]);
    // The walk saw real figures: a preset has dozens (platform, site and five applications).
    expect(Object.keys(sources).length).toBeGreaterThan(30);
  });

  it.each(Object.entries(NEW_ITEM_DEFAULTS))('editor default %s: every figure comes from a library entry', (_key, traced) => {
    expect(untracedFigures(traced.doc, traced.sources)).toEqual([]);
    expect(Object.keys(traced.sources).length).toBeGreaterThan(0);
  });

  it('flags a literal figure, a figure that differs from its entry, and an unknown entry', () => {
    const traced = resolveTemplate({ a: { $ref: 'hosting.cbre-na.h2-2024', as: 'string' }, b: '42' });
    expect(traced.doc).toEqual({ a: '184.06', b: '42' });
    expect(untracedFigures(traced.doc, traced.sources)).toEqual(['b = 42: no library entry']);
    expect(untracedFigures({ a: '185' }, { a: 'hosting.cbre-na.h2-2024' })).toEqual(['a = 185: entry hosting.cbre-na.h2-2024 says 184.06']);
    expect(untracedFigures({ a: '1' }, { a: 'no.such' })).toEqual(['a = 1: no library entry']);
    // Zero and the fiscal-year month are not figures.
    expect(untracedFigures({ revenuePerMTokens: '0', fiscalYearStartMonth: 4 }, {})).toEqual([]);
  });

  it('throws when a template names an id the library does not have', () => {
    expect(() => resolveTemplate({ x: { $ref: 'acc.nope', as: 'string' } })).toThrow(/Unknown reference library entry: acc.nope/);
  });

  it('new applications earn nothing until the user types a price', () => {
    expect(NEW_ITEM_DEFAULTS.application.doc['revenuePerMTokens']).toBe('0');
  });
});
