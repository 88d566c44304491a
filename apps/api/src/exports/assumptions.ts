// The Scenario (spec §2) as one row per field: what the Assumptions sheet, the assumptions CSV
// and the PDF's assumptions table show. Every field the scenario holds gets a row (found by
// walking the document, so a field added to the spec cannot be silently left out), labelled from
// the model's INPUT_LABELS (label and unit in words); optional fields a platform leaves unset get
// a row saying so. Two v2 inputs read as one value each (spec §8, §9): a migration path is one
// row in words (servedByLabel), a throughput by class or an interactivity curve one row in words
// (the curve's points: curvePoints, their own table in the workbook, rows of their own in CSV).
import { kindOfUnit, type ValueKind } from './content';
import { INPUT_LABELS, UNITS, servedByLabel, throughputForm, type Scenario, type Throughput } from './model';

export interface AssumptionRow {
  /** "General", "Energy & facility", "Platform b200 — NVIDIA B200 …", … */
  section: string;
  /** Scenario path, e.g. `platforms[0].fleet.targetUtilization`. */
  path: string;
  label: string;
  /** The value as stored (decimal string, integer, text) or null when not set. */
  value: string | number | null;
  unit: string;
  kind: ValueKind;
  /** Why the value is empty or ignored, e.g. "not set" or "ignored: rented". */
  note?: string;
  /** A §8/§9 option left unset, so the v1 behaviour holds: the board pack leaves these rows out. */
  defaulted?: boolean;
  /** false: shown, but not a named input cell of the workbook (an unset option whose default is not an empty cell). */
  input?: false;
}

/** Fields a platform may leave unset: shown as a row with a note so the table has every field. */
const OPTIONAL_PLATFORM_FIELDS = ['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct', 'deploymentLagMonths', 'usefulLifeMonths', 'powerCapKw'] as const;
const OWNED_ONLY = new Set(['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct', 'deploymentLagMonths', 'usefulLifeMonths']);
/** What an unset optional field means (spec §8 defaults). */
const UNSET_NOTES: Partial<Record<string, string>> = {
  deploymentLagMonths: 'not set (no lag)',
  usefulLifeMonths: 'not set (never retired)',
  terminalValue: 'not set (none)',
  revenueMode: 'not set (revenue)',
  tax: 'not set (pre-tax only)',
  'hosting.annualEscalation': 'not set (0)',
  fixedOpexAnnualEscalation: 'not set (0)',
};
/** Scenario-wide §8 fields shown even when unset (the sort puts each in its section). */
const OPTIONAL_SCENARIO_FIELDS = ['hosting.annualEscalation', 'fixedOpexAnnualEscalation', 'revenueMode', 'terminalValue', 'tax'] as const;

const grouped = (value: string): string => Number(value).toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A throughput given by class or as a curve, in words: "in 20,000 / out 2,000 tok/s", "curve: 4 points, 10–80 tok/s/user". */
export function throughputText(value: Throughput): string | null {
  const form = throughputForm(value);
  if (form.kind === 'byClass') return `in ${grouped(form.input)} / out ${grouped(form.output)} tok/s`;
  if (form.kind === 'curve') {
    const first = form.points[0]?.interactivity ?? '0';
    const last = form.points[form.points.length - 1]?.interactivity ?? '0';
    return `curve: ${form.points.length} points, ${grouped(first)}–${grouped(last)} tok/s/user`;
  }
  return null;
}

