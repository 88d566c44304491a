// What every export shows, defined once: the ledger lines, the KPI list, and file naming.
// Labels, units and descriptions are the model's output contract (OUTPUT_LABELS, UNITS), the
// line lists its MONTH_FLOW_LINES, PLATFORM_MONTH_LINES, APPLICATION_MONTH_LINES and KPI_FIELDS;
// this file only adds what an export needs on top: a CSV column name and a number format.
// The XLSX, CSV and PDF builders read these tables (docs/exports.md documents them).
import {
  APPLICATION_MONTH_LINES,
  KPI_FIELDS,
  MONTH_FLOW_LINES,
  OUTPUT_LABELS,
  PLATFORM_MONTH_LINES,
  UNITS,
  type OutputField,
  type Projection,
  type Scenario,
  type Unit,
} from './model';
import type { ExportVariance } from './variance';

/** How a value is shown: drives number formats in the workbook and the PDF. */
export type ValueKind = 'money' | 'unitPrice' | 'tokens' | 'mwh' | 'hours' | 'count' | 'fraction' | 'ratio' | 'months' | 'decimal' | 'text';

/** The number format of each of the model's units. */
const KIND_OF_UNIT: Record<Unit, ValueKind> = {
  usd: 'money',
  usdPerMonth: 'money',
  usdPerMWh: 'unitPrice',
  usdPerKwMonth: 'unitPrice',
  usdPerGpuHour: 'unitPrice',
  usdPerMTokens: 'unitPrice',
  usdPerQuery: 'unitPrice',
  usdPerTask: 'unitPrice',
  usdPerUsd: 'decimal',
  tokens: 'tokens',
  tokensPerMonth: 'tokens',
  tokensPerSecond: 'decimal',
  tokensPerMWh: 'tokens',
  joulesPerToken: 'decimal',
  mwh: 'mwh',
  kw: 'decimal',
  hours: 'hours',
  gpuHours: 'hours',
  gpus: 'count',
  nodes: 'count',
  months: 'months',
  fraction: 'fraction',
  fractionPerYear: 'fraction',
  fractionPerMonth: 'fraction',
  multiple: 'ratio',
  count: 'count',
  text: 'text',
};

export function kindOfUnit(unit: Unit): ValueKind {
  return KIND_OF_UNIT[unit];
}

/** One subject of an export: a valid scenario and its projection. */
export interface ExportSubject {
  scenario: Scenario;
  projection: Projection;
  /** Plan (its baseline version) vs actuals, when the stored scenario has a baseline and actuals exist (issue 18). */
  variance?: ExportVariance | undefined;
}

export interface ExportContext {
  subjects: ExportSubject[];
  generatedAt: Date;
}

export interface LineDef<K extends OutputField = OutputField> {
  key: K;
  /** Column name in CSV files (snake_case of the field name, stable). */
  column: string;
  label: string;
  /** The unit in words (UNITS), '' for counts. */
  unit: string;
  kind: ValueKind;
  description: string;
}