/** A value shown as one text leaf: a migration path, a throughput by class or curve; else undefined. */
function asOneLeaf(path: string, value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (/^applications\[\d+\]\.servedBy$/.test(path) && Array.isArray(value)) return servedByLabel(value as Scenario['applications'][number]['servedBy']);
  if (/^platforms\[\d+\]\.throughput\["[^"]*"\]$/.test(path)) return throughputText(value as Throughput) ?? undefined;
  return undefined;
}

/** One point of an interactivity curve (spec §9), for the workbook's curve table and the CSV. */
export interface CurvePoint {
  section: string;
  platformId: string;
  model: string;
  /** 1-based point number. */
  point: number;
  interactivity: string;
  tokensPerSecondPerGpu: string;
  /** Scenario path of the point, e.g. `platforms[0].throughput["m"].curve[2]`. */
  path: string;
}

/** Every point of every interactivity curve, platform by platform, in document order. */
export function curvePoints(scenario: Scenario): CurvePoint[] {
  return scenario.platforms.flatMap((platform, i) =>
    Object.entries(platform.throughput).flatMap(([model, value]) => {
      const form = throughputForm(value);
      if (form.kind !== 'curve') return [];
      return form.points.map((p, j) => ({
        section: sectionOf(`platforms[${i}]`, scenario),
        platformId: platform.id,
        model,
        point: j + 1,
        interactivity: p.interactivity,
        tokensPerSecondPerGpu: p.tokensPerSecondPerGpu,
        path: `platforms[${i}].throughput["${model}"].curve[${j}]`,
      }));
    }),
  );
}

/** `platforms[2].throughput["llama-3.3-70b"]` → `platforms[].throughput` (INPUT_LABELS' key of the field). */
export function genericPath(path: string): string {
  return path
    .replace(/\.throughput\["[^"]*"\]$/, '.throughput')
    .replace(/\.throughput\.[^.[]+$/, '.throughput')
    .replace(/\[\d+\]/g, '[]');
}

function childPath(prefix: string, key: string | number, parentIsThroughput: boolean): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  if (parentIsThroughput) return `${prefix}["${key}"]`;
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** Every leaf of a JSON value as [path, value], in document order. */
export function leaves(value: unknown, prefix = ''): [string, string | number | boolean | null][] {
  if (value === null || typeof value !== 'object') return [[prefix, value as string | number | boolean | null]];
  const text = asOneLeaf(prefix, value);
  if (text !== undefined) return [[prefix, text]];
  const out: [string, string | number | boolean | null][] = [];
  const isThroughput = prefix.endsWith('.throughput');
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) out.push(...leaves(child, childPath(prefix, key, isThroughput)));
  return out;
}

const TAX_SECTION = 'Revenue mode, tax & terminal value';

function sectionOf(path: string, scenario: Scenario): string {
  const list = /^(platforms|apiOptions|applications)\[(\d+)\]/.exec(path);
  if (list) {
    const [, kind, index] = list;
    const item = (scenario[kind as 'platforms' | 'apiOptions' | 'applications'] as readonly { id: string; name: string }[])[Number(index)];
    const title = kind === 'platforms' ? 'Platform' : kind === 'apiOptions' ? 'API option' : 'Application';
    return `${title}: ${item?.name ?? ''} (${item?.id ?? index})`;
  }
  if (path.startsWith('energy.') || path.startsWith('hosting.')) return 'Energy & facility';
  if (path === 'fixedOpexPerMonth' || path === 'fixedOpexAnnualEscalation' || path === 'idlePolicy') return 'Fixed costs & allocation';
  if (path === 'terminalValue' || path === 'revenueMode' || path === 'tax' || path.startsWith('tax.')) return TAX_SECTION;
  return 'General';
}

/**
 * A nested field's label with its group's ("Software curve · Cap", "Fleet · Mode"): a table row
 * has no card around it to say what "Cap" belongs to. Left as it is when it names the group already.
 */
export function groupedLabel(generic: string, label: string): string {
  const group = /^((?:platforms|apiOptions|applications)\[\]\.[^.[]+|[^.[]+)\./.exec(generic)?.[1];
  const groupLabel = group === undefined ? undefined : INPUT_LABELS[group]?.label;
  if (groupLabel === undefined || label.toLowerCase().includes(groupLabel.toLowerCase())) return label;
  return `${groupLabel} · ${label}`;
}

interface RowLabel {
  label: string;
  unit: string;
  kind: ValueKind;
}

/** Label, unit in words and number format of a field (by its value: a count may be fractional). */
function labelFor(path: string, value: unknown = null): RowLabel {
  const generic = genericPath(path);
  const found = INPUT_LABELS[generic];
  // A field the labels do not know yet: still exported, under its path.
  if (!found) return { label: path, unit: '', kind: 'text' };
  const model = generic.endsWith('.throughput') ? /\["([^"]*)"\]$/.exec(path)?.[1] : undefined;
  const label = model === undefined ? groupedLabel(generic, found.label) : `${found.label} on ${model}`;
  // A throughput by class or curve, a migration path: one value in words that carries its units.
  if (typeof value === 'string' && (generic.endsWith('.throughput') || generic.endsWith('.servedBy')) && !/^-?\d/.test(value)) return { label, unit: '', kind: 'text' };
  // Inputs in months and counts are whole numbers (a horizon, a period); a count can be a decimal (queries per task, a logistic rate).
  const kind = found.unit === 'months' || found.unit === 'count' ? (value === null || Number.isInteger(Number(value)) ? 'count' : 'decimal') : kindOfUnit(found.unit);
  return { label, unit: UNITS[found.unit], kind };
}

/** Top-level sections in the order a reader expects; list items (platforms, …) follow in document order. */
const SECTION_ORDER = ['General', 'Energy & facility', 'Fixed costs & allocation', TAX_SECTION];
const sectionRank = (section: string): number => {
  const rank = SECTION_ORDER.indexOf(section);
  return rank === -1 ? SECTION_ORDER.length : rank;
};

function unsetRow(scenario: Scenario, path: string, note: string, defaulted = false): AssumptionRow {
  const { label, unit, kind } = labelFor(path);
  return { section: sectionOf(path, scenario), path, label, value: null, unit, kind, note, ...(defaulted ? { defaulted } : {}) };
}
/**
 * An unset §9 option of a list item. Not a named input of the workbook (`input: false`): the
 * calculation reads the option's default itself, which an empty cell would not always be (a cached
 * input price defaults to the input price).
 */
function unsetItemRow(scenario: Scenario, path: string, note: string): AssumptionRow {
  return { ...unsetRow(scenario, path, note, true), input: false };
}

/** §9 options of an API option and an application, with what leaving them unset means. */
const UNSET_API_OPTION_FIELDS = [['cachedInputPricePerMTokens', 'not set (= input price)'], ['batchDiscount', 'not set (0)'], ['commitment', 'not set (none)']] as const;
const UNSET_APPLICATION_FIELDS = [['cachedInputShare', 'not set (0)'], ['batchShare', 'not set (0)'], ['minInteractivity', 'not set (none)']] as const;

/** Inserts `row` after the last row of the list item `base` (`applications[2]`), so its section stays together. */
function insertInItem(rows: AssumptionRow[], base: string, row: AssumptionRow): void {
  let at = rows.length;
  for (let r = rows.length - 1; r >= 0; r -= 1) {
    if (rows[r]?.path.startsWith(`${base}.`)) {
      at = r + 1;
      break;
    }
  }
  rows.splice(at, 0, row);
}
const V2_OPTIONAL = new Set<string>(['deploymentLagMonths', 'usefulLifeMonths', ...OPTIONAL_SCENARIO_FIELDS]);

export interface AssumptionOptions {
  /**
   * A value shown in words gets its parts as rows of their own after its row (the CSV, which has
   * no tables): an interactivity curve's points, a throughput's input and output rates, a
   * migration path's steps (first month and target), each under its own path.
   */
  parts?: boolean;
}

/** One row per Scenario field, in document order, plus unset optional platform fields. */
export function assumptionRows(scenario: Scenario, options: AssumptionOptions = {}): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const [path, value] of leaves(scenario)) {
    const { label, unit, kind } = labelFor(path, value);
    rows.push({ section: sectionOf(path, scenario), path, label, value: typeof value === 'boolean' ? String(value) : value, unit, kind });
  }
  // §8's scenario-wide options, shown unset with what that means.
  for (const path of OPTIONAL_SCENARIO_FIELDS) {
    if (!rows.some((r) => r.path === path || r.path.startsWith(`${path}.`))) rows.push(unsetRow(scenario, path, UNSET_NOTES[path] ?? 'not set', true));
  }
  if (scenario.tax && scenario.tax.bonusPct === undefined) rows.push(unsetRow(scenario, 'tax.bonusPct', 'not set (0)'));
  scenario.platforms.forEach((platform, i) => {
    const rented = platform.acquisition.type === 'rent';
    for (const field of OPTIONAL_PLATFORM_FIELDS) {
      const path = `platforms[${i}].${field}`;
      const existing = rows.find((r) => r.path === path);
      if (existing) {
        if (rented && OWNED_ONLY.has(field)) existing.note = 'ignored: rented platform';
        continue;
      }
      const note = rented && OWNED_ONLY.has(field) ? 'not used: rented platform' : (UNSET_NOTES[field] ?? 'not set');
      insertInItem(rows, `platforms[${i}]`, unsetRow(scenario, path, note, V2_OPTIONAL.has(field)));
    }
    if (rented && !rows.some((r) => r.path.startsWith(`platforms[${i}].acquisition.reserved`))) {
      insertInItem(rows, `platforms[${i}]`, unsetItemRow(scenario, `platforms[${i}].acquisition.reserved`, 'not set (none)'));
    }
    if (platform.fleet.mode === 'auto' && platform.fleet.maxNodes === undefined) {
      const path = `platforms[${i}].fleet.maxNodes`;
      const anchor = rows.findIndex((r) => r.path === `platforms[${i}].fleet.targetUtilization`);
      rows.splice(anchor + 1, 0, unsetRow(scenario, path, 'not set (no limit)'));
    }
  });
  // §9's optional fields of API options and applications, shown unset with what that means.
  const unsetIn = (base: string, fields: readonly (readonly [string, string])[]) => {
    for (const [field, note] of fields) {
      const path = `${base}.${field}`;
      if (!rows.some((r) => r.path === path || r.path.startsWith(`${path}.`))) insertInItem(rows, base, unsetItemRow(scenario, path, note));
    }
  };
  scenario.apiOptions.forEach((_, i) => unsetIn(`apiOptions[${i}]`, UNSET_API_OPTION_FIELDS));
  scenario.applications.forEach((a, i) => unsetIn(`applications[${i}]`, a.seats ? [...UNSET_APPLICATION_FIELDS, ['revenuePerSeatMonth', 'not set (0)']] : UNSET_APPLICATION_FIELDS));
  // Stable: each top-level section together, lists after them in document order.
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => sectionRank(a.row.section) - sectionRank(b.row.section) || a.i - b.i).map((x) => x.row);
  return options.parts ? withParts(scenario, sorted) : sorted;
}

/** Rows of the parts of a value shown in words (curve points, rates by class, migration steps) after its row. */
function withParts(scenario: Scenario, rows: AssumptionRow[]): AssumptionRow[] {
  const points = curvePoints(scenario);
  const throughputUnit = UNITS.tokensPerSecond;
  return rows.flatMap((row) => {
    if (row.kind !== 'text') return [row];
    const own = points.filter((p) => p.path.startsWith(`${row.path}.curve[`));
    const part = (path: string, label: string, value: string | number, unit: string, kind: ValueKind): AssumptionRow => ({ section: row.section, path, label: `${row.label} · ${label}`, value, unit, kind });
    return [
      row,
      ...own.flatMap((p) => [
        part(`${p.path}.interactivity`, `point ${p.point} · interactivity`, p.interactivity, 'tokens/s per user', 'decimal'),
        part(`${p.path}.tokensPerSecondPerGpu`, `point ${p.point} · throughput`, p.tokensPerSecondPerGpu, throughputUnit, 'decimal'),
      ]),
      ...classRates(scenario, row.path).map(([cls, value]) => part(`${row.path}.${cls}`, INPUT_LABELS[`platforms[].throughput[model].${cls}`]?.label ?? cls, value, throughputUnit, 'decimal')),
      ...migrationSteps(scenario, row.path).flatMap(({ fromMonth, kind, id }, k) => [
        part(`${row.path}[${k}].fromMonth`, `step ${k + 1} · ${INPUT_LABELS['applications[].servedBy[].fromMonth']?.label ?? 'From month'}`, fromMonth, UNITS.months, 'count'),
        part(`${row.path}[${k}].target.${kind}`, `step ${k + 1} · ${INPUT_LABELS[`applications[].servedBy[].target.${kind}`]?.label ?? kind}`, id, '', 'text'),
      ]),
    ];
  });
}

/** The input and output rates of the throughput at `path` when it is given by class, else none. */
function classRates(scenario: Scenario, path: string): ['input' | 'output', string][] {
  const at = /^platforms\[(\d+)\]\.throughput\["([^"]*)"\]$/.exec(path);
  const value = at ? scenario.platforms[Number(at[1])]?.throughput[at[2] ?? ''] : undefined;
  const form = value === undefined ? undefined : throughputForm(value);
  return form?.kind === 'byClass' ? [['input', form.input], ['output', form.output]] : [];
}

/** The steps of the migration path at `path` (an application's servedBy given as a schedule), else none. */
function migrationSteps(scenario: Scenario, path: string): { fromMonth: number; kind: 'platform' | 'api'; id: string }[] {
  const at = /^applications\[(\d+)\]\.servedBy$/.exec(path);
  const servedBy = at ? scenario.applications[Number(at[1])]?.servedBy : undefined;
  if (!Array.isArray(servedBy)) return [];
  return servedBy.map((e) => ('platform' in e.target ? { fromMonth: e.fromMonth, kind: 'platform' as const, id: e.target.platform } : { fromMonth: e.fromMonth, kind: 'api' as const, id: e.target.api }));
}