/** `energyMWh` → `energy_mwh`, `pnlCost` → `pnl_cost`. */
export function columnName(field: string): string {
  return field.replace('MWh', 'Mwh').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** An output field as an export line: the model's label, unit and description. */
export function lineDef<K extends OutputField>(key: K): LineDef<K> {
  const { label, unit, description } = OUTPUT_LABELS[key];
  return { key, column: columnName(key), label, unit: UNITS[unit], kind: kindOfUnit(unit), description };
}

/** A month row's lines in §7 order: hours, the flow lines, the cumulative cash flow before the budget. */
export const LEDGER_KEYS = ['hours', ...MONTH_FLOW_LINES.filter((line) => line !== 'budget'), 'cumulativeCashFlow', 'budget'] as const;

/** The monthly ledger lines, in ledger order (the §7 month row, without the per-platform detail). */
export const LEDGER_LINES = LEDGER_KEYS.map((key) => lineDef(key));

/** §8/§9 platform-month fields outside PLATFORM_MONTH_LINES' decimal lines (integers, a nullable ratio). */
const PLATFORM_V2_KEYS = ['nodesOrdered', 'nodesRetired', 'reservedNodes', 'capitalCharge', 'allInCostPerGpuHour'] as const;
type PlatformLineKey = 'nodes' | (typeof PLATFORM_MONTH_LINES)[number] | (typeof PLATFORM_V2_KEYS)[number];
/** Each key once, in order: a v2 key the model moves into its line lists is not listed twice. */
const unique = <K extends string>(keys: readonly K[]): K[] => [...new Set(keys)];

/** The per-platform lines of the monthly ledger (§7 month.platforms[], then §8/§9's). */
export const PLATFORM_LINES = unique<PlatformLineKey>(['nodes', ...PLATFORM_MONTH_LINES, ...PLATFORM_V2_KEYS]).map((key) => lineDef(key));

/** The per-application lines of the monthly ledger (§7 month.applications[], then §9's seat revenue). */
export const APPLICATION_LINES = unique<(typeof APPLICATION_MONTH_LINES)[number] | 'seatRevenue'>([...APPLICATION_MONTH_LINES, 'seatRevenue']).map((key) => lineDef(key));

/** An application-month's §9 seats (present only with seat demand) and §8 target, beside its lines. */
export const SEATS_LINE = lineDef('seats');
export const TARGET_LINE = lineDef('target');

/** The per-API-option lines of a month (§9 month.apiOptions[]). */
export const API_OPTION_LINES = (['cost', 'unusedCommitment'] as const).map((key) => lineDef(key));

/** §8's after-tax return measures (kpis.afterTax), labelled as their pre-tax twins with "After-tax". */
export const AFTER_TAX_KEYS = ['npv', 'irrAnnual', 'mirrAnnual', 'paybackMonths'] as const;
export type AfterTaxKey = (typeof AFTER_TAX_KEYS)[number];
export const AFTER_TAX_DEFS = AFTER_TAX_KEYS.map((key) => {
  const def = lineDef(key);
  return { ...def, column: `after_tax_${def.column}`, label: `After-tax ${def.label}`, description: `${def.description} On the after-tax cash flow (cash flow − tax).` };
});

/** §8's per-platform horizon figures (kpis.platforms[]), after the platform id. */
export const PLATFORM_KPI_LINES = (['gpuHours', 'capitalCharge', 'nodesOrdered', 'nodesRetired', 'allInCostPerGpuHour'] as const).map((key) => lineDef(key));

export type KpiKey = (typeof KPI_FIELDS)[number];
export type KpiDef = LineDef<KpiKey>;

/** The horizon KPIs (spec §4), in the model's order, each with its definition in words. */
export const KPI_DEFS: readonly KpiDef[] = KPI_FIELDS.map((key) => lineDef(key));

/** The definition of one KPI. */
export function kpiDef(key: KpiKey): KpiDef {
  const def = KPI_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`no KPI ${key}`);
  return def;
}

/** "Blackwell B200 — owned fleet" → "blackwell-b200-owned-fleet" (ASCII, ≤ 60 characters). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'scenario' : slug;
}

/** "YYYY-MM-DD" in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `tokenplan-<slug>-<yyyy-mm-dd>.<ext>`; a comparison is `tokenplan-compare-<slug1>-vs-<slug2>…`. */
export function exportFileName(names: readonly string[], date: Date, ext: string, suffix?: string): string {
  const base = names.length > 1 ? `compare-${names.map(slugify).join('-vs-')}`.slice(0, 120).replace(/-+$/g, '') : slugify(names[0] ?? 'scenario');
  return `tokenplan-${base}${suffix ? `-${suffix}` : ''}-${isoDate(date)}.${ext}`;
}

/** A decimal string as a JS number for spreadsheet cells (the nearest double). */
export function num(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Number(value);
}

/** "2027-01" → "Jan 2027". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m) - 1] ?? m} ${y}`;
}
